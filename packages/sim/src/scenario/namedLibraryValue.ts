import type { LibraryParameter } from '@rtsim/core';
import { fixedDistributionValue } from '@rtsim/core';

/**
 * The fixed value of one named library parameter of a record (a margin class's θ, a covariate level's log odds
 * ratio), found by its name in a list of the accepted names, so no name written by a user reaches the record's
 * prototype.
 * @param names - the names a scenario may give
 * @param values - the library's record
 * @param key - the name
 * @returns the value; NaN for a name not in `names` or a value that is not fixed
 */
export function namedLibraryValue<N extends string>(names: readonly N[], values: Readonly<Record<N, LibraryParameter>>, key: string | undefined): number {
  const name = names[(names as readonly string[]).indexOf(key ?? '')];
  return name === undefined ? Number.NaN : fixedDistributionValue(values[name].value);
}
