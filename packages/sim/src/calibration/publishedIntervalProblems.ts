import type { FieldProblem } from '../scenario/fieldSchemas.js';

/**
 * The checks of a published rate's 95 % interval, the same in a DATA file (`observed.localControl`) and an evidence
 * file (an observation's `value`): the interval must hold the rate and have a width, because the effective number of
 * patients n = p(1 − p)/SE² divides by it; and the rate must lie strictly inside (0, 1), because at 0 or 1 that n is
 * 0, a term with no patients. A rate of 0 or 1 is kept by leaving the interval out: n is then the patients. Refused
 * rather than silently replaced by the patients, so the file says what the fit uses.
 * @param field - the rate's key, for messages (`localControl`, `value`)
 * @param rate - the published rate, in [0, 1]
 * @param ci95 - its 95 % interval, or undefined when none is given
 * @returns the problems, at `ci95`
 */
export function publishedIntervalProblems(field: string, rate: number, ci95: readonly [number, number] | undefined): FieldProblem[] {
  if (ci95 === undefined) return [];
  const [lower, upper] = ci95;
  if (!(lower <= rate && rate <= upper && lower < upper)) {
    return [{ keys: ['ci95'], message: `expected an interval [lower, upper] around ${field} ${rate}, got [${lower}, ${upper}]` }];
  }
  return rate > 0 && rate < 1
    ? []
    : [{ keys: ['ci95'], message: `a ${field} of ${rate} with a 95% interval has no effective number of patients (p(1 − p)/SE² = 0): leave ci95 out, so that the patients are the n` }];
}
