import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { followUpBin } from './followUpBin.js';
import { progressionBins, progressionStratumPatients } from './progressionBins.js';
import type { ProgressionBins } from './progressionBins.js';
import { progressionStrata, progressionStratumDimension } from './progressionStrata.js';
import type { ArmProgression, ProgressionAtTime, ProgressionSurvival, ProgressionStratum } from './TrialResults.js';
import { runningTotals } from '../stats/runningTotals.js';

/**
 * PFS and OS of n patients from their progression and death counts per bin: PFS(t) = (n − progressions by t)/n and
 * OS(t) = (n − deaths by t)/n, each with its Wilson 95% interval, at each `followUp.at` time and per bin.
 */
function progressionSurvival(plan: EnginePlan, { progressions, deaths }: ProgressionBins, patients: number): ProgressionSurvival {
  const progressedBy = runningTotals(progressions);
  const diedBy = runningTotals(deaths);
  // No patients, no proportions: NaN, as competingEventsOutcome gives.
  const share = (eventsBy: Float64Array): number[] => Array.from(eventsBy, (e) => (patients > 0 ? (patients - e) / patients : Number.NaN));
  const atTimes = (plan.scenario.followUp.at ?? []).map((years): ProgressionAtTime => {
    const j = followUpBin(plan, years);
    if (Number.isNaN(j)) return { years, progressionFreeSurvival: null, progressionFreeSurvivalCi95: null, overallSurvival: null, overallSurvivalCi95: null };
    const progressionFree = patients - (j < 0 ? 0 : progressedBy[j]);
    const alive = patients - (j < 0 ? 0 : diedBy[j]);
    return {
      years,
      progressionFreeSurvival: patients > 0 ? progressionFree / patients : Number.NaN,
      progressionFreeSurvivalCi95: wilsonInterval(progressionFree, patients),
      overallSurvival: patients > 0 ? alive / patients : Number.NaN,
      overallSurvivalCi95: wilsonInterval(alive, patients),
    };
  });
  return {
    progressions: progressions.reduce((sum, value) => sum + value, 0),
    deaths: deaths.reduce((sum, value) => sum + value, 0),
    ...(plan.scenario.followUp.at === undefined ? {} : { atTimes }),
    curves: { progressionFreeSurvival: share(progressedBy), overallSurvival: share(diedBy) },
  };
}

/**
 * Arm a's progression-free and overall survival after SBRT (docs/metastasis-model.md, "Metastatic patients treated
 * with SBRT"), for the arm and for each stratum with patients (the patient's grade; the number of lesions treated in
 * the arm). No patient is censored before the horizon (every competing event is part of the endpoint), so the
 * Kaplan–Meier estimate is the proportion.
 * @param accumulator - totals covering every block of the run (layout.progression = 1)
 * @param plan - the run's plan
 * @param arm - the arm's index
 * @param patients - the arm's valid patients n
 * @returns the arm's {@link ArmProgression}
 */
export function armProgression(accumulator: Accumulator, plan: EnginePlan, arm: number, patients: number): ArmProgression {
  const byStratum: ProgressionStratum[] = [];
  progressionStrata.forEach((stratum, q) => {
    const stratumPatients = progressionStratumPatients(accumulator, arm, q);
    if (stratumPatients === 0) return;
    const outcome = progressionSurvival(plan, progressionBins(accumulator, arm, q), stratumPatients);
    byStratum.push({ by: progressionStratumDimension(q), stratum, patients: stratumPatients, ...outcome });
  });
  return { ...progressionSurvival(plan, progressionBins(accumulator, arm), patients), byStratum };
}
