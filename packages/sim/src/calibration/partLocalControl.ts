import { daysPerYear } from '@rtsim/core';
import { armTableStride } from '../cohort/EnginePlan.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import type { TrialResults } from '../cohort/TrialResults.js';
import { survivalAt } from '../stats/survivalAt.js';

/**
 * Local control of a one-arm scenario as a function of the time after the end of its treatment, from the cohort
 * engine's per-patient outcomes (simulatedSummary, as predictedControl reads them):
 * LC(t) = mean TCP + (Kaplan–Meier LC at T + t − controlled fraction), T the arm's treatment span (days). The first
 * term is the probability of never failing, smooth in the model's parameters on common random numbers; the second
 * the patients whose control draw failed but whose recurrence (its detection day drawn by the engine: K clonogens
 * by Poisson, regrowth, dormancy) comes after T + t. Time counts from the end of treatment, as in
 * scripts/reference/local_control_model.py. No patient is censored before the horizon, so the Kaplan–Meier value
 * is the share not yet detected, read at weekly bins.
 * @param summary - simulatedSummary of a scenario with one arm (its horizon beyond every time asked)
 * @returns LC at t years after treatment (NaN beyond the horizon)
 */
export function partLocalControl({ plan, results }: { readonly plan: EnginePlan; readonly results: TrialResults }): (years: number) => number {
  const arm = results.arms[0];
  if (arm === undefined) throw new RangeError('the scenario has no arm');
  const span = plan.armTable[armTableStride * 0] ?? 0;
  const curve = arm.localControlCurve;
  return (years: number): number => {
    const late = survivalAt(curve, plan.binDays, span + years * daysPerYear) - arm.controlRate;
    return Math.min(1, arm.meanTcp + Math.max(0, late));
  };
}
