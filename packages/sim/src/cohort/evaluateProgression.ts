import { portableLog1p, postMetastasisDeathDays } from '@rtsim/core';
import type { ProgressionPlan } from './ProgressionPlan.js';

/** One patient's progression days per arm and death day (Infinity: never), written in place by {@link evaluateProgression}. */
export interface ProgressionOutcome {
  /** Per arm, the day of the first of: a treated lesion's local failure, a new metastasis elsewhere, death from any cause. */
  readonly progressionDay: Float64Array;
  /** Day of death from any cause: from sarcoma, or from other causes when that comes first; the same in every arm. */
  deathDay: number;
}

/**
 * Progression and death of one valid metastatic patient in every (lesion) arm (docs/metastasis-model.md, "Metastatic
 * patients treated with SBRT"): from the first treatment (day 0, the origin of every endpoint and of the series' times),
 * a new metastasis elsewhere after T_N = −ln(1 − u_new)/λ_N days and death from sarcoma after T_S = μ_S e^{σ_S Φ⁻¹(u_death)}
 * days, the same two uniforms and days in every arm (common random numbers: arms differ only by their lesions' local
 * failure, not by the length of their course). Death is the earlier of T_S and the other-cause death day (shared by
 * every arm; Infinity without background); progression the earliest of the arm's first local failure, T_N and death.
 * So progression never comes after death: PFS ≤ OS.
 * @param progression - the compiled plan
 * @param uniforms - the patient's 2 progression uniforms [u_new, u_death], each in (0, 1)
 * @param localFailureDays - per arm, the detection day of the first local failure (Infinity when every lesion is controlled)
 * @param otherCauseDeathDay - the patient's death from other causes (days; Infinity without background)
 * @param out - overwritten for arms 0 … localFailureDays.length − 1
 * @returns false when a computed day is NaN (the patient is then invalid), else true
 */
export function evaluateProgression(
  progression: ProgressionPlan,
  uniforms: Float64Array,
  localFailureDays: Float64Array,
  otherCauseDeathDay: number,
  out: ProgressionOutcome,
): boolean {
  const newMetastasisDays = -portableLog1p(-uniforms[0]) / progression.newMetastasisRatePerDay;
  const sarcomaDeathDays = postMetastasisDeathDays(uniforms[1], progression.survivalMedianDays, progression.survivalSigma);
  if (newMetastasisDays !== newMetastasisDays || sarcomaDeathDays !== sarcomaDeathDays) return false;
  const death = sarcomaDeathDays < otherCauseDeathDay ? sarcomaDeathDays : otherCauseDeathDay;
  out.deathDay = death;
  for (let a = 0; a < localFailureDays.length; a++) {
    let first = localFailureDays[a] < newMetastasisDays ? localFailureDays[a] : newMetastasisDays;
    if (death < first) first = death;
    out.progressionDay[a] = first;
  }
  return true;
}
