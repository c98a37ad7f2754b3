import { scenarioJsonSchema } from '../scenario/scenarioJsonSchema.js';
import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { helpText } from './helpText.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { UsageError } from './UsageError.js';

/**
 * `rtsim schema`: prints the JSON Schema of scenario files (2-space indent, trailing newline) to stdout.
 * @param args - the arguments after `schema` (none but --help)
 * @param io - output streams
 * @returns the exit status (0)
 * @throws UsageError for any argument
 */
export function schemaCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandOptions('schema', args, {});
  if (values.help === true) {
    io.stdout.write(helpText('schema'));
    return exitCodes.ok;
  }
  if (positionals.length > 0) throw new UsageError(`rtsim schema: takes no arguments, got '${positionals[0]}' (see rtsim schema --help)`);
  io.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  return exitCodes.ok;
}
