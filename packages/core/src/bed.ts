import type { BedParameters } from './BedParameters.js';
import { bedSetup } from './bedSetup.js';
import { courseLogSurvivalTerms } from './courseLogSurvivalTerms.js';
import { overallTime } from './overallTime.js';
import type { Schedule } from './schedule.js';

/**
 * Biologically effective dose, in Gy.
 *
 * LQ: BED = Σ dᵢ(1 + dᵢ/(α/β)) − ln 2·max(0, T − T_k)/(α T_d). LQ-L and USC: BED = −ln S/α − (same time term),
 * with β = α/(α/β) and ln S from {@link logSurvival}. For LQ-L −ln S/α depends on α/β only, so α is not needed
 * there (the value is the same for every α); USC needs α. T = {@link overallTime}.
 * Worked checks (models.md): 25 × 2 Gy at α/β = 10: 60 Gy; 5 × 6 Gy at α/β = 4: 75 Gy.
 * @param s - schedule (doses Gy, days)
 * @param p - α/β in Gy, optional α (1/Gy), T_d and T_k (days), model, T½ (hours); see {@link BedParameters}
 * @returns BED in Gy (may be negative when repopulation outweighs the dose); 0 for the empty schedule; NaN for
 *   NaN or out-of-domain input (α/β ≤ 0, α ≤ 0, USC without α, invalid schedule)
 * @remarks Fowler JF. Br J Radiol 1989;62:679; Barendsen GW. IJROBP 1982;8:1981. models.md, "BED, EQD2 and iso-effect".
 */
export function bed(s: Schedule, p: BedParameters): number {
  const setup = bedSetup(p);
  if (setup === undefined) return Number.NaN;
  const terms = courseLogSurvivalTerms(s, setup.alpha, setup.beta, setup.model, setup.repairHalfTimeHours, 1);
  if (terms === undefined) return Number.NaN;
  let logKill = 0;
  for (const term of terms) logKill -= term;
  return logKill / setup.alpha - setup.timeTerm(overallTime(s));
}
