import type { DoseVolumeBin } from './doseVolumeBin.js';
import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';

/** Parameters of {@link tcpDvh}. */
export interface DvhTcpParameters {
  /** Number of fractions n (> 0); bin k receives n fractions of D_k/n Gy. */
  readonly fractions: number;
  /** α, 1/Gy (finite, ≥ 0). */
  readonly alpha: number;
  /** β, 1/Gy² (finite, ≥ 0). */
  readonly beta: number;
  /** Clonogen density ρ, clonogens per cm³ (finite, ≥ 0), uniform over the bins. */
  readonly clonogenDensity: number;
}

/**
 * Poisson tumour control probability of an inhomogeneous dose, TCP = exp(−Σ_k ρ v_k S(D_k)), each bin at its own
 * dose per fraction: ln S(D_k) = −αD_k − βD_k²/n (LQ, no repopulation).
 * @param bins - differential DVH: total dose D_k in Gy and absolute volume v_k in cm³ per bin; see
 *   {@link DoseVolumeBin}
 * @param p - n fractions, α (1/Gy), β (1/Gy²), ρ (clonogens/cm³); see {@link DvhTcpParameters}
 * @returns TCP in [0, 1]; 1 for no bins or no clonogens; NaN for NaN or out-of-domain input (a negative or
 *   infinite dose or volume, n ≤ 0, α or β negative or not finite, ρ < 0)
 * @remarks The sum is taken in log space, ln(ρ Σ v_k S_k) = ln ρ + log-sum-exp_k(ln v_k + ln S_k), so a
 *   54 Gy/3 fraction bin or a 10⁹ clonogens/cm³ density neither underflow nor overflow. Webb S, Nahum AE. Phys Med
 *   Biol 1993;38:653 (inhomogeneous dose). docs/models.md, "Tumour control probability".
 */
export function tcpDvh(bins: readonly DoseVolumeBin[], p: DvhTcpParameters): number {
  const { fractions, alpha, beta, clonogenDensity } = p;
  if (!(fractions > 0 && alpha >= 0 && alpha < Infinity && beta >= 0 && beta < Infinity)) return Number.NaN;
  if (!(clonogenDensity >= 0 && clonogenDensity < Infinity)) return Number.NaN;
  const betaPerFraction = beta / fractions;
  let largest = -Infinity;
  for (const { dose, volume } of bins) {
    if (!(dose >= 0 && dose < Infinity && volume >= 0 && volume < Infinity)) return Number.NaN;
    const term = portableLog(volume) - dose * (alpha + betaPerFraction * dose);
    if (term > largest) largest = term;
  }
  if (largest === -Infinity) return 1; // no bins, or all of zero volume
  let scaled = 0;
  for (const { dose, volume } of bins) scaled += portableExp(portableLog(volume) - dose * (alpha + betaPerFraction * dose) - largest);
  return portableExp(-portableExp(portableLog(clonogenDensity) + largest + portableLog(scaled)));
}
