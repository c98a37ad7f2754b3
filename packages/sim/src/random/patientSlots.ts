/**
 * The fixed order in which every patient consumes uniforms: one slot per quantity, in this order, whether or not
 * the quantity is random, or used at all (margin without surgery, oer without hypoxia).
 * - `detectionClonogens` draws N_detect, or, when the scenario leaves it out, the detection volume (cm³) that
 *   multiplies the patient's clonogen density;
 * - `residualFraction` is one uniform for the surgical residual fraction f of every arm and margin status (each
 *   arm's distribution for the patient's margin, evaluated at the same u: arms stay comparable);
 * - `margin` picks R0/R1/R2 against each arm's margin probabilities; `control` is the U of U < TCP in every arm.
 *
 * Why fixed: the i-th uniform of patient p is the same in every variant of a scenario. Turning α/β from a number
 * into a distribution, adding surgery to an arm or a hypoxic fraction to a subtype changes that slot's value and
 * nothing else, so two variants compare the same virtual patients (common random numbers), and a sensitivity
 * analysis sees only the effect of the change, not a reshuffled cohort.
 *
 * A subtype that draws RSI draws it from the `alpha` slot (α is derived from it). Marker statuses and responses to
 * modifiers are not slots: they come from keyed streams of their own (keyedStream, one per marker and agent and
 * block), so the slot count stays 15 and a scenario without them draws exactly what it drew before they existed.
 */
export const patientSlots: {
  readonly subtype: 0;
  readonly alpha: 1;
  readonly alphaBeta: 2;
  readonly doublingTime: 3;
  readonly kickoffTime: 4;
  readonly clonogenDensity: 5;
  readonly tumourSize: 6;
  readonly hypoxicFraction: 7;
  readonly oer: 8;
  readonly repairHalfTimeHours: 9;
  readonly postTreatmentDoublingTime: 10;
  readonly detectionClonogens: 11;
  readonly residualFraction: 12;
  readonly margin: 13;
  readonly control: 14;
} = Object.freeze({
  subtype: 0,
  alpha: 1,
  alphaBeta: 2,
  doublingTime: 3,
  kickoffTime: 4,
  clonogenDensity: 5,
  tumourSize: 6,
  hypoxicFraction: 7,
  oer: 8,
  repairHalfTimeHours: 9,
  postTreatmentDoublingTime: 10,
  detectionClonogens: 11,
  residualFraction: 12,
  margin: 13,
  control: 14,
});

/** Name of a per-patient slot. */
export type PatientSlot = keyof typeof patientSlots;

/** Uniforms consumed by every patient, always: the length of {@link patientSlots}. */
export const slotsPerPatient = 15;
