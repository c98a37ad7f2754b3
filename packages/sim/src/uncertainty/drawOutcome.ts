import type { TrialResults } from '../cohort/TrialResults.js';

/** What a two-level run keeps of one parameter set: per arm and per pair, a value and its Monte Carlo SE. */
export interface DrawOutcome {
  /** Control rate p̂ of each arm and its binomial SE √(p̂(1 − p̂)/n). */
  readonly arms: readonly { readonly value: number; readonly se: number }[];
  /**
   * Difference in control rate a − b of each pair, d̂ = (n_a only − n_b only)/n, and its paired SE
   * √(((n_a only + n_b only)/n − d̂²)/n) (each patient contributes −1, 0 or 1).
   */
  readonly pairs: readonly { readonly value: number; readonly se: number }[];
}

/**
 * Reduces one parameter set's results to the numbers the two-level summary needs.
 * @param results - summarize of the set
 * @returns control rates and paired differences with their Monte Carlo SEs
 */
export function drawOutcome(results: TrialResults): DrawOutcome {
  const n = results.patients;
  return {
    arms: results.arms.map((arm) => ({ value: arm.controlRate, se: Math.sqrt((arm.controlRate * (1 - arm.controlRate)) / arm.patients) })),
    pairs: results.comparisons.map((pair) => {
      const d = (pair.discordant.aOnly - pair.discordant.bOnly) / n;
      const secondMoment = (pair.discordant.aOnly + pair.discordant.bOnly) / n;
      return { value: d, se: Math.sqrt(Math.max(0, secondMoment - d * d) / n) };
    }),
  };
}
