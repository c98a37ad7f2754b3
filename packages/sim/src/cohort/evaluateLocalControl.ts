import {
  dormancyDays,
  hypoxicFractionFromDiameter,
  normalQuantile,
  portableExp,
  portableExpm1,
  portableLog,
  portableLog1p,
  portableLog2,
  regrowthDetectionDays,
  residualDiseaseProbability,
} from '@rtsim/core';
import { distributionQuantile } from '../random/distributionQuantile.js';
import { patientSlots } from '../random/patientSlots.js';
import { poissonExactBelowMean, poissonQuantileApproximate, poissonQuantileExact } from '../random/poissonQuantile.js';
import { patientField } from './drawPatient.js';
import type { LocalControlPlan } from './LocalControlPlan.js';
import { marginStratum, olderAgeYears } from './LocalControlPlan.js';
import { reoxygenatedFractionLogSurvival } from './reoxygenatedFractionLogSurvival.js';
import type { PathwayOutcome } from './evaluatePathway.js';
import { tumourBedCourseLogSurvival } from './tumourBedCourseLogSurvival.js';

/** Per-arm outputs of {@link evaluateLocalControl}, written in place (no allocation per patient). */
export interface LocalControlOutcome {
  /** P(control | the patient's draws) = 1 − π(1 − e^{−m}); after R2 e^{−N₀S}(1 − π_R1u(1 − e^{−nS_res})). */
  readonly tcp: Float64Array;
  /** 1 when controlled. */
  readonly controlled: Uint8Array;
  /** Detection day of the recurrence from the first treatment event (Infinity when controlled). */
  readonly day: Float64Array;
  /** Margin stratum index per arm (localControlStrata). */
  readonly margin: Uint8Array;
  /** Scratch: π per margin class R0-wide … R1-unplanned (length 4). */
  readonly classPi: Float64Array;
  /** Scratch: the patient's reoxygenated ln S of one fraction per dose of LocalControlPlan.doses (NaN: not yet computed). */
  readonly perFraction: Float64Array;
}


/**
 * Σ over [dose, count] groups of core's reoxygenatedLogSurvival with the tumour's hypoxic fraction h, from the
 * patient's ln S of one fraction per distinct dose, computed when first needed and shared by every arm with that dose.
 * Equal to summing the kernel over the groups bit for bit: the kernel is F·(its value at F = 1), and
 * reoxygenatedFractionLogSurvival is that value from ln(1 − h) and ln h.
 */
function reoxygenatedGroupsLogSurvival(
  lc: LocalControlPlan,
  groups: Float64Array,
  doseIndices: Int32Array,
  perFraction: Float64Array,
  alpha: number,
  beta: number,
  logOxicShare: number,
  logHypoxicShare: number,
  oer: number,
): number {
  let total = 0;
  for (let g = 0; g < doseIndices.length; g++) {
    const dose = doseIndices[g];
    let logSurvival = perFraction[dose];
    if (logSurvival !== logSurvival) {
      logSurvival = perFraction[dose] = reoxygenatedFractionLogSurvival(alpha, beta, lc.doses[dose], logOxicShare, logHypoxicShare, oer);
    }
    total += groups[2 * g + 1] * logSurvival;
  }
  return total;
}

/** Σ b_k x_k of the patient: grade, depth, size band of the diameter, site, presentation, age ≥ 50. */
function covariateLogOddsOf(lc: LocalControlPlan, lcUniforms: Float64Array, grade: number, diameter: number): number {
  const ratio = lc.logOddsRatio;
  const siteUniform = lcUniforms[2];
  let logOdds = grade === 1 ? ratio[0] : grade === 2 ? ratio[1] : 0;
  if (lcUniforms[1] < lc.deepShare) logOdds += ratio[2];
  if (diameter >= 5) logOdds += diameter > 10 ? ratio[4] : ratio[3];
  // retroperitoneum and head and neck share one log odds ratio (localControlDefaults)
  if (siteUniform >= lc.siteCuts[1]) logOdds += ratio[5];
  if (lcUniforms[4] < lc.recurrentShare) logOdds += ratio[6];
  // Outside the age band the uniform alone decides (quantileThresholdBand): the same decision, no inverse CDF.
  const ageUniform = lcUniforms[3];
  const band = lc.ageOlderBand;
  if (ageUniform >= band[1] || (ageUniform > band[0] && distributionQuantile(lc.age, ageUniform) >= olderAgeYears)) logOdds += ratio[7];
  return logOdds;
}

/**
 * The local-control model for one valid patient and every arm that uses it (docs/local-control-model.md,
 * "Engine wiring"; equations in docs/models-extensions.md, "Local control over time"). Covariates from the first
 * five of the patient's 12 local-control uniforms (grade, depth, site, age, presentation; the sixth, unplanned
 * excision, is decided by evaluatePathway), their log odds Σ b_k x_k with the size band of the arm's diameter; per arm the margin class (uniform 7 against the
 * arm's shares, or its shares after an unplanned excision), π = residualDiseaseProbability(θ_class, Σ b_k x_k), and
 * the residue's ln m = ln n_res + σ_n·Φ⁻¹(u₉) + ln S, S from reoxygenatedLogSurvival with h(d) for fractions before
 * surgery and the tumour bed's mixture with h_bed over every fraction after it (tumourBedCourseLogSurvival; no
 * repopulation). Gross disease (no surgery, or R2): π = 1,
 * ln m = ln N₀ + ln S over every fraction with h(d); after R2, the residue of an unplanned R1 margin as well, when the
 * patient has one (u_res < π of R1 unplanned): m = N₀S + n·S_res, so R2 never controls a patient R1 unplanned fails
 * (expected control e^{−N₀S}·(1 − π_R1u(1 − e^{−nS_res}))). Controlled ⟺ u_res ≥ π or U < e^{−m} (U the patient's
 * control slot, the same in every arm: common random numbers). A failure has K = Poisson⁻¹(U; m) ≥ 1 clonogens, D =
 * log₂(N_detect/K) doublings, and is detected on T + [u_q < q] dormancyDays(u_s, λ) + regrowthDetectionDays(D,
 * gradeDoublingTime(T_d,50, γ, g), σ_T, Φ⁻¹(u_z)), at least T + first visit (T the arm's treatment span).
 * @param lc - the compiled model
 * @param patient - record from drawPatient (valid patient)
 * @param uniforms - the patient's slot uniforms (the control slot is used)
 * @param lcUniforms - the patient's 12 local-control uniforms, in (0, 1)
 * @param spans - per arm, the treatment span T (days)
 * @param firstVisitDays - days after T of the first visit
 * @param tumour - per arm the tumour at treatment: its diameter and volume, and whether an unplanned excision came
 *   first (evaluatePathway; without a pathway the cohort's tumour and the covariate decision in every arm)
 * @param out - per-arm outputs, overwritten for arms using the model
 * @returns the grade index 0–2, or −1 when a computed value is NaN (the patient is then invalid)
 */
export function evaluateLocalControl(
  lc: LocalControlPlan,
  patient: Float64Array,
  uniforms: Float64Array,
  lcUniforms: Float64Array,
  spans: Float64Array,
  firstVisitDays: number,
  tumour: PathwayOutcome,
  out: LocalControlOutcome,
): number {
  const gradeUniform = lcUniforms[0];
  const grade = gradeUniform < lc.gradeCuts[0] ? 0 : gradeUniform < lc.gradeCuts[1] ? 1 : 2;
  const marginUniform = lcUniforms[6];
  const residualUniform = lcUniforms[7];
  // Computed when first needed (a residue, a failure): the uniforms are drawn either way, so laziness changes no draw.
  let covariateLogOdds = Number.NaN;
  let residualNormal = Number.NaN;
  let regrowthNormal = Number.NaN;
  let dormant = Number.NaN;
  const doublingTime = lc.gradeDoublingTimes[grade];
  const classPi = out.classPi;
  const perFraction = out.perFraction;
  const alpha = patient[patientSlots.alpha];
  const beta = patient[patientField.beta];
  const oer = patient[patientSlots.oer];
  const detection = patient[patientSlots.detectionClonogens];
  // The tumour at treatment (its diameter per arm: the same in every arm without a pathway). What depends on it —
  // hypoxia h(d), the size band's log odds, π per margin class, ln S per dose — is computed once per diameter.
  let diameter = Number.NaN;
  let logOxicShare = Number.NaN;
  let logHypoxicShare = Number.NaN;
  const control = uniforms[patientSlots.control];
  let controlNormal = Number.NaN;
  for (let a = 0; a < lc.arms.length; a++) {
    const arm = lc.arms[a];
    if (arm === undefined || !arm.enabled) continue;
    if (tumour.diameter[a] !== diameter) {
      diameter = tumour.diameter[a];
      const tumourHypoxia = hypoxicFractionFromDiameter(diameter, lc.hypoxicFractionAt8cm);
      // Once per diameter, not per arm and dose: the logs of the tumour's oxic and hypoxic shares.
      logOxicShare = portableLog1p(-tumourHypoxia);
      logHypoxicShare = portableLog(tumourHypoxia);
      // π per margin class and ln S per dose, for the arms that share them
      // (Loops, not TypedArray fill: a builtin call costs more than these few stores, once per patient.)
      for (let c = 0; c < classPi.length; c++) classPi[c] = Number.NaN;
      for (let d = 0; d < perFraction.length; d++) perFraction[d] = Number.NaN;
      covariateLogOdds = Number.NaN;
    }
    let marginClass = 5; // none: no surgery
    if (arm.surgery) {
      const cuts = tumour.unplanned[a] === 1 ? arm.marginCutsAfterUnplanned : arm.marginCuts;
      marginClass = 0;
      while (marginUniform >= cuts[marginClass]) marginClass++;
    }
    out.margin[a] = marginStratum + marginClass;
    let pi = 1;
    let logLeft: number;
    // R2 also leaves the microscopic residue of an unplanned R1 margin (class 3) beside its gross remnant.
    const residueClass = marginClass === 4 ? 3 : marginClass;
    let residuePi = 0;
    let logResidue = Number.NaN;
    if (residueClass < 4) {
      if (covariateLogOdds !== covariateLogOdds) {
        covariateLogOdds = covariateLogOddsOf(lc, lcUniforms, grade, diameter);
        residualNormal = normalQuantile(lcUniforms[8]);
      }
      residuePi = classPi[residueClass];
      if (residuePi !== residuePi) residuePi = classPi[residueClass] = residualDiseaseProbability(lc.marginLogOdds[residueClass], covariateLogOdds);
      logResidue =
        lc.logResidualMedian +
        lc.residualSigma * residualNormal +
        reoxygenatedGroupsLogSurvival(lc, arm.before, arm.beforeDoses, perFraction, alpha, beta, logOxicShare, logHypoxicShare, oer) +
        tumourBedCourseLogSurvival(alpha, beta, arm.after, lc.bedLogOxicShare, lc.bedLogHypoxicShare, oer);
    }
    if (marginClass >= 4) {
      // Gross disease (R2 or no surgery): the whole tumour, reoxygenating hypoxia h(d), every fraction.
      // ln N₀ of the grown tumour; the patient's own, to the bit, when it did not grow
      const volume = tumour.volume[a];
      const logClonogens = volume === patient[patientSlots.tumourSize] ? patient[patientField.logClonogens] : portableLog(patient[patientSlots.clonogenDensity] * volume);
      logLeft =
        logClonogens +
        reoxygenatedGroupsLogSurvival(lc, arm.before, arm.beforeDoses, perFraction, alpha, beta, logOxicShare, logHypoxicShare, oer) +
        reoxygenatedGroupsLogSurvival(lc, arm.after, arm.afterDoses, perFraction, alpha, beta, logOxicShare, logHypoxicShare, oer);
    } else {
      pi = residuePi;
      logLeft = logResidue;
    }
    const alone = portableExp(logLeft);
    // R2: the residue, when the patient has one (u_res < π of R1 unplanned), adds its expected survivors to the
    // remnant's, so no patient is controlled after R2 who fails after an unplanned R1 (docs/models-extensions.md).
    const residue = marginClass === 4 ? portableExp(logResidue) : 0;
    const m = marginClass === 4 && residualUniform < residuePi ? alone + residue : alone;
    // 1 − e^{−m} without cancellation for small m; e^{−m} itself for the control decision.
    const failProbability = m < 746 ? -portableExpm1(-m) : 1;
    const zero = 1 - failProbability;
    // Expected control over the residue's presence; for R2 the product of remnant and residue (independent given
    // the patient's α and clonogens).
    const tcp = marginClass === 4 ? portableExp(-alone) * (1 + residuePi * portableExpm1(-residue)) : 1 - pi * failProbability;
    if (tcp !== tcp) return -1;
    out.tcp[a] = tcp;
    if (residualUniform >= pi || control < zero) {
      out.controlled[a] = 1;
      out.day[a] = Infinity;
      continue;
    }
    out.controlled[a] = 0;
    let clonogens: number;
    if (m < poissonExactBelowMean) clonogens = poissonQuantileExact(control, m, zero);
    else {
      if (controlNormal !== controlNormal) controlNormal = normalQuantile(control);
      clonogens = poissonQuantileApproximate(control, m, controlNormal);
    }
    const left = clonogens >= 1 ? clonogens : 1;
    const doublings = left >= detection ? 0 : portableLog2(detection / left);
    if (regrowthNormal !== regrowthNormal) {
      regrowthNormal = normalQuantile(lcUniforms[9]);
      dormant = lcUniforms[10] < lc.dormantShare ? dormancyDays(lcUniforms[11], lc.reawakeningRate) : 0;
    }
    const span = spans[a];
    const day = span + dormant + regrowthDetectionDays(doublings, doublingTime, lc.regrowthSigma, regrowthNormal);
    if (day !== day) return -1;
    const firstVisit = span + firstVisitDays;
    out.day[a] = day > firstVisit ? day : firstVisit;
  }
  return grade;
}
