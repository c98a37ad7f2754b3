import { portablePow } from '@rtsim/core';
import { patientSlots } from '../random/patientSlots.js';
import { patientField } from './drawPatient.js';
import type { EnginePlan, ExtrasPlan } from './EnginePlan.js';
import { armExtrasStride, armTableStride } from './EnginePlan.js';

/**
 * The per-patient extras of one valid patient, for every arm: marker statuses, the dose scale of a GARD
 * prescription, the extra log kill of the modifiers the patient responds to, the treatment span and GARD.
 *
 * - Marker m is positive when its uniform v_m < prevalence(subtype, m). One draw per patient and marker, shared by
 *   all arms.
 * - GARD prescription (models.md, "Biomarker-guided radiosensitivity"): the course at 1 Gy per fraction has Σd = D₁,
 *   Σd² = D₂ (both n for n fractions); the dose per fraction s solving α·D₁·s + β·D₂·s² = G is
 *   s = 2G / (αD₁ + √(α²D₁² + 4βD₂G)) (the cancellation-free root; β = 0 gives G/(αD₁)), then clamped to
 *   [minDose, maxDose]. Fixed arms have s = 1.
 * - GARD = α·D₁·s + β·D₂·s² with the physical doses (no dose-modifying factor, no repopulation; Scott et al. 2017).
 * - Kill of modifier j: the patient receives the agent unless the kill is gated (marker-positive only) and the
 *   patient is negative; responds when u_agent < p, p = the subtype's probability (marker-positive or no marker) or
 *   markerNegativeResponseProbability (negative). The same u_agent in every arm giving the agent (common random
 *   numbers: with equal p the same patients respond, with a larger p a superset). A responder gets
 *   L(d) = L·min(maxFactor, (d/d_ref)^k) with d = the arm's mean dose per fraction × s (L without a dose scaling).
 *   Kills add: ln S −= Σ L.
 * - Span: the arm's span, widened per patient by the days of gated kills the patient receives.
 * @param plan - the compiled scenario
 * @param extras - `plan.extras`
 * @param patient - record from drawPatient (valid patient)
 * @param markerUniforms - the patient's uniform per marker, in (0, 1)
 * @param agentUniforms - the patient's uniform per agent, in (0, 1)
 * @param status - output: 1 for a positive marker, 0 for a negative one (length M)
 * @param out - output: per arm at `armExtrasStride·a` [s, Σ L, span (days), GARD, clamp 0 none / 1 raised to minDose / 2 lowered to maxDose]
 * @returns nothing
 */
export function evaluatePatientExtras(
  plan: EnginePlan,
  extras: ExtrasPlan,
  patient: Float64Array,
  markerUniforms: Float64Array,
  agentUniforms: Float64Array,
  status: Uint8Array,
  out: Float64Array,
): void {
  const s = patient[patientField.subtype];
  const markerCount = extras.markers.length;
  for (let m = 0; m < markerCount; m++) status[m] = markerUniforms[m] < extras.prevalence[s * markerCount + m] ? 1 : 0;
  const alpha = patient[patientSlots.alpha];
  const beta = patient[patientField.beta];
  for (let a = 0; a < extras.arms.length; a++) {
    const arm = extras.arms[a];
    const armPlan = plan.arms[a];
    if (arm === undefined || armPlan === undefined) continue;
    let scale = 1;
    let clamp = 0;
    if (arm.prescription) {
      const target = arm.gardTarget;
      const linear = alpha * arm.doseSum;
      scale = (2 * target) / (linear + Math.sqrt(linear * linear + 4 * beta * arm.doseSquareSum * target));
      if (scale < arm.minDose) {
        scale = arm.minDose;
        clamp = 1;
      } else if (scale > arm.maxDose) {
        scale = arm.maxDose;
        clamp = 2;
      }
    }
    let kill = 0;
    let first = armPlan.firstEvent;
    let last = armPlan.lastEvent;
    for (const k of arm.kills) {
      const positive = k.marker < 0 || status[k.marker] === 1;
      if (k.gated && !positive) continue;
      if (!Number.isNaN(k.gatedDay)) {
        if (k.gatedDay < first) first = k.gatedDay;
        if (k.gatedDay > last) last = k.gatedDay;
      }
      const probability = positive ? k.probability[s] : k.negativeProbability;
      if (!(agentUniforms[k.agent] < probability)) continue;
      if (Number.isNaN(k.referenceDose)) kill += k.logKill;
      else {
        const factor = portablePow((arm.dosePerFraction * scale) / k.referenceDose, k.exponent);
        kill += k.logKill * (factor < k.maxFactor ? factor : k.maxFactor);
      }
    }
    const at = armExtrasStride * a;
    out[at] = scale;
    out[at + 1] = kill;
    out[at + 2] = arm.gatedDays ? last - first : plan.armTable[armTableStride * a];
    out[at + 3] = scale * (alpha * arm.doseSum + beta * arm.doseSquareSum * scale);
    out[at + 4] = clamp;
  }
}
