import { resolve } from 'node:path';
import { scenarioHash } from '../scenario/scenarioHash.js';
import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { helpText } from './helpText.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { plausibilityNoteLines } from './plausibilityNoteLines.js';
import { readScenarioFile } from './readScenarioFile.js';
import { terminalText } from './terminalText.js';
import { UsageError } from './UsageError.js';
import { writeScenarioIssues } from './writeScenarioIssues.js';

/**
 * `rtsim validate FILE`: parses and checks a scenario without running it. Problems go to stderr, one per line as
 * `path: message (line:column)`, and the status is 2; a valid file gets a one-line summary on stdout and 0, after its
 * plausibility notes on stderr (values that are valid but almost certainly a slip; they do not change the status).
 * Writes no file.
 * @param args - the arguments after `validate`
 * @param io - output streams and working directory
 * @returns the exit status (0 or 2)
 * @throws UsageError for invalid options
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('validate', args, {});
  if (values.help === true) {
    io.stdout.write(helpText('validate'));
    return exitCodes.ok;
  }
  if (positionals.length !== 1) throw new UsageError('rtsim validate: expected one scenario file (see rtsim validate --help)');
  const name = positionals[0];
  const file = await readScenarioFile(resolve(io.cwd, name));
  if (!file.ok) return writeScenarioIssues(io, 'validate', name, file.issues);
  const { scenario } = file;
  io.stderr.write(plausibilityNoteLines('rtsim validate', file.input));
  io.stdout.write(
    `${name}: valid. "${terminalText(scenario.name)}": ${scenario.patients} patients, seed ${scenario.seed}, ` +
      `${scenario.arms.length} arm${scenario.arms.length === 1 ? '' : 's'}, ${scenario.subtypes.length} subtype${scenario.subtypes.length === 1 ? '' : 's'}; ${await scenarioHash(scenario)}\n`,
  );
  return exitCodes.ok;
}
