import { logAddExp } from './logAddExp.js';
import { portableLog } from './portable/portableLog.js';
import { portableLog1p } from './portable/portableLog1p.js';
/**
 * ln S of F equal fractions for microscopic residual disease in a tumour bed whose hypoxic share h stays hypoxic
 * (scar tissue, no reoxygenation): ln S = ln[(1 − h)e^{−F(αd + βd²)} + h·e^{−F(αd/OER + βd²/OER²)}].
 * @param alpha - α, 1/Gy (≥ 0)
 * @param beta - β, 1/Gy² (≥ 0)
 * @param dosePerFraction - d, Gy (≥ 0)
 * @param fractions - F (≥ 0)
 * @param hypoxicFraction - h, calibrated (`localControlDefaults.tumourBedHypoxicFraction`; 0 ≤ h ≤ 1)
 * @param oer - oxygen enhancement ratio (≥ 1)
 * @returns ln S ≤ 0; NaN outside the domain or for NaN input
 * @remarks Why: radiotherapy lowers local recurrence after resection about threefold (hazard ratio 3 for no RT,
 *   Jebsen et al. IJROBP 2008;71:1196), not the ~10⁹-fold that 60 Gy of fully oxic LQ kill would give; a
 *   radioresistant, chronically hypoxic share of the residue is the classic reading (models.md, "Hypoxia",
 *   reoxygenation "none"). docs/local-control-model.md.
 */
export function tumourBedLogSurvival(
  alpha: number,
  beta: number,
  dosePerFraction: number,
  fractions: number,
  hypoxicFraction: number,
  oer: number,
): number {
  if (!(alpha >= 0 && beta >= 0 && dosePerFraction >= 0 && fractions >= 0 && hypoxicFraction >= 0 && hypoxicFraction <= 1 && oer >= 1)) {
    return Number.NaN;
  }
  const d = dosePerFraction;
  const oxic = portableLog1p(-hypoxicFraction) - fractions * (alpha * d + beta * d * d);
  const hypoxic = portableLog(hypoxicFraction) - fractions * ((alpha * d) / oer + (beta * d * d) / (oer * oer));
  const logSurvival = logAddExp(oxic, hypoxic);
  return logSurvival < 0 ? logSurvival : 0;
}
