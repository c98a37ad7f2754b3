import type { ScenarioIssue } from '../scenario/ScenarioIssue.js';
import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { formatIssueLine } from './formatIssueLine.js';
import { terminalText } from './terminalText.js';

/**
 * Says on stderr that an input file is invalid, with every problem on its own line (`path: message (line:column)`).
 * @param command - the command, as in `rtsim calibrate`
 * @param name - the file as the user named it
 * @param what - what it should have been (`calibration file`)
 * @param issues - the problems, in file order
 * @param io - stderr
 * @returns the exit status for invalid input (2)
 */
export function invalidFileStatus(command: string, name: string, what: string, issues: readonly ScenarioIssue[], io: CliIo): number {
  io.stderr.write(`rtsim ${command}: ${terminalText(name)} is not a valid ${what} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n`);
  for (const issue of issues) io.stderr.write(`${terminalText(formatIssueLine(issue))}\n`);
  return exitCodes.invalidInput;
}
