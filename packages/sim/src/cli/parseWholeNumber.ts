import { UsageError } from './UsageError.js';

/**
 * Reads an option's whole-number value (`--patients 400`), the form every command accepts: decimal digits, with
 * spaces around them allowed, in a stated range.
 * @param command - the command, for messages (`rtsim run`)
 * @param option - the option, for messages (`--patients`)
 * @param text - the option's value; undefined when it was not given
 * @param min - the least value accepted
 * @param max - the greatest value accepted (at most Number.MAX_SAFE_INTEGER)
 * @param hint - appended to the message (e.g. ` (see rtsim avatar --help)`); default none
 * @returns the number, or undefined when the option was not given
 * @throws UsageError `COMMAND: OPTION: expected a whole number from MIN to MAX, got 'TEXT'`
 */
export function parseWholeNumber(command: string, option: string, text: string | undefined, min: number, max: number, hint = ''): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) {
    throw new UsageError(`${command}: ${option}: expected a whole number from ${min} to ${max}, got '${text}'${hint}`);
  }
  return value;
}
