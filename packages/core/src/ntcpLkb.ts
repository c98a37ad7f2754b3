import type { DoseVolumeBin } from './doseVolumeBin.js';
import { geud } from './geud.js';
import { normalCdf } from './normalCdf.js';

/** Parameters of {@link ntcpLkb}. */
export interface LkbParameters {
  /** TD₅₀, the uniform whole-organ dose (gEUD) for 50% complication, Gy (> 0, finite). */
  readonly td50: number;
  /** m, the slope parameter: SD of the probit in units of TD₅₀ (> 0, finite). */
  readonly m: number;
  /** n, the volume parameter (> 0; gEUD exponent 1/n: n = 1 mean dose, n → 0 maximum dose). */
  readonly n: number;
  /** α/β of the organ, Gy (> 0): with `fractions`, bin doses are first converted to EQD2. */
  readonly alphaBeta?: number;
  /** Number of fractions the bin doses were delivered in (> 0): with `alphaBeta`, converts to EQD2. */
  readonly fractions?: number;
}

/**
 * Lyman–Kutcher–Burman normal-tissue complication probability, NTCP = Φ((gEUD − TD₅₀)/(m·TD₅₀)) with
 * gEUD = (Σ v_k D_k^{1/n})ⁿ over relative volumes (see {@link geud}). When `alphaBeta` and `fractions` are both
 * given, each bin's total dose D_k is first converted to EQD2 at that α/β: D_k·(D_k/n_f + α/β)/(2 + α/β).
 * @param bins - differential DVH of the organ: total dose in Gy and volume (any unit, normalised) per bin
 * @param p - TD₅₀ (Gy), m, n, optional α/β (Gy) and number of fractions; see {@link LkbParameters}
 * @returns NTCP in [0, 1], ½ when gEUD = TD₅₀, non-decreasing in every bin dose; NaN for NaN or out-of-domain
 *   input (bad bins as for {@link geud}, TD₅₀ ≤ 0, m ≤ 0, n ≤ 0, only one of α/β and fractions)
 * @remarks Lyman JT. Radiat Res Suppl 1985;8:S13; Kutcher GJ, Burman C. IJROBP 1989;16:1623; Burman C et al.
 *   IJROBP 1991;21:123. docs/models.md, "Normal-tissue complication (LKB)".
 */
export function ntcpLkb(bins: readonly DoseVolumeBin[], p: LkbParameters): number {
  const { td50, m, n, alphaBeta, fractions } = p;
  if (!(td50 > 0 && td50 < Infinity && m > 0 && m < Infinity && n > 0)) return Number.NaN;
  let doses = bins;
  if (alphaBeta !== undefined || fractions !== undefined) {
    if (alphaBeta === undefined || fractions === undefined || !(alphaBeta > 0 && fractions > 0)) return Number.NaN;
    doses = bins.map(({ dose, volume }) => ({
      dose: alphaBeta === Infinity ? dose : (dose * (dose / fractions + alphaBeta)) / (2 + alphaBeta),
      volume,
    }));
  }
  return normalCdf((geud(doses, 1 / n) - td50) / (m * td50));
}
