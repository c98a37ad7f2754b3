import { normalCdf } from './normalCdf.js';
import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';

const inverseSqrtTwoPi = 0.3989422804014327;
const gaussLegendre16 = legendreRule(16);
// Panel ends as distances below z_t: 24 panels of width 0.5 down to z_t − 12 (the normal weight below is < 1e−30),
// the top one split geometrically (halving 12 times), because F_S(t − u) behaves like Φ(ln(z_t − z)/σ_S) there,
// smooth but not analytic at z_t, which a single Gauss panel converges to only slowly.
const panelEnds: readonly number[] = [0, ...Array.from({ length: 13 }, (_, j) => 0.5 / 2 ** (12 - j)), ...Array.from({ length: 23 }, (_, k) => 1 + 0.5 * k)];

/** Nodes and weights of the n-point Gauss–Legendre rule on [−1, 1], by Newton's method on the Legendre polynomial P_n. */
function legendreRule(n: number): { readonly nodes: readonly number[]; readonly weights: readonly number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= n; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) [p0, p1] = [p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k];
      derivative = (n * (x * p1 - p0)) / (x * x - 1);
      const step = p1 / derivative;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * derivative * derivative));
  }
  return { nodes, weights };
}

/**
 * Cumulative probability of death from sarcoma by t days after the end of treatment, for a patient (or cohort) with
 * metastasis probability p: P(t) = p·∫₀ᵗ f_D(u)·F_S(t − u) du, the lognormal detection time T_D convolved with the
 * lognormal survival after metastasis T_S; disease-specific survival is DSS(t) = 1 − P(t).
 * @param days - t, days from the end of treatment (0 for t ≤ 0)
 * @param metastasisProbability - p in [0, 1] ({@link subclinicalMetastasisProbability}; linear in p, so a cohort's
 *   mean p gives the cohort's probability)
 * @param detectionMedianDays - μ_D > 0, median detection time in days; `detectionSigma` σ_D > 0
 * @param survivalMedianDays - μ_S > 0, median survival after metastasis in days; `survivalSigma` σ_S > 0
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
  let sum = 0;
  for (let panel = 1; panel < panelEnds.length; panel++) {
    const near = panelEnds[panel - 1] ?? 0;
    const far = panelEnds[panel] ?? 0;
    const centre = top - 0.5 * (near + far);
    const half = 0.5 * (far - near);
    for (let i = 0; i < gaussLegendre16.nodes.length; i++) {
      const z = centre + half * (gaussLegendre16.nodes[i] ?? 0);
      const remaining = days - detectionMedianDays * portableExp(detectionSigma * z);
      if (!(remaining > 0)) continue;
      const dead = normalCdf((portableLog(remaining) - logSurvivalMedian) / survivalSigma);
      sum += half * (gaussLegendre16.weights[i] ?? 0) * inverseSqrtTwoPi * portableExp(-0.5 * z * z) * dead;
    }
  }
  return metastasisProbability * sum;
}
