import { exitCodes } from './exitCodes.js';
import { fileSystemReason } from './fileSystemReason.js';

/** The signals that ask rtsim to stop, and the status it then ends with (128 + the signal's number). */
const stopSignals: ReadonlyMap<NodeJS.Signals, number> = new Map([
  ['SIGINT', exitCodes.interrupted],
  ['SIGTERM', exitCodes.terminated],
  ['SIGHUP', exitCodes.hangUp],
]);

/** `cannot write to standard output: no space left on the device (ENOSPC)`: the code kept for a search. */
function streamFailure(stream: string, error: NodeJS.ErrnoException): string {
  const reason = fileSystemReason(error);
  const code = typeof error.code === 'string' && !reason.includes(error.code) ? ` (${error.code})` : '';
  return `cannot write to ${stream}: ${reason}${code}`;
}

/** What stopOnSignals gives the executable. */
export interface ProcessStop {
  /** Aborted by the first stop signal, or when stdout or stderr is closed by its reader. */
  readonly signal: AbortSignal;
  /**
   * The process's exit status: that of the stop signal or closed pipe when one came, `failed` (1) when stdout or
   * stderr could not be written otherwise, else `status` (main's).
   * @param status - what main resolved to
   */
  exitStatus(status: number): number;
  /** Stops listening for signals (the pipe listeners stay: a late write must not crash either). */
  release(): void;
}

/**
 * Turns the ways a process is asked to stop into one AbortSignal for `main`: SIGINT (Ctrl-C), SIGTERM (`kill`,
 * `scancel`, `kubectl delete`) and SIGHUP (the terminal closed) abort the run, which stops its workers and writes
 * nothing; a second stop signal exits at once (writeFilesAtomically removes its staging directory on exit). A
 * stdout or stderr closed by its reader (EPIPE: `rtsim schema | head`) would otherwise crash Node with an
 * unhandled 'error' event: it aborts the run in the same way and ends the process quietly with 141, as SIGPIPE ends
 * a C program. Any other failure to write them (a full disk: `rtsim schema > /dev/full`, an I/O error) is a
 * failure (status 1), said once on stderr for stdout (`rtsim schema: cannot write to standard output: no space
 * left on the device (ENOSPC)`); a failing stderr cannot be reported anywhere, so it only sets the status.
 * @param target - the process (process, or a double in tests)
 * @param label - how the message begins: `rtsim run` (commandLabel), `rtsim` by default
 * @returns the signal for main, the exit status mapping, and release
 */
export function stopOnSignals(target: NodeJS.Process, label = 'rtsim'): ProcessStop {
  const controller = new AbortController();
  let stopStatus: number | undefined;
  const onSignal = (name: NodeJS.Signals): void => {
    const status = stopSignals.get(name) ?? exitCodes.interrupted;
    if (controller.signal.aborted) target.exit(stopStatus ?? status);
    stopStatus = status;
    controller.abort(new DOMException(`stopped by ${name}`, 'AbortError'));
  };
  let reported = false;
  const onStreamError = (stream: 'stdout' | 'stderr') => (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') {
      // Not a reader that went away: the output is lost, so the command failed. The run is not stopped: stdout is
      // written after the files (docs/cli.md), which are complete, and no later write can bring the output back.
      stopStatus ??= exitCodes.failed;
      target.exitCode = stopStatus;
      if (stream === 'stdout' && !reported) {
        reported = true;
        target.stderr.write(`${label}: ${streamFailure('standard output', error)}\n`);
      }
      return;
    }
    // Only a reader that went away ends the run quietly.
    stopStatus ??= exitCodes.brokenPipe;
    // The error may arrive after main has resolved and the executable has set its status.
    target.exitCode = stopStatus;
    if (!controller.signal.aborted) controller.abort(new DOMException('output pipe closed', 'AbortError'));
  };
  for (const name of stopSignals.keys()) target.on(name, onSignal);
  target.stdout.on('error', onStreamError('stdout'));
  target.stderr.on('error', onStreamError('stderr'));
  return {
    signal: controller.signal,
    exitStatus: (status) => stopStatus ?? status,
    release: () => {
      for (const name of stopSignals.keys()) target.off(name, onSignal);
    },
  };
}
