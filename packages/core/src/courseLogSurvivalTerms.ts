import { fractionLogSurvival } from './fractionLogSurvival.js';
import { leaCatchesideFactor } from './leaCatchesideFactor.js';
import type { Schedule } from './schedule.js';
import type { SurvivalModel } from './survivalModel.js';
import { portableExp } from './portable/portableExp.js';

/**
 * Internal (not in the barrel): ln S contributed by each fraction of a course, in order of day, for one
 * homogeneous compartment. Term j = ln S_acute(s·dⱼ; α, Gⱼβ) − 2β(s·dⱼ)Σ_{i<j}(s·dᵢ)e^{−μ(tⱼ−tᵢ)}, s = doseScale,
 * Gⱼ the Lea–Catcheside factor of fraction j; G and the interaction only when repairHalfTimeHours is given.
 * Prefix sums are the ln S of the first k fractions, which the iso-effect solver relies on.
 * @returns the terms, or undefined for an invalid schedule or parameter
 */
export function courseLogSurvivalTerms(
  s: Schedule,
  alpha: number,
  beta: number,
  model: SurvivalModel,
  repairHalfTimeHours: number | undefined,
  doseScale: number,
): Float64Array | undefined {
  if (!(alpha >= 0 && alpha < Infinity && beta >= 0 && beta < Infinity && doseScale > 0 && doseScale < Infinity)) return undefined;
  if (repairHalfTimeHours !== undefined && !(repairHalfTimeHours > 0)) return undefined;
  for (const f of s) {
    if (!(f.dose >= 0 && f.dose < Infinity && Number.isFinite(f.day))) return undefined;
    if (f.durationMinutes !== undefined && !(f.durationMinutes >= 0 && f.durationMinutes < Infinity)) return undefined;
  }
  let order: Schedule = s;
  for (let k = 1; k < s.length; k++) {
    if ((s[k]?.day ?? 0) < (s[k - 1]?.day ?? 0)) {
      order = [...s].sort((a, b) => a.day - b.day);
      break;
    }
  }
  const terms = new Float64Array(order.length);
  if (repairHalfTimeHours === undefined) {
    for (const [j, f] of order.entries()) {
      const term = fractionLogSurvival(doseScale * f.dose, { alpha, beta }, model);
      if (Number.isNaN(term)) return undefined;
      terms[j] = term;
    }
    return terms;
  }
  const repairRatePerHour = Math.LN2 / repairHalfTimeHours;
  // Running Σ_{i<j} dᵢ e^{−μ(tⱼ−tᵢ)}: decays by e^{−μΔt} from one fraction to the next, so all pairs cost O(n).
  let decayedDose = 0;
  for (const [j, f] of order.entries()) {
    const dose = doseScale * f.dose;
    const minutes = f.durationMinutes ?? 0;
    const protraction = minutes === 0 ? 1 : leaCatchesideFactor((repairRatePerHour * minutes) / 60);
    const acute = fractionLogSurvival(dose, { alpha, beta: beta * protraction }, model);
    if (Number.isNaN(acute)) return undefined;
    terms[j] = acute - 2 * beta * dose * decayedDose;
    const next = order[j + 1];
    if (next === undefined) break;
    const hours = 24 * (next.day - f.day);
    decayedDose = (decayedDose + dose) * (hours === 0 ? 1 : portableExp(-repairRatePerHour * hours));
  }
  return terms;
}
