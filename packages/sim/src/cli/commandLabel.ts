import { ownValue } from '../scenario/ownValue.js';
import { cliCommands } from './cliCommands.js';

/**
 * How messages of the executable itself (not of a command's code) begin: `rtsim run` for `rtsim run …`, plain
 * `rtsim` when no command is named (`rtsim --help`, `rtsim --version`) or the word is not one.
 * @param argv - the arguments after the executable
 * @returns the prefix, without the colon
 */
export function commandLabel(argv: readonly string[]): string {
  const [command] = argv;
  return command !== undefined && ownValue(cliCommands, command) !== undefined ? `rtsim ${command}` : 'rtsim';
}
