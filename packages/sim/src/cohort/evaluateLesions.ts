import { dormancyDays, hypoxicFractionFromDiameter, normalQuantile, portableExp, portableExpm1, portableLog, portableLog2, regrowthDetectionDays, reoxygenatedLogSurvival } from '@rtsim/core';
import { distributionQuantile } from '../random/distributionQuantile.js';
import { patientSlots } from '../random/patientSlots.js';
import { poissonExactBelowMean, poissonQuantileApproximate, poissonQuantileExact } from '../random/poissonQuantile.js';
import { patientField } from './drawPatient.js';
import type { LesionArmPlan } from './LesionPlan.js';
import { lesionUniforms } from './LesionPlan.js';
import type { LocalControlPlan } from './LocalControlPlan.js';
import { engineSphereVolume } from '../scenario/engineSphereVolume.js';

/** Outputs of {@link evaluateLesions} for one patient and arm, written in place (no allocation per patient). */
export interface LesionOutcome {
  /** P(every lesion controlled | the patient's draws) = Π_j e^{−m_j}. */
  tcp: number;
  /** Lesions of the patient in this arm, and how many of them are controlled. */
  count: number;
  controlled: number;
  /** Detection day of the patient's first local failure (Infinity when every lesion is controlled). */
  day: number;
  /** Per lesion j < count: its detection day from the first treatment event (Infinity when controlled). */
  readonly days: Float64Array;
}

/** π/6: a sphere of diameter d has volume πd³/6. */

/**
 * SBRT of a patient's lesions in one arm (docs/local-control-model.md, "Engine wiring"; equations in
 * docs/models-extensions.md, "Local control over time"). The count c is 1 + the first cut of the arm's count shares
 * above the patient's count uniform. Lesion j < c draws from its own 5 uniforms (u₀ diameter, u₁ control U, u₂
 * regrowth, u₃ dormant, u₄ dormancy) and shares the patient's biology (α, β, OER, clonogen density ρ, N_detect and
 * the grade's median doubling time): d = F⁻¹(u₀) cm, ln N₀ = ln ρ + ln(πd³/6), h = hypoxicFractionFromDiameter(d, h₈),
 * ln m = ln N₀ + Σ reoxygenatedLogSurvival over the course, controlled ⟺ u₁ < e^{−m}; a failure has
 * K = Poisson⁻¹(u₁; m) ≥ 1 clonogens and is detected on T + [u₃ < q]·dormancyDays(u₄, λ) +
 * regrowthDetectionDays(log₂(N_detect/K), T_d,50(g), σ_T, Φ⁻¹(u₂)), at least T + first visit (as gross disease).
 * The patient is controlled when every lesion is; its failure day is its first lesion's.
 * @param arm - the compiled lesion arm
 * @param lc - the compiled local-control model (h₈, regrowth and dormancy constants)
 * @param patient - record from drawPatient (valid patient)
 * @param countUniform - the patient's count uniform, in (0, 1)
 * @param uniforms - the patient's lesion uniforms, 5 per lesion stream j in order (at least 5·maxCount)
 * @param grade - the patient's grade index 0–2
 * @param span - the arm's treatment span T (days)
 * @param firstVisitDays - days after T of the first visit
 * @param out - overwritten
 * @returns false when a computed value is NaN (the patient is then invalid), else true
 */
export function evaluateLesions(
  arm: LesionArmPlan,
  lc: LocalControlPlan,
  patient: Float64Array,
  countUniform: number,
  uniforms: Float64Array,
  grade: number,
  span: number,
  firstVisitDays: number,
  out: LesionOutcome,
): boolean {
  let count = 1;
  while (countUniform >= arm.countCuts[count - 1]) count++;
  const alpha = patient[patientSlots.alpha];
  const beta = patient[patientField.beta];
  const oer = patient[patientSlots.oer];
  const logDensity = portableLog(patient[patientSlots.clonogenDensity]);
  const detection = patient[patientSlots.detectionClonogens];
  const doublingTime = lc.gradeDoublingTimes[grade];
  const groups = arm.groups;
  let logTcp = 0;
  let controlled = 0;
  let first = Infinity;
  for (let j = 0; j < count; j++) {
    const at = lesionUniforms * j;
    const diameter = distributionQuantile(arm.diameter, uniforms[at]);
    const hypoxia = hypoxicFractionFromDiameter(diameter, lc.hypoxicFractionAt8cm);
    let logLeft = logDensity + portableLog(engineSphereVolume(diameter));
    for (let g = 0; g < groups.length; g += 2) logLeft += reoxygenatedLogSurvival(alpha, beta, groups[g], groups[g + 1], hypoxia, oer);
    if (logLeft !== logLeft) return false;
    const m = portableExp(logLeft);
    // 1 − e^{−m} without cancellation for small m; e^{−m} itself for the control decision (as evaluateLocalControl).
    const failProbability = m < 746 ? -portableExpm1(-m) : 1;
    const zero = 1 - failProbability;
    logTcp -= m;
    const control = uniforms[at + 1];
    if (control < zero) {
      controlled++;
      out.days[j] = Infinity;
      continue;
    }
    const clonogens = m < poissonExactBelowMean ? poissonQuantileExact(control, m, zero) : poissonQuantileApproximate(control, m, normalQuantile(control));
    const left = clonogens >= 1 ? clonogens : 1;
    const doublings = left >= detection ? 0 : portableLog2(detection / left);
    const dormant = uniforms[at + 3] < lc.dormantShare ? dormancyDays(uniforms[at + 4], lc.reawakeningRate) : 0;
    const day = span + dormant + regrowthDetectionDays(doublings, doublingTime, lc.regrowthSigma, normalQuantile(uniforms[at + 2]));
    if (day !== day) return false;
    const firstVisit = span + firstVisitDays;
    const detected = day > firstVisit ? day : firstVisit;
    out.days[j] = detected;
    if (detected < first) first = detected;
  }
  out.tcp = portableExp(logTcp);
  out.count = count;
  out.controlled = controlled;
  out.day = first;
  return true;
}
