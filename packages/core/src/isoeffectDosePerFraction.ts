import type { BedParameters } from './BedParameters.js';
import { bed } from './bed.js';
import { bedSetup } from './bedSetup.js';
import { overallTime } from './overallTime.js';
import { schedule } from './schedule.js';

/**
 * Dose per fraction d (Gy) that gives a target BED in n fractions: solves {@link bed}(n × d) = target.
 *
 * The course is n fractions five a week, Monday to Friday from a Monday (`schedule({ fractions: n, dose: d,
 * perWeek: 5 })`), which fixes T for the time term. LQ without repair has the closed form
 * d = 2b/(1 + √(1 + 4b/(α/β))), b = (target + time term)/n (the stable root of d²/(α/β) + d − b = 0); LQ-L, USC
 * and incomplete repair are solved by bisection on d, to the last bit (BED rises with d in every model).
 * For a target EQD2, pass EQD2·(1 + 2/(α/β)).
 * @param targetBed - target BED, Gy (finite)
 * @param fractions - n, integer ≥ 1
 * @param p - α/β in Gy, optional α (1/Gy), T_d and T_k (days), model, T½ (hours); see {@link BedParameters}
 * @returns d in Gy (≥ 0); NaN for NaN or out-of-domain input, or when no d ≥ 0 reaches the target (target below
 *   the BED of zero dose, which is minus the time term, or above the BED of n × 10⁶ Gy)
 * @remarks Iso-effect relation D₂/D₁ = (α/β + d₁)/(α/β + d₂): Withers, Thames & Peters, Radiother Oncol 1983;1:187.
 */
export function isoeffectDosePerFraction(targetBed: number, fractions: number, p: BedParameters): number {
  const setup = bedSetup(p);
  if (setup === undefined || !Number.isFinite(targetBed) || !(Number.isInteger(fractions) && fractions >= 1)) return Number.NaN;
  const course = (dose: number): ReturnType<typeof schedule> => schedule({ fractions, dose, perWeek: 5 });
  const timeTerm = setup.timeTerm(overallTime(course(0)));
  if (targetBed + timeTerm < 0) return Number.NaN;
  if (setup.model.model === 'lq' && setup.repairHalfTimeHours === undefined) {
    const perFraction = (targetBed + timeTerm) / fractions;
    return (2 * perFraction) / (1 + Math.sqrt(1 + (4 * perFraction) / setup.alphaBeta));
  }
  const excess = (dose: number): number => bed(course(dose), p) - targetBed;
  if (excess(0) >= 0) return 0;
  let low = 0;
  let high = 1;
  for (let above = excess(high); !(above >= 0); above = excess(high)) {
    if (Number.isNaN(above) || high > 1e6) return Number.NaN;
    low = high;
    high *= 2;
  }
  while (high - low > 2 * Number.EPSILON * high) {
    const middle = (low + high) / 2;
    if (excess(middle) >= 0) high = middle;
    else low = middle;
  }
  return -excess(low) < excess(high) ? low : high;
}
