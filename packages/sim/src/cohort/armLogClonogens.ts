import type { CellParameters } from '@rtsim/core';
import { logAddExp, logSurvival, normalQuantile, portableExp, portableLog } from '@rtsim/core';
import { distributionQuantile } from '../random/distributionQuantile.js';
import { patientSlots } from '../random/patientSlots.js';
import { patientField } from './drawPatient.js';
import type { EnginePlan } from './EnginePlan.js';
import { armExtrasStride, armTableStride } from './EnginePlan.js';

/**
 * ln S by core's logSurvival, for the survival modes that have no coefficient form (allocates: slow path), on the
 * arm's survival schedule (dose-modifying factors of modifiers applied) with every dose × `scale` (a prescription).
 */
function generalLogSurvival(plan: EnginePlan, arm: number, patient: Float64Array, scale: number): number {
  const armPlan = plan.arms[arm];
  const subtype = plan.subtypes[patient[patientField.subtype]];
  if (armPlan === undefined || subtype === undefined) return Number.NaN;
  const cell: { -readonly [K in keyof CellParameters]: CellParameters[K] } = {
    alpha: patient[patientSlots.alpha],
    beta: patient[patientField.beta],
    reoxygenation: armPlan.reoxygenation,
    doseModifyingFactor: armPlan.doseModifyingFactor,
  };
  if (subtype.repair) cell.repairHalfTimeHours = patient[patientSlots.repairHalfTimeHours];
  if (subtype.hypoxic) {
    cell.hypoxicFraction = patient[patientSlots.hypoxicFraction];
    cell.oer = patient[patientSlots.oer];
  }
  const fractions = scale === 1 ? armPlan.survivalSchedule : armPlan.survivalSchedule.map((f) => ({ ...f, dose: f.dose * scale }));
  return logSurvival(fractions, cell, armPlan.model);
}

/** ln S of the two-compartment modes 1 and 2 (hypoxia without reoxygenation) on precomputed coefficients. */
function hypoxicLogSurvival(survival: Float64Array, base: number, patient: Float64Array, alpha: number, beta: number): number {
  const oxic = -(alpha * survival[base + 1] + beta * survival[base + 2]);
  let hypoxic: number;
  if (survival[base] === 1) {
    hypoxic = -(alpha * survival[base + 3] + beta * survival[base + 4]);
  } else {
    // LQ: the hypoxic compartment sees dose/OER, so α-coefficient/OER and β-coefficient/OER².
    const inverseOer = 1 / patient[patientSlots.oer];
    hypoxic = -inverseOer * (alpha * survival[base + 1] + inverseOer * beta * survival[base + 2]);
  }
  const mixed = logAddExp(patient[patientField.logOxicFraction] + oxic, patient[patientField.logHypoxicFraction] + hypoxic);
  return mixed < 0 ? mixed : 0; // the weights sum to 1: anything above 0 is rounding (as in core)
}

/**
 * ln f, the log of the surgical residual fraction of one patient in one arm with surgery: the margin status from
 * the margin uniform against the arm's margin probabilities (R0 below the first cut, R1 below the second, R2
 * above), then that status's distribution at the residualFraction uniform, capped at f = 1 (surgery never adds
 * clonogens). Lognormal fractions are drawn in log space, ln f = ln median + σ·Φ⁻¹(u), with Φ⁻¹(u) computed once
 * per patient for all arms.
 * @param plan - the compiled scenario
 * @param arm - index of an arm with surgery
 * @param patient - record from {@link drawPatient} (its residualNormal cache is filled on first use)
 * @param residualUniform - the patient's residualFraction uniform
 * @param marginUniform - the patient's margin uniform
 * @returns ln f ≤ 0; NaN when the draw is not a fraction > 0
 */
export function logResidualFraction(
  plan: EnginePlan,
  arm: number,
  patient: Float64Array,
  residualUniform: number,
  marginUniform: number,
): number {
  const table = plan.armTable;
  const at = armTableStride * arm;
  const margin = marginUniform < table[at + 2] ? 0 : marginUniform < table[at + 3] ? 1 : 2;
  const entry = at + 4 + 3 * margin;
  const mode = table[entry];
  if (mode === 0) return table[entry + 1];
  if (mode === 1) {
    let z = patient[patientField.residualNormal];
    if (z !== z) z = patient[patientField.residualNormal] = normalQuantile(residualUniform);
    const logFraction = table[entry + 1] + table[entry + 2] * z;
    return logFraction < 0 ? logFraction : 0;
  }
  const compiled = plan.arms[arm]?.residualFraction[margin];
  const fraction = compiled === undefined ? Number.NaN : distributionQuantile(compiled, residualUniform);
  if (!(fraction > 0)) return Number.NaN;
  return fraction < 1 ? portableLog(fraction) : 0;
}

/** ln S of one patient at the arm's schedule with every dose × `scale`, by the arm's survival mode for the patient's subtype. */
function scaledLogSurvival(plan: EnginePlan, arm: number, patient: Float64Array, mode: number, base: number, scale: number): number {
  const alpha = scale === 1 ? patient[patientSlots.alpha] : patient[patientSlots.alpha] * scale;
  const beta = scale === 1 ? patient[patientField.beta] : patient[patientField.beta] * scale * scale;
  const survival = plan.survival;
  if (mode === 0) return -(alpha * survival[base + 1] + beta * survival[base + 2]);
  if (mode === 3) return generalLogSurvival(plan, arm, patient, scale);
  return hypoxicLogSurvival(survival, base, patient, alpha, beta);
}

/**
 * ln of the surviving fraction over a target DVH (Webb & Nahum 1993), ln Σ_i v_i S(s·s_i) = log-sum-exp_i(ln v_i +
 * ln S(s·s_i)), v_i the bin's relative volume and s_i its dose over the arm's total dose: every fraction of the bin is
 * scaled by s_i (and by the patient's prescription scale s). The plan is plans[⌊u·K⌋] for K plans (a folder), the
 * only plan otherwise. Summed in one pass with a running maximum (one exponential per bin): a bin's ln S of −200 at
 * 60 Gy must not underflow to 0 before the volumes weigh it. A single bin of volume 1 at the total dose gives ln S of
 * the schedule itself, bit for bit.
 */
function targetDvhLogSurvival(plan: EnginePlan, arm: number, patient: Float64Array, mode: number, base: number, scale: number, planUniform: number): number {
  const plans = plan.arms[arm]?.targetDvh ?? [];
  const count = plans.length;
  const index = count === 1 ? 0 : Math.floor(planUniform * count);
  const chosen = plans[index < count ? index : count - 1];
  if (chosen === undefined) return Number.NaN;
  const { logVolumes, scales } = chosen;
  let largest = -Infinity;
  let sum = 0;
  for (let i = 0; i < scales.length; i++) {
    const term = logVolumes[i] + scaledLogSurvival(plan, arm, patient, mode, base, scale * scales[i]);
    if (term !== term) return Number.NaN;
    if (term > largest) {
      sum = largest === -Infinity ? 1 : sum * portableExp(largest - term) + 1;
      largest = term;
    } else {
      sum += portableExp(term - largest);
    }
  }
  const logSum = sum === 1 ? largest : largest + portableLog(sum);
  return logSum < 0 ? logSum : 0; // relative volumes sum to 1 up to rounding: above 0 is rounding
}

/**
 * ln N_left of one patient in one arm: the clonogens expected to survive treatment, in log space (models.md,
 * "Surgery and margins"): ln N_left = ln N₀ + ln S + ln f_margin (with surgery) + (ln 2/T_d)·max(0, T − T_k),
 * T the treatment span from the first event (fraction or surgery) to the last.
 *
 * ln S by the arm's survival mode for the patient's subtype (see {@link SurvivalMode}): one multiply-add on
 * precomputed coefficients in the common case, core's `logSurvival` otherwise. Repopulation is core's
 * `repopulationLogGain` written out, because this runs per patient and arm and the call would need an object.
 * @param plan - the compiled scenario
 * @param arm - arm index
 * @param patient - record filled by {@link drawPatient} (valid patient)
 * @param uniforms - the patient's slot uniforms (margin and residualFraction are shared by all arms: common
 *   random numbers)
 * @param extras - the patient's per-arm extras from evaluatePatientExtras (`armExtrasStride` per arm: dose scale s,
 *   log kill L, span), when the plan has extras: then every dose is × s (for LQ the coefficients scale as s·A and
 *   s²·B, which is α·s and β·s² on the coefficients), ln N_left −= L (models.md, "Systemic and immune
 *   modifiers"), and the span is the patient's
 * @param planUniform - the patient's uniform of the stream `planTarget` (a folder of target plans picks plan
 *   ⌊u·K⌋); unused by an arm without a target DVH. With a target DVH, ln S is taken over its bins (targetDvhLogSurvival).
 * @returns ln N_left; NaN when core's survival arithmetic rejects the patient's parameters or the residual
 *   fraction drawn is not > 0
 */
export function armLogClonogens(plan: EnginePlan, arm: number, patient: Float64Array, uniforms: Float64Array, extras?: Float64Array, planUniform = 0): number {
  const survival = plan.survival;
  const base = 5 * (arm * plan.subtypes.length + patient[patientField.subtype]);
  const mode = survival[base];
  const at = armTableStride * arm;
  const table = plan.armTable;
  const extraAt = armExtrasStride * arm;
  const scale = extras === undefined ? 1 : extras[extraAt];
  const alpha = scale === 1 ? patient[patientSlots.alpha] : patient[patientSlots.alpha] * scale;
  const beta = scale === 1 ? patient[patientField.beta] : patient[patientField.beta] * scale * scale;
  const logSurviving = plan.arms[arm]?.targetDvh !== undefined
    ? targetDvhLogSurvival(plan, arm, patient, mode, base, scale, planUniform)
    : mode === 0
      ? -(alpha * survival[base + 1] + beta * survival[base + 2])
      : mode === 3
        ? generalLogSurvival(plan, arm, patient, scale)
        : hypoxicLogSurvival(survival, base, patient, alpha, beta);
  let logLeft = patient[patientField.logClonogens] + logSurviving;
  if (extras !== undefined) logLeft -= extras[extraAt + 1];
  if (table[at + 1] === 1) {
    logLeft += logResidualFraction(plan, arm, patient, uniforms[patientSlots.residualFraction], uniforms[patientSlots.margin]);
  }
  const span = extras === undefined ? table[at] : extras[extraAt + 2];
  const kickoff = patient[patientSlots.kickoffTime];
  if (span > kickoff) logLeft += (Math.LN2 / patient[patientSlots.doublingTime]) * (span - kickoff);
  return logLeft;
}
