import type { StratumDimension } from '../cohort/LocalControlPlan.js';
import { stratumDimensions } from '../cohort/LocalControlPlan.js';
import { didYouMean } from '../scenario/didYouMean.js';
import { UsageError } from './UsageError.js';

/**
 * Reads a `--by` value of `rtsim run`: a comma list of grade, margin, size and site (each at most once, in any
 * order; spaces around the commas allowed).
 * @param text - the option's value, e.g. `grade,size`
 * @returns the dimensions in the order written
 * @throws UsageError naming the option, the allowed words and the likely one, for an unknown, empty or repeated word
 */
export function parseStratumDimensions(text: string): StratumDimension[] {
  const allowed = `expected a comma list of ${stratumDimensions.join(', ')}`;
  const chosen: StratumDimension[] = [];
  for (const word of text.split(',').map((part) => part.trim())) {
    // Matched against the list itself: no lookup keyed by user text through an object.
    const dimension = stratumDimensions.find((known) => known === word);
    if (dimension === undefined) {
      const guess = word === '' ? undefined : didYouMean(word, stratumDimensions);
      throw new UsageError(`rtsim run: --by: ${allowed}, got '${text}'${word === '' ? ' (an empty entry)' : ''}${guess === undefined ? '' : `; did you mean '${guess}'?`} (see rtsim run --help)`);
    }
    if (chosen.includes(dimension)) throw new UsageError(`rtsim run: --by: ${dimension} is given more than once in '${text}' (see rtsim run --help)`);
    chosen.push(dimension);
  }
  return chosen;
}
