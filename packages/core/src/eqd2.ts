import type { BedParameters } from './BedParameters.js';
import { bed } from './bed.js';
import type { Schedule } from './schedule.js';

/**
 * Equivalent dose in 2 Gy fractions, EQD2 = BED/(1 + 2/(α/β)), in Gy.
 *
 * Worked checks (models.md): 25 × 2 Gy at α/β = 10: 50 Gy; 5 × 6 Gy at α/β = 4: 50 Gy. SHARE protocol
 * (Trials 2021, Table 3): 65 Gy/26 at α/β = 1.5: 74.29 Gy.
 * @param s - schedule (doses Gy, days)
 * @param p - as for {@link bed}: α/β in Gy, optional α (1/Gy), T_d and T_k (days), model, T½ (hours)
 * @returns EQD2 in Gy; NaN for NaN or out-of-domain input (see {@link bed})
 * @remarks Withers HR, Thames HD, Peters LJ. Radiother Oncol 1983;1:187. models.md, "BED, EQD2 and iso-effect".
 */
export function eqd2(s: Schedule, p: BedParameters): number {
  return bed(s, p) / (1 + 2 / p.alphaBeta);
}
