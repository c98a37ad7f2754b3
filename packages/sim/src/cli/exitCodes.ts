/**
 * Exit statuses of the `rtsim` command (docs/cli.md):
 * - `ok` 0: done;
 * - `failed` 1: the run failed (a worker crashed, patients could not be simulated, files could not be written), or
 *   stdout could not be written for another reason than a closed pipe (the executable: a full disk);
 * - `invalidInput` 2: invalid input (command line, scenario file, partial results to merge, an output directory
 *   that cannot be written), nothing was run or written;
 * - `interrupted` 130: stopped by Ctrl-C (SIGINT), nothing was written (128 + signal 2, the shell convention).
 *
 * The executable alone, which receives the signals, also ends with (128 + the signal's number):
 * - `hangUp` 129: stopped by SIGHUP (the terminal closed), nothing was written;
 * - `brokenPipe` 141: stdout or stderr was closed by its reader (`rtsim schema | head`), as if killed by SIGPIPE;
 *   a run still writing its files was stopped, files already written are complete;
 * - `terminated` 143: stopped by SIGTERM (`kill`, `scancel`, `kubectl delete`), nothing was written.
 */
export const exitCodes: {
  readonly ok: 0;
  readonly failed: 1;
  readonly invalidInput: 2;
  readonly hangUp: 129;
  readonly interrupted: 130;
  readonly brokenPipe: 141;
  readonly terminated: 143;
} = {
  ok: 0,
  failed: 1,
  invalidInput: 2,
  hangUp: 129,
  interrupted: 130,
  brokenPipe: 141,
  terminated: 143,
};
