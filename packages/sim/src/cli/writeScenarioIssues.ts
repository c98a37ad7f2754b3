import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { formatIssueLine } from './formatIssueLine.js';
import type { ScenarioIssue } from '../scenario/ScenarioIssue.js';
import { terminalText } from './terminalText.js';

/**
 * Reports a scenario file that did not validate, as every command that reads one does: a heading naming the file and
 * the number of problems, then one line per problem (its path in the file and why), made safe for a terminal.
 * @param io - the command's streams
 * @param command - the command named in the heading (`run`, `sensitivity`, `slurm`, `validate`)
 * @param name - the file as the user gave it
 * @param issues - the validation problems
 * @returns exitCodes.invalidInput
 */
export function writeScenarioIssues(io: CliIo, command: string, name: string, issues: readonly ScenarioIssue[]): number {
  io.stderr.write(`rtsim ${command}: ${name} is not a valid scenario (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n`);
  for (const issue of issues) io.stderr.write(`${terminalText(formatIssueLine(issue))}\n`);
  return exitCodes.invalidInput;
}
