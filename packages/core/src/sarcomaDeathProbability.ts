import { normalCdf } from './normalCdf.js';
import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';

const inverseSqrtTwoPi = 0.3989422804014327;
// The 16-point Gauss–Legendre rule on [−1, 1], positive half (the rule is symmetric: nodes ±x share a weight): Abramowitz & Stegun,
// Handbook of Mathematical Functions, Table 25.4, written as their nearest doubles (numpy's leggauss gives the same).
const legendreNodes = [
  0.09501250983763744, 0.2816035507792589, 0.45801677765722737, 0.6178762444026438, 0.755404408355003,
  0.8656312023878318, 0.9445750230732326, 0.9894009349916499,
];
const legendreWeights = [
  0.18945061045506864, 0.18260341504492364, 0.16915651939500265, 0.1495959888165767, 0.12462897125553407,
  0.0951585116824926, 0.062253523938647456, 0.027152459411754176,
];
// Panel ends as distances below z_t: 24 panels of width 0.5 down to z_t − 12 (the normal weight below is < 1e−30),
// the top one split geometrically (halving 12 times), because F_S(t − u) behaves like Φ(ln(z_t − z)/σ_S) there,
// smooth but not analytic at z_t, which a single Gauss panel converges to only slowly.
const panelEnds: readonly number[] = [0, ...Array.from({ length: 13 }, (_, j) => 0.5 / 2 ** (12 - j)), ...Array.from({ length: 23 }, (_, k) => 1 + 0.5 * k)];

/**
 * Cumulative probability of death from sarcoma by t days after the end of treatment, for a patient (or cohort) with
 * metastasis probability p: P(t) = p·∫₀ᵗ f_D(u)·F_S(t − u) du, the lognormal detection time T_D convolved with the
 * lognormal survival after metastasis T_S; disease-specific survival is DSS(t) = 1 − P(t).
 * @param days - t, days from the end of treatment (0 for t ≤ 0)
 * @param metastasisProbability - p in [0, 1] ({@link subclinicalMetastasisProbability}; linear in p, so a cohort's
 *   mean p gives the cohort's probability)
 * @param detectionMedianDays - μ_D > 0, median detection time in days (`metastasisDefaults.detectionTime`)
 * @param detectionSigma - σ_D > 0, spread of ln T_D (dimensionless)
 * @param survivalMedianDays - μ_S > 0, median survival after metastasis in days (`metastasisDefaults.survivalAfterMetastasis`)
 * @param survivalSigma - σ_S > 0, spread of ln T_S (dimensionless)
 * @returns probability in [0, p]; NaN outside the domain or for NaN input
 * @remarks With u = μ_D e^{σ_D z}, P = p·∫_{−∞}^{z_t} φ(z) Φ((ln(t − u) − ln μ_S)/σ_S) dz, z_t = ln(t/μ_D)/σ_D,
 *   integrated by 16-point Gauss–Legendre on 24 panels of width 0.5 below z_t (the top one split geometrically) (absolute difference below 1e−13 from
 *   the Python reference's 400-point rule on [z_t − 12, z_t]). Every sarcoma death follows a metastasis; deaths from uncontrolled
 *   local disease and from other causes are not in this kernel (docs/metastasis-model.md).
 */
export function sarcomaDeathProbability(
  days: number,
  metastasisProbability: number,
  detectionMedianDays: number,
  detectionSigma: number,
  survivalMedianDays: number,
  survivalSigma: number,
): number {
  if (
    !(metastasisProbability >= 0 && metastasisProbability <= 1 && detectionMedianDays > 0 && detectionSigma > 0 &&
      survivalMedianDays > 0 && survivalSigma > 0) || days !== days
  ) {
    return Number.NaN;
  }
  if (days <= 0 || metastasisProbability === 0) return 0;
  if (days === Infinity) return metastasisProbability;
  const top = portableLog(days / detectionMedianDays) / detectionSigma;
  const logSurvivalMedian = portableLog(survivalMedianDays);
  // φ(z)·F_S(t − u(z)), u = μ_D e^{σ_D z}: 0 once the detection is at or after t
  const integrand = (z: number): number => {
    const remaining = days - detectionMedianDays * portableExp(detectionSigma * z);
    if (!(remaining > 0)) return 0;
    return inverseSqrtTwoPi * portableExp(-0.5 * z * z) * normalCdf((portableLog(remaining) - logSurvivalMedian) / survivalSigma);
  };
  let sum = 0;
  for (let panel = 1; panel < panelEnds.length; panel++) {
    const near = panelEnds[panel - 1] ?? 0;
    const far = panelEnds[panel] ?? 0;
    const centre = top - 0.5 * (near + far);
    const half = 0.5 * (far - near);
    for (let i = 0; i < legendreNodes.length; i++) {
      const x = half * (legendreNodes[i] ?? 0);
      const weight = half * (legendreWeights[i] ?? 0);
      sum += weight * (integrand(centre - x) + integrand(centre + x));
    }
  }
  return metastasisProbability * sum;
}
