import type { ArmComparison, ArmResult, ProgressionSurvival } from '../cohort/TrialResults.js';
import type { Interval } from '../stats/Interval.js';
import { formatPercent } from '../charts/formatPercent.js';
import { svgNumber } from '../charts/svgNumber.js';
import { formatTrialPatients } from './formatTrialPatients.js';
import { survivalComparisonCells } from './survivalComparisonCells.js';

/** `p [low, high]` in percent, `—` when null (beyond the horizon). */
function percentWithInterval(value: number | null, interval: Interval | null): string {
  return value === null || interval === null ? '—' : `${formatPercent(value)} [${formatPercent(interval[0])}, ${formatPercent(interval[1])}]`;
}

/**
 * Headings of {@link progressionSurvivalCells}: PFS then OS at each follow-up time (years).
 * @param times - the scenario's `followUp.at`
 * @returns the headings
 */
export function progressionArmHeads(times: readonly number[]): string[] {
  return [...times.map((t) => `PFS ${svgNumber(t, 2)} y [95% CI] (%)`), ...times.map((t) => `OS ${svgNumber(t, 2)} y [95% CI] (%)`)];
}

/**
 * Progression-free and overall survival after SBRT of an arm or a stratum (results.arms[].progression or one of its
 * byStratum) at the follow-up times, in the order of {@link progressionArmHeads}, in percent with the Wilson 95%
 * interval; `—` beyond the horizon or without `progression`.
 * @param progression - an arm's progression, or one of its strata
 * @param times - the scenario's `followUp.at`
 * @returns the text of each cell
 */
export function progressionSurvivalCells(progression: ProgressionSurvival | undefined, times: readonly number[]): string[] {
  const atTimes = progression?.atTimes ?? [];
  const at = (years: number) => atTimes.find((entry) => entry.years === years);
  return [
    ...times.map((t) => percentWithInterval(at(t)?.progressionFreeSurvival ?? null, at(t)?.progressionFreeSurvivalCi95 ?? null)),
    ...times.map((t) => percentWithInterval(at(t)?.overallSurvival ?? null, at(t)?.overallSurvivalCi95 ?? null)),
  ];
}

/** Headings of {@link progressionStratumRows} before the PFS and OS cells. */
export const progressionStratumHeads: readonly string[] = ['arm', 'by', 'stratum', 'patients'];

/**
 * One row per arm and progression stratum (grade; lesions treated in the arm): the arm, the dimension, the stratum
 * (`G1`–`G3`, or `1 lesion`, `2 lesions`, …), its patients, then its PFS and OS cells ({@link progressionSurvivalCells}).
 * @param arms - results.arms of a run with `progression`
 * @param times - the scenario's `followUp.at`
 * @returns the rows' cells, as plain text
 */
export function progressionStratumRows(arms: readonly ArmResult[], times: readonly number[]): string[][] {
  return arms.flatMap((arm) =>
    (arm.progression?.byStratum ?? []).map((stratum) => [
      arm.id,
      stratum.by,
      stratum.by === 'grade' ? stratum.stratum : `${stratum.stratum} ${stratum.stratum === '1' ? 'lesion' : 'lesions'}`,
      String(stratum.patients),
      ...progressionSurvivalCells(stratum, times),
    ]),
  );
}

/** Headings of {@link progressionPairCells}. */
export const progressionPairHeads: readonly string[] = ['PFS HR [95% CI]', 'PFS log-rank p', 'PFS ΔRMST [95% CI] (d)', 'PFS trial patients/arm'];

/**
 * Why the pairs are not compared on OS, under their table. evaluateProgression draws each patient's death once and
 * gives every arm that day, so OS has the same event time in every arm patient by patient: every pair is concordant,
 * the arms are identical by construction, and the log-rank p of 1 and the interval around a hazard ratio of 1 that
 * results.json keeps (comparisons[].progression.overallSurvival) are artefacts of treating the paired arms as
 * independent samples, not evidence. The terminal and the report say so instead of printing them.
 */
export const identicalOverallSurvivalNote =
  'OS is identical in every arm, patient by patient (death is drawn once per patient and shared by the arms), so the pairs are not compared on it: no test or interval.';

/**
 * One pair's PFS comparison (results.comparisons[].progression), in the order of {@link progressionPairHeads}: HR, p
 * and ΔRMST ({@link survivalComparisonCells}) and the patients per arm a real trial needs (formatTrialPatients); `—`
 * without `progression`. Not OS, which is identical in every arm ({@link identicalOverallSurvivalNote}).
 * @param pair - a comparison of results.json
 * @returns the text of each cell
 */
export function progressionPairCells(pair: ArmComparison): string[] {
  const progression = pair.progression;
  if (progression === undefined) return progressionPairHeads.map(() => '—');
  const { progressionFreeSurvival } = progression;
  return [...survivalComparisonCells(progressionFreeSurvival), formatTrialPatients(progressionFreeSurvival.trialPatientsPerArm)];
}
