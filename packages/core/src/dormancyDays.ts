import { portableLog1p } from './portable/portableLog1p.js';
import { daysPerYear } from './daysPerYear.js';
/**
 * Days a dormant residue waits before it starts to regrow, exponential with the reawakening rate λ:
 * s = −ln(1 − u)·365.25/λ (the inverse CDF at the patient's uniform u).
 * @param uniform - u in [0, 1), the patient's dormancy uniform (the engine's keyed local-control stream)
 * @param reawakeningRatePerYear - λ > 0, per year (`localControlDefaults.dormancy.reawakeningRate`, fitted)
 * @returns s in days (≥ 0; 0 at u = 0, +∞ at u = 1); NaN outside the domain or for NaN input
 * @remarks Revision 2 of the local-control model (docs/local-control-model.md): a share of local failures regrows
 *   only after a dormant period, the reading of late recurrences after 5 years (Toulmonde et al. Cancer
 *   2014;120:3003, 9.3% among the event-free) that a lognormal regrowth spread alone does not give. Dormancy as a
 *   mechanism: Aguirre-Ghiso JA, Nat Rev Cancer 2007;7:834-46. The detection day of a dormant failure is
 *   s + {@link regrowthDetectionDays}.
 */
export function dormancyDays(uniform: number, reawakeningRatePerYear: number): number {
  if (!(uniform >= 0 && uniform <= 1 && reawakeningRatePerYear > 0)) return Number.NaN;
  return (-portableLog1p(-uniform) * daysPerYear) / reawakeningRatePerYear;
}
