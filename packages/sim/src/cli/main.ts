import { didYouMean } from '../scenario/didYouMean.js';
import type { CliIo } from './CliIo.js';
import { cliCommands } from './cliCommands.js';
import { exitCodes } from './exitCodes.js';
import { helpText } from './helpText.js';
import { rtsimVersion } from './rtsimVersion.js';
import { UsageError } from './UsageError.js';
import { ownValue } from '../scenario/ownValue.js';

/**
 * The `rtsim` command line: `run`, `validate`, `schema`, `merge`, `sensitivity`, `calibrate`, `avatar`, `slurm`, `dvh`, `--version`, `--help` (docs/cli.md). Never
 * calls `process.exit`: it resolves to the exit status, which the executable sets.
 * @param argv - the arguments after the executable (`process.argv.slice(2)`)
 * @param io - streams, working directory and abort signal; default process.stdout / process.stderr /
 *   process.cwd() and no signal (the executable passes one aborted by SIGINT, SIGTERM, SIGHUP or a closed pipe)
 * @returns (a promise of) the exit status: 0 ok, 1 run failed, 2 invalid input, 130 interrupted
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const streams: CliIo = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
    ...(io.signal === undefined ? {} : { signal: io.signal }),
  };
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      streams.stderr.write(helpText());
      return exitCodes.invalidInput;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      streams.stdout.write(helpText(rest[0]));
      return exitCodes.ok;
    }
    if (command === '--version' || command === '-v' || command === '-V' || command === 'version') {
      streams.stdout.write(`${rtsimVersion()}\n`);
      return exitCodes.ok;
    }
    const load = ownValue(cliCommands, command); // 'constructor' is not a command
    if (load === undefined) {
      const guess = didYouMean(command.replace(/^-+/, ''), Object.keys(cliCommands));
      const what = command.startsWith('-') ? 'option' : 'command';
      throw new UsageError(`rtsim: unknown ${what} '${command}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (see rtsim --help)`);
    }
    const handler = await load();
    return await handler(rest, streams);
  } catch (error) {
    if (error instanceof UsageError) {
      streams.stderr.write(`${error.message}\n`);
      return exitCodes.invalidInput;
    }
    streams.stderr.write(`rtsim: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCodes.failed;
  }
}
