import { logAddExp } from './logAddExp.js';
import type { CellParameters } from './cellParameters.js';
import { courseLogSurvivalTerms } from './courseLogSurvivalTerms.js';
import type { Schedule } from './schedule.js';
import type { SurvivalModel } from './survivalModel.js';
import { portableLog } from './portable/portableLog.js';
import { portableLog1p } from './portable/portableLog1p.js';

function sum(terms: Float64Array): number {
  let total = 0;
  for (const term of terms) total += term;
  return total;
}

/**
 * Log surviving fraction of a clonogen population after a course, ln S = Σ ln Sⱼ (no repopulation: add
 * {@link repopulationLogGain} for that).
 *
 * Per fraction j of dose dⱼ (Gy) at time tⱼ, for a compartment with dose scale s (s = DMF for oxic cells,
 * DMF/OER for hypoxic ones): ln Sⱼ = ln S_model(s·dⱼ; α, Gⱼβ) − 2β(s·dⱼ) Σ_{i<j} (s·dᵢ) e^{−μ(tⱼ−tᵢ)}, where
 * S_model is {@link fractionLogSurvival} (LQ, LQ-L or USC), μ = ln 2/T½ and Gⱼ = {@link leaCatchesideFactor}(μτⱼ)
 * for a delivery time τⱼ = `durationMinutes`. G and the interaction sum apply only when `repairHalfTimeHours` is
 * given (otherwise fractions are instantaneous and fully repaired). For LQ this is −ln S = Σ[α s dⱼ + Gⱼβ s²dⱼ²]
 * + 2βs²Σ_{i<j} dᵢdⱼe^{−μ(tⱼ−tᵢ)}; LQ-L and USC use Gⱼβ in place of β throughout (so USC's D_q follows Gⱼβ).
 *
 * Hypoxia (h = `hypoxicFraction` > 0): `'none'` S = (1−h)ΠS_ox + hΠS_hyp; `'full'` S = Π[(1−h)S_ox + hS_hyp]
 * (the interaction term is attributed to the later fraction of each pair). Both are evaluated with log-sum-exp,
 * so 54 Gy in 3 fractions or 10⁹ clonogens never underflow.
 *
 * DMF and OER scale the dose (a dose-modifying factor is a ratio of iso-effective doses), which is α·DMF, β·DMF²
 * (α/OER, β/OER²) for LQ; for LQ-L and USC the transition dose and D₀ stay properties of the curve in dose seen by
 * the cells.
 * @param s - schedule (doses Gy, days, optional delivery minutes)
 * @param cell - α (1/Gy), β (1/Gy²), optional T½ (h), h, OER, reoxygenation, DMF; see {@link CellParameters}
 * @param model - survival curve, default LQ
 * @returns ln S ≤ 0 (0 for the empty schedule); NaN for NaN or out-of-domain input: invalid schedule, α or β
 *   negative or not finite, T½ ≤ 0, h ∉ [0, 1], h > 0 without OER ≥ 1, DMF ≤ 0, bad model parameters
 *   (USC with αD₀ ≥ 1)
 * @remarks docs/models.md, "Cell survival per fraction". Lea & Catcheside, J Genet 1942;44:216;
 *   Astrahan, Med Phys 2008;35:4161; Park et al., IJROBP 2008;70:847.
 */
export function logSurvival(s: Schedule, cell: CellParameters, model: SurvivalModel = { model: 'lq' }): number {
  const { alpha, beta, repairHalfTimeHours, hypoxicFraction = 0, oer, reoxygenation = 'none', doseModifyingFactor = 1 } = cell;
  if (!(hypoxicFraction >= 0 && hypoxicFraction <= 1)) return Number.NaN;
  if (reoxygenation !== 'none' && reoxygenation !== 'full') return Number.NaN;
  if (oer !== undefined && !(oer >= 1 && oer < Infinity)) return Number.NaN;
  const oxic = hypoxicFraction === 1 ? undefined : courseLogSurvivalTerms(s, alpha, beta, model, repairHalfTimeHours, doseModifyingFactor);
  if (hypoxicFraction === 0) return oxic === undefined ? Number.NaN : sum(oxic);
  if (oer === undefined) return Number.NaN;
  const hypoxic = courseLogSurvivalTerms(s, alpha, beta, model, repairHalfTimeHours, doseModifyingFactor / oer);
  if (hypoxic === undefined) return Number.NaN;
  if (oxic === undefined) return sum(hypoxic); // h = 1
  const logOxicFraction = portableLog1p(-hypoxicFraction);
  const logHypoxicFraction = portableLog(hypoxicFraction);
  let result: number;
  if (reoxygenation === 'none') {
    result = logAddExp(logOxicFraction + sum(oxic), logHypoxicFraction + sum(hypoxic));
  } else {
    result = 0;
    for (let j = 0; j < oxic.length; j++) {
      result += logAddExp(logOxicFraction + (oxic[j] ?? 0), logHypoxicFraction + (hypoxic[j] ?? 0));
    }
  }
  return Math.min(result, 0); // mixing weights sum to 1, so anything above 0 is rounding
}
