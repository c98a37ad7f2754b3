import { portableLog, portableLog1p } from '@rtsim/core';
import { distributionQuantile } from '../random/distributionQuantile.js';
import { patientSlots } from '../random/patientSlots.js';
import type { EnginePlan } from './EnginePlan.js';
import { engineSphereVolume } from '../scenario/engineSphereVolume.js';

/**
 * Fields of the per-patient scratch record filled by {@link drawPatient}: parameter values at their slot index
 * 1–11 (patientSlots; the tumour-size slot holds the volume in cm³ after a diameter is converted, the
 * detectionClonogens slot N_detect), then derived values. `residualNormal` caches Φ⁻¹ of the residualFraction
 * uniform (NaN until an arm with a lognormal residual fraction needs it).
 */
export const patientField: {
  readonly subtype: 0;
  readonly beta: 15;
  readonly logClonogens: 16;
  readonly logOxicFraction: 17;
  readonly logHypoxicFraction: 18;
  readonly residualNormal: 19;
  readonly length: 20;
} = Object.freeze({ subtype: 0, beta: 15, logClonogens: 16, logOxicFraction: 17, logHypoxicFraction: 18, residualNormal: 19, length: 20 });

/**
 * Draws one patient from the slot uniforms: the subtype (slot 0 against the cumulative weights), then each
 * parameter of that subtype by inverse CDF from its own slot (for a subtype with rsi, the alpha slot draws RSI and
 * α is derived: −ln(RSI)/2 − 2β with the subtype's fixed β, whose α/β is then α/β_fixed, or −ln(RSI)/(2 + 4/(α/β))
 * with the drawn α/β; an RSI outside (0, 1] or an α < 0 counts against the alpha slot), and the derived β = α/(α/β),
 * ln N₀ = ln(density) + ln(volume) (volume πd³/6 from a diameter), ln(1 − h) and ln h.
 *
 * Checks every drawn value against its model domain (α ≥ 0, α/β > 0, T_d > 0, T_k ≥ 0, density and volume
 * finite > 0, h ∈ [0, 1] and OER ≥ 1 when hypoxia can occur, T½ > 0 when given, T_d,post > 0, N_detect finite
 * > 0; the surgical residual fraction is drawn per arm, in armLogClonogens): NaN must never reach a sum, so an invalid patient is reported instead of simulated.
 * @param plan - the compiled scenario
 * @param uniforms - the patient's `slotsPerPatient` uniforms, each in (0, 1)
 * @param patient - scratch record of `patientField.length` entries, overwritten (no allocation per patient)
 * @returns 0 for a valid patient, else a bit mask with bit j set for each slot j whose value is outside its domain
 */
export function drawPatient(plan: EnginePlan, uniforms: Float64Array, patient: Float64Array): number {
  const cuts = plan.subtypeCuts;
  const subtypeUniform = uniforms[patientSlots.subtype];
  let s = 0;
  while (subtypeUniform >= cuts[s]) s++;
  const subtype = plan.subtypes[s];
  if (subtype === undefined) return 1; // only a NaN uniform can get here
  const d = subtype.distributions;
  patient[patientField.subtype] = s;
  // Fixed slots are copied, not evaluated: their draw is the same whatever the uniform (and saves a quantile call
  // per fixed slot and patient; in a typical scenario most slots are fixed).
  const fixed = subtype.fixedDraws;
  for (let j = patientSlots.alpha; j <= patientSlots.detectionClonogens; j++) patient[j] = fixed[j];
  const random = subtype.randomSlots;
  for (let r = 0; r < random.length; r++) {
    const j = random[r];
    patient[j] = distributionQuantile(d[j], uniforms[j]);
  }
  let problems = 0;
  if (subtype.rsi) {
    // The alpha slot drew RSI = SF2 (models.md, "Biomarker-guided radiosensitivity"): α = −ln(RSI)/2 − 2β with a
    // fixed β, or, with β tied to the drawn α/β, −ln RSI = 2α + 4α/(α/β) so α = −ln(RSI)/(2 + 4/(α/β)).
    const rsi = patient[patientSlots.alpha];
    if (!(rsi > 0 && rsi <= 1)) problems |= 1 << patientSlots.alpha;
    const fixedBeta = subtype.rsiBeta;
    if (fixedBeta === fixedBeta) {
      const derived = -portableLog(rsi) / 2 - 2 * fixedBeta;
      patient[patientSlots.alpha] = derived;
      patient[patientSlots.alphaBeta] = derived / fixedBeta;
    } else {
      patient[patientSlots.alpha] = -portableLog(rsi) / (2 + 4 / patient[patientSlots.alphaBeta]);
    }
  }
  const alpha = patient[patientSlots.alpha];
  const alphaBeta = patient[patientSlots.alphaBeta];
  const doublingTime = patient[patientSlots.doublingTime];
  const density = patient[patientSlots.clonogenDensity];
  let volume = patient[patientSlots.tumourSize];
  if (subtype.diameter) volume = engineSphereVolume(volume);
  patient[patientSlots.tumourSize] = volume;
  if (!subtype.postTreatmentDoubling) patient[patientSlots.postTreatmentDoublingTime] = doublingTime;
  if (subtype.detectionPerVolume) patient[patientSlots.detectionClonogens] *= density;
  if (!(alpha >= 0 && alpha < Infinity)) problems |= 1 << patientSlots.alpha;
  // With rsi and a fixed β, α/β is derived from α (its slot is not drawn): only α's own check applies.
  if (!(alphaBeta > 0) && subtype.rsiBeta !== subtype.rsiBeta) problems |= 1 << patientSlots.alphaBeta;
  if (!(doublingTime > 0)) problems |= 1 << patientSlots.doublingTime;
  if (!(patient[patientSlots.kickoffTime] >= 0)) problems |= 1 << patientSlots.kickoffTime;
  if (!(density > 0 && density < Infinity)) problems |= 1 << patientSlots.clonogenDensity;
  if (!(volume > 0 && volume < Infinity)) problems |= 1 << patientSlots.tumourSize;
  if (subtype.hypoxic) {
    const h = patient[patientSlots.hypoxicFraction];
    if (!(h >= 0 && h <= 1)) problems |= 1 << patientSlots.hypoxicFraction;
    const oer = patient[patientSlots.oer];
    if (!(oer >= 1 && oer < Infinity)) problems |= 1 << patientSlots.oer;
    patient[patientField.logOxicFraction] = portableLog1p(-h);
    patient[patientField.logHypoxicFraction] = portableLog(h);
  }
  if (subtype.repair && !(patient[patientSlots.repairHalfTimeHours] > 0)) {
    problems |= 1 << patientSlots.repairHalfTimeHours;
  }
  if (!(patient[patientSlots.postTreatmentDoublingTime] > 0)) problems |= 1 << patientSlots.postTreatmentDoublingTime;
  const detection = patient[patientSlots.detectionClonogens];
  if (!(detection > 0 && detection < Infinity)) problems |= 1 << patientSlots.detectionClonogens;
  // α/β = ∞ means β = 0 (a purely linear response), which α/∞ gives directly.
  patient[patientField.beta] = subtype.rsiBeta === subtype.rsiBeta ? subtype.rsiBeta : alpha / alphaBeta;
  patient[patientField.logClonogens] = portableLog(density * volume); // one logarithm: N₀ itself cannot overflow
  patient[patientField.residualNormal] = Number.NaN;
  return problems;
}
