import { armLogClonogens } from '../cohort/armLogClonogens.js';
import { drawPatient, patientField } from '../cohort/drawPatient.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { nextSobolPoint } from '../random/nextSobolPoint.js';
import { patientSlots, slotsPerPatient } from '../random/patientSlots.js';
import type { SobolScramble } from '../random/SobolScramble.js';
import { sobolUniform } from '../random/sobolUniform.js';
import { pointTcp } from './pointTcp.js';

/**
 * Adds points `from … to − 1` of one scrambling to every arm's running sum of TCP: each point a virtual patient whose
 * slot uniforms 0…13 are the point's coordinates in slot order (patientSlots), drawn by the trial engine's own
 * drawPatient and armLogClonogens.
 *
 * The `control` slot (the U of U < TCP) is not a coordinate: E[1{U < TCP} | patient] = TCP, so averaging TCP instead
 * of the indicator integrates U out exactly (conditional Monte Carlo, a variance reduction by Rao–Blackwell), and the
 * slot gets a fixed ½ that nothing reads. Slots whose quantity is fixed keep their coordinate, unused, so the layout
 * does not depend on the scenario. A point with an invalid parameter or NaN survival (the trial's invalid patient) is
 * left out, in every arm.
 *
 * Why a range: expectedOutcomes takes a scrambling in slices, returning to the event loop between them, so that
 * Ctrl-C stops a long run; the sums are the same whatever the slices (points are added in index order).
 * @param plan - a compiled scenario that expectedModeProblems accepts
 * @param scramble - the scrambling (scrambleSobol), with at least `patientSlots.control` dimensions
 * @param point - the Gray-code state nextSobolPoint steps: holds point `from − 1` on entry (anything when `from` is 0),
 *   point `to − 1` on return; one buffer of `scramble.dimensions` words kept across the slices of a scrambling
 * @param from - first point index
 * @param to - one past the last point index
 * @param sums - per arm, the running sum of TCP over the valid points; added to in place
 * @returns the number of invalid points in the range
 */
export function scramblingSums(
  plan: EnginePlan,
  scramble: SobolScramble,
  point: Uint32Array,
  from: number,
  to: number,
  sums: Float64Array,
): number {
  const armCount = plan.arms.length;
  const dimensions = patientSlots.control;
  const uniforms = new Float64Array(slotsPerPatient);
  uniforms[patientSlots.control] = 0.5;
  const patient = new Float64Array(patientField.length);
  const tcp = new Float64Array(armCount);
  let invalid = 0;
  for (let i = from; i < to; i++) {
    nextSobolPoint(scramble, point, i);
    for (let j = 0; j < dimensions; j++) uniforms[j] = sobolUniform(point[j]);
    if (!evaluatePoint(plan, uniforms, patient, tcp)) {
      invalid++;
      continue;
    }
    for (let a = 0; a < armCount; a++) sums[a] += tcp[a];
  }
  return invalid;
}

/** Draws the patient of one point and writes every arm's TCP; false when the patient is invalid (trial engine's rule). */
function evaluatePoint(plan: EnginePlan, uniforms: Float64Array, patient: Float64Array, tcp: Float64Array): boolean {
  if (drawPatient(plan, uniforms, patient) !== 0) return false;
  for (let a = 0; a < tcp.length; a++) {
    const p = pointTcp(armLogClonogens(plan, a, patient, uniforms));
    if (p !== p) return false;
    tcp[a] = p;
  }
  return true;
}
