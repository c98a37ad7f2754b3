import type { BedParameters } from './BedParameters.js';
import { bed } from './bed.js';
import { bedSetup } from './bedSetup.js';
import { courseLogSurvivalTerms } from './courseLogSurvivalTerms.js';
import { schedule } from './schedule.js';

const maxFractions = 1 << 18;

/**
 * Number of fractions n of d Gy that gives a target BED, as a real number.
 *
 * Without a time term or repair every fraction adds the same BED₁ = BED of one fraction (LQ: d(1 + d/(α/β))), so
 * n = target/BED₁ exactly. Otherwise the course is d Gy five a week, Monday to Friday from a Monday, BED(k) is
 * evaluated for whole courses of k = 1, 2, … fractions (BED(0) = 0) and n is read off the first crossing by
 * linear interpolation, n = k − 1 + (target − BED(k − 1))/(BED(k) − BED(k − 1)). So a whole n means exactly that
 * course; a fractional n is a proportion of the next fraction, not a calendar. With fast repopulation BED need not
 * rise monotonically in k; the smallest crossing is returned.
 * @param targetBed - target BED, Gy (≥ 0)
 * @param dosePerFraction - d, Gy (> 0, finite)
 * @param p - α/β in Gy, optional α (1/Gy), T_d and T_k (days), model, T½ (hours); see {@link BedParameters}
 * @returns n ≥ 0 (real); 0 for a zero target; NaN for NaN or out-of-domain input, or when no course of up to
 *   2¹⁸ fractions reaches the target (repopulation outpacing the dose)
 * @remarks Withers, Thames & Peters, Radiother Oncol 1983;1:187; models.md, "BED, EQD2 and iso-effect".
 */
export function isoeffectFractions(targetBed: number, dosePerFraction: number, p: BedParameters): number {
  const setup = bedSetup(p);
  if (setup === undefined || !(targetBed >= 0 && targetBed < Infinity)) return Number.NaN;
  if (!(dosePerFraction > 0 && dosePerFraction < Infinity)) return Number.NaN;
  if (targetBed === 0) return 0;
  if (!setup.hasTimeTerm && setup.repairHalfTimeHours === undefined) {
    return targetBed / bed(schedule({ fractions: 1, dose: dosePerFraction }), p);
  }
  for (let count = 64; count <= maxFractions; count *= 4) {
    const course = schedule({ fractions: count, dose: dosePerFraction, perWeek: 5 });
    // Term k holds fraction k's own kill and its interaction with earlier fractions only, so prefix sums are
    // the ln S of the first k fractions.
    const terms = courseLogSurvivalTerms(course, setup.alpha, setup.beta, setup.model, setup.repairHalfTimeHours, 1);
    if (terms === undefined) return Number.NaN;
    let logKill = 0;
    let previous = 0;
    for (let k = 1; k <= count; k++) {
      logKill -= terms[k - 1] ?? Number.NaN;
      const current = logKill / setup.alpha - setup.timeTerm(course[k - 1]?.day ?? Number.NaN);
      if (Number.isNaN(current)) return Number.NaN;
      if (current >= targetBed) return k - 1 + (targetBed - previous) / (current - previous);
      previous = current;
    }
  }
  return Number.NaN;
}
