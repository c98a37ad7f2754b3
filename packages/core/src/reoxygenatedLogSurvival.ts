import { logAddExp } from './logAddExp.js';
import { portableLog } from './portable/portableLog.js';
import { portableLog1p } from './portable/portableLog1p.js';
/**
 * ln S of F equal fractions for a tumour with hypoxic fraction h that reoxygenates fully between fractions:
 * ln S = F·ln[(1 − h)e^{−αd − βd²} + h·e^{−αd/OER − βd²/OER²}].
 * @param alpha - α, 1/Gy (≥ 0)
 * @param beta - β, 1/Gy² (≥ 0)
 * @param dosePerFraction - d, Gy (≥ 0)
 * @param fractions - F (≥ 0)
 * @param hypoxicFraction - h (0 ≤ h ≤ 1)
 * @param oer - oxygen enhancement ratio (≥ 1)
 * @returns ln S ≤ 0; NaN outside the domain or for NaN input
 * @remarks The gross-disease and SBRT lesion survival of the local-control model (models.md, "Hypoxia",
 *   reoxygenation "full"); summed in log space (log-add-exp), so SBRT doses where the oxic term underflows keep
 *   the hypoxic term exactly. docs/local-control-model.md.
 */
export function reoxygenatedLogSurvival(
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
  const oxic = portableLog1p(-hypoxicFraction) - (alpha * d + beta * d * d);
  const hypoxic = portableLog(hypoxicFraction) - (alpha * d) / oer - (beta * d * d) / (oer * oer);
  // h = 0 or 1 makes one term −∞: e^{−∞} = 0 adds nothing, and the other term is the whole survival.
  const perFraction = logAddExp(oxic, hypoxic);
  return fractions * (perFraction < 0 ? perFraction : 0);
}
