import type { SensitivityOutput } from '../sensitivity/SensitivityResults.js';
import { UsageError } from './UsageError.js';

/**
 * Reads `--output` of `rtsim sensitivity`: `arm:ID` or `diff:A,B` (arm ids, A and B different arms).
 * @param text - the option's value
 * @returns the output
 * @throws UsageError for any other form, or a difference of an arm with itself
 */
export function parseSensitivityOutput(text: string): SensitivityOutput {
  const arm = /^arm:(.+)$/.exec(text);
  if (arm !== null) return { kind: 'arm', arm: arm[1] };
  const difference = /^diff:([^,]+),([^,]+)$/.exec(text);
  if (difference !== null) {
    const [, a, b] = difference as unknown as [string, string, string];
    // As `comparisons` refuses a == b: A − A is 0 for every sample, a table of zeros that explains nothing.
    if (a === b) throw new UsageError(`rtsim sensitivity: --output: ${text} compares arm '${a}' with itself: a difference needs two different arms`);
    return { kind: 'difference', a, b };
  }
  throw new UsageError(`rtsim sensitivity: --output: expected arm:ID or diff:A,B (arm ids), got '${text}'`);
}
