import { normalCdf } from './normalCdf.js';
import { portableLog } from './portable/portableLog.js';
import { portableLog1p } from './portable/portableLog1p.js';

const logSqrtTwoPi = 0.9189385332046728;

/**
 * Log survival from sarcoma t days after a metastasis is detected, a lognormal time to death:
 * ln S(t) = ln(1 − Φ(z)) = ln Φ(−z), z = ln(t/μ_S)/σ_S.
 * @param days - t, days since the detection of metastasis (any real; 0 for t ≤ 0)
 * @param medianDays - μ_S > 0, median survival after metastasis in days (`metastasisDefaults.survivalAfterMetastasis`)
 * @param sigma - σ_S > 0, spread of ln T_S (dimensionless)
 * @returns ln S ≤ 0; NaN outside the domain or for NaN input
 * @remarks Log space because S underflows in the far tail: beyond z = 37 (where Φ(−z) underflows) the asymptotic
 *   series ln Φ(−z) = −z²/2 − ln(z√(2π)) + ln(1 − z⁻² + 3z⁻⁴ − 15z⁻⁶) (Abramowitz & Stegun 26.2.12). The
 *   library's median (`metastasisDefaults.survivalAfterMetastasis`) is fitted, revision 4: 589.6 d (19.4 months) in
 *   2004, near the French Sarcoma Group's 18 months for 2002–06 (Italiano et al. Cancer 2011, outcome-evidence D9;
 *   docs/metastasis-model.md). Inverse: {@link postMetastasisDeathDays}.
 */
export function postMetastasisLogSurvival(days: number, medianDays: number, sigma: number): number {
  if (!(medianDays > 0 && sigma > 0) || days !== days) return Number.NaN;
  if (days <= 0) return 0;
  const z = portableLog(days / medianDays) / sigma;
  if (z < 37) return portableLog(normalCdf(-z));
  const w = 1 / (z * z);
  return -0.5 * z * z - portableLog(z) - logSqrtTwoPi + portableLog1p(w * (-1 + w * (3 - 15 * w)));
}
