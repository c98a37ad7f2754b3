import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { followUpBin } from './followUpBin.js';
import { progressionBins } from './progressionBins.js';
import type { ArmProgression, ProgressionAtTime } from './TrialResults.js';

/** S_j = (n − Σ_{i ≤ j} e_i)/n per bin: nobody is censored before the horizon (NaN for an empty arm). */
function survivalCurve(events: Float64Array, patients: number): number[] {
  let total = 0;
  return Array.from(events, (e) => {
    total += e;
    return patients > 0 ? (patients - total) / patients : Number.NaN;
  });
}

/**
 * Arm a's progression-free and overall survival after SBRT (docs/metastasis-model.md, "Metastatic patients treated
 * with SBRT"): PFS(t) = (n − progressions by t)/n and OS(t) = (n − deaths by t)/n, each with its Wilson 95% interval,
 * at each `followUp.at` time and per bin. No patient is censored before the horizon (every competing event is part of
 * the endpoint), so the Kaplan–Meier estimate is this proportion.
 * @param accumulator - totals covering every block of the run (layout.progression = 1)
 * @param plan - the run's plan
 * @param arm - the arm's index
 * @param patients - the arm's valid patients n
 * @returns the arm's {@link ArmProgression}
 */
export function armProgression(accumulator: Accumulator, plan: EnginePlan, arm: number, patients: number): ArmProgression {
  const { progressions, deaths } = progressionBins(accumulator, arm);
  const pfs = survivalCurve(progressions, patients);
  const os = survivalCurve(deaths, patients);
  const atTimes = (plan.scenario.followUp.at ?? []).map((years): ProgressionAtTime => {
    const j = followUpBin(plan, years);
    if (Number.isNaN(j)) return { years, progressionFreeSurvival: null, progressionFreeSurvivalCi95: null, overallSurvival: null, overallSurvivalCi95: null };
    const pfsAt = j < 0 ? 1 : pfs[j];
    const osAt = j < 0 ? 1 : os[j];
    return {
      years,
      progressionFreeSurvival: pfsAt,
      progressionFreeSurvivalCi95: wilsonInterval(Math.round(pfsAt * patients), patients),
      overallSurvival: osAt,
      overallSurvivalCi95: wilsonInterval(Math.round(osAt * patients), patients),
    };
  });
  return {
    progressions: progressions.reduce((sum, value) => sum + value, 0),
    deaths: deaths.reduce((sum, value) => sum + value, 0),
    ...(plan.scenario.followUp.at === undefined ? {} : { atTimes }),
    curves: { progressionFreeSurvival: pfs, overallSurvival: os },
  };
}
