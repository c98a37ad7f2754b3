import type { SensitivityOutput } from '../sensitivity/SensitivityResults.js';
import { UsageError } from './UsageError.js';

/**
 * Reads `--output` of `rtsim sensitivity`: `arm:ID` or `diff:A,B` (arm ids).
 * @param text - the option's value
 * @returns the output
 * @throws UsageError for any other form
 */
export function parseSensitivityOutput(text: string): SensitivityOutput {
  const arm = /^arm:(.+)$/.exec(text);
  if (arm !== null) return { kind: 'arm', arm: arm[1] };
  const difference = /^diff:([^,]+),([^,]+)$/.exec(text);
  if (difference !== null) return { kind: 'difference', a: difference[1], b: difference[2] };
  throw new UsageError(`rtsim sensitivity: --output: expected arm:ID or diff:A,B (arm ids), got '${text}'`);
}
