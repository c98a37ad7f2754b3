import { didYouMean } from '../scenario/didYouMean.js';
import { avatarCommand } from './avatarCommand.js';
import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { helpText } from './helpText.js';
import { mergeCommand } from './mergeCommand.js';
import { rtsimVersion } from './rtsimVersion.js';
import { runCommand } from './runCommand.js';
import { schemaCommand } from './schemaCommand.js';
import { sensitivityCommand } from './sensitivityCommand.js';
import { slurmCommand } from './slurmCommand.js';
import { calibrateCommand } from './calibrateCommand.js';
import { UsageError } from './UsageError.js';
import { validateCommand } from './validateCommand.js';
import { dvhCommand } from './dvhCommand.js';
import { ownValue } from '../scenario/ownValue.js';

const commands: Readonly<Record<string, (args: readonly string[], io: CliIo) => number | Promise<number>>> = {
  run: runCommand,
  validate: validateCommand,
  schema: schemaCommand,
  merge: mergeCommand,
  sensitivity: sensitivityCommand,
  calibrate: calibrateCommand,
  avatar: avatarCommand,
  slurm: slurmCommand,
  dvh: dvhCommand,
};

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
    const handler = ownValue(commands, command); // 'constructor' is not a command
    if (handler === undefined) {
      const guess = didYouMean(command.replace(/^-+/, ''), Object.keys(commands));
      const what = command.startsWith('-') ? 'option' : 'command';
      throw new UsageError(`rtsim: unknown ${what} '${command}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (see rtsim --help)`);
    }
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
