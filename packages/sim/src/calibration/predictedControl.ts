import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { simulatedSummary } from './simulatedSummary.js';

/** Local control of a simulated series at its time point (see {@link predictedControl}). */
export interface PredictedControl {
  /** Σ share_a · LC_a: the series' local control at the follow-up horizon. */
  readonly localControl: number;
  /** Per arm, in the scenario's order. */
  readonly arms: readonly {
    readonly id: string;
    readonly share: number;
    /** meanTcp + lateFailures. */
    readonly localControl: number;
    /** Mean TCP over the virtual patients: the probability of never failing. */
    readonly meanTcp: number;
    /** Fraction of patients whose control draw failed but whose recurrence is detected after the horizon. */
    readonly lateFailures: number;
  }[];
}

/**
 * Local control of a series at its time point, as the cohort engine simulates it (simulatedSummary: every block in
 * the calling thread, as runInThread runs them). For arm a, LC_a = mean TCP + (fraction of patients who fail only
 * after the horizon), the second term being the Kaplan–Meier local control at the horizon minus the controlled
 * fraction (no censoring before the horizon).
 *
 * Why mean TCP rather than the controlled count: with the seed fixed, every patient keeps its uniforms, so its
 * TCP, and hence the mean, is a smooth function of the parameters (common random numbers), whereas the count of
 * U < TCP moves in steps of 1/N. The expectation is the same. The late-failure term is a count, but small at
 * the horizons of clinical series.
 * @param scenario - the series as a scenario (its follow-up horizon is the time point)
 * @param shares - share of each arm (summing to 1)
 * @returns the series' local control and its parts per arm
 * @throws Error when the summary refuses the run (invalid patients: see summarize)
 */
export function predictedControl(scenario: ResolvedScenario, shares: readonly number[]): PredictedControl {
  const { results } = simulatedSummary(scenario);
  const arms = results.arms.map((arm, a) => {
    const atHorizon = arm.localControlCurve.at(-1) ?? 1;
    const lateFailures = Math.max(0, atHorizon - arm.controlRate);
    return { id: arm.id, share: shares[a] ?? 0, localControl: Math.min(1, arm.meanTcp + lateFailures), meanTcp: arm.meanTcp, lateFailures };
  });
  return { localControl: arms.reduce((sum, arm) => sum + arm.share * arm.localControl, 0), arms };
}
