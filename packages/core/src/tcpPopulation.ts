import { fractionLogSurvival } from './fractionLogSurvival.js';
import { normalCdf } from './normalCdf.js';
import { overallTime } from './overallTime.js';
import { panelTcpIntegral, untruncatedTcpIntegral, zMax } from './populationTcpQuadrature.js';
import { repopulationLogGain } from './repopulationLogGain.js';
import type { Schedule } from './schedule.js';
import { survivalCoefficients } from './survivalCoefficients.js';
import type { SurvivalModel } from './survivalModel.js';
import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';
import { distinctFractionDoses } from './distinctFractionDoses.js';

/** Parameters of {@link tcpPopulation}. */
export interface PopulationTcpParameters {
  /** The course (doses Gy, days). */
  readonly schedule: Schedule;
  /** ᾱ, mean of the untruncated normal, 1/Gy (finite, ≥ 0). */
  readonly alphaMean: number;
  /** σ_α, its standard deviation, 1/Gy (finite, ≥ 0; 0 gives the Poisson TCP at ᾱ). */
  readonly alphaSd: number;
  /** α/β, Gy (> 0; Infinity means β = 0); β = α/(α/β) for every α. */
  readonly alphaBeta: number;
  /** Initial clonogen number N₀ (≥ 0). */
  readonly clonogens: number;
  /** Doubling time T_d during treatment, days (> 0); give it together with `kickoffTime`. */
  readonly doublingTime?: number;
  /** Kick-off time T_k, days (≥ 0); give it together with `doublingTime`. */
  readonly kickoffTime?: number;
  /** Survival curve, default LQ. */
  readonly model?: SurvivalModel;
}

const lq: SurvivalModel = { model: 'lq' };
/** Probability mass of α at or below 0 times the TCP there, below which the truncation needs no quadrature. */
const truncationNeglect = 1e-10;
/** Largest normal mass allowed where USC is undefined (αD₀ ≥ 1). */
const uscNeglect = 1e-9;

/**
 * Population tumour control probability (Webb & Nahum 1993): α varies between patients as a normal distribution
 * truncated at 0, β = α/(α/β), TCP_pop = ∫₀^∞ TCP(α) φ((α − ᾱ)/σ)/σ dα / Φ(ᾱ/σ), with the Poisson
 * TCP(α) = exp(−N₀ S(α)·G), S from the schedule and the survival model, and G the repopulation gain
 * ln G = (ln 2/T_d)·max(0, T − T_k) when `doublingTime` and `kickoffTime` are given.
 *
 * Deterministic quadrature, absolute error ≤ 1e−6 (measured worst case ~3e−9 over the whole parameter range,
 * < 1e−9 on the reference cases, against brute-force integration, scripts/reference/core_tcp_ntcp.py). For LQ and
 * LQ-L, −ln S = α·A with A = alphaDose + betaDose/(α/β) ({@link survivalCoefficients}, computed once), so
 * ln(N₀ S G) = k − s z with α = ᾱ + σz, s = Aσ, and a Gauss–Hermite rule (s ≤ 0.85, 36 exponentials) or a
 * Gauss–Gumbel rule (32, 12 or 8 normal CDFs as s grows) does the integral; the truncation at α = 0 only needs work when Φ(−ᾱ/σ)·TCP(0) > 1e−10 (very few clonogens),
 * and then an adaptive Gauss–Legendre panel rule takes over. USC is not linear in α: it uses the panel rule on
 * {@link fractionLogSurvival} (one call per distinct dose per node), and is undefined where αD₀ ≥ 1, so it
 * returns NaN when the α distribution puts more than 1e−9 there.
 * @param p - schedule, ᾱ and σ_α (1/Gy), α/β (Gy), N₀, optional T_d and T_k (days), model; see
 *   {@link PopulationTcpParameters}
 * @returns TCP_pop in [0, 1]; as σ_α → 0 it tends to the Poisson TCP at ᾱ (σ_α = 0 gives it exactly); NaN for
 *   NaN or out-of-domain input (negative ᾱ, σ_α or N₀, α/β ≤ 0, an invalid schedule or model, only one of T_d
 *   and T_k, USC beyond its domain as above)
 * @remarks Webb S, Nahum AE. Phys Med Biol 1993;38:653–666. docs/models.md, "Tumour control
 *   probability". Quadrature: see populationTcpQuadrature.ts.
 */
export function tcpPopulation(p: PopulationTcpParameters): number {
  const { schedule, alphaMean, alphaSd, alphaBeta, clonogens, doublingTime, kickoffTime, model = lq } = p;
  if (!(alphaMean >= 0 && alphaMean < Infinity && alphaSd >= 0 && alphaSd < Infinity && alphaBeta > 0 && clonogens >= 0)) {
    return Number.NaN;
  }
  let logGain = 0;
  if (doublingTime !== undefined || kickoffTime !== undefined) {
    if (doublingTime === undefined || kickoffTime === undefined) return Number.NaN;
    logGain = repopulationLogGain(overallTime(schedule), { doublingTime, kickoffTime });
  }
  // c = ln(N₀ G): −∞ for N₀ = 0 (TCP 1), +∞ for N₀ = ∞ (TCP 0).
  const c = portableLog(clonogens) + logGain;
  if (Number.isNaN(c)) return Number.NaN;
  if (model.model === 'usc') return uscPopulationTcp(schedule, alphaMean, alphaSd, alphaBeta, c, model.d0);
  const { alphaDose, betaDose } = survivalCoefficients(schedule, model);
  const effectiveDose = alphaDose + betaDose / alphaBeta; // A in −ln S = αA, Gy
  if (!(effectiveDose >= 0)) return Number.NaN;
  const k = c - effectiveDose * alphaMean;
  if (alphaSd === 0) return portableExp(-portableExp(k));
  const s = effectiveDose * alphaSd;
  const z0 = -alphaMean / alphaSd;
  const keptMass = normalCdf(-z0); // Φ(ᾱ/σ) ≥ ½
  // The part of the untruncated integral below z₀ is at most Φ(z₀)·TCP(α = 0) = Φ(z₀)·exp(−e^c).
  let integral: number;
  if (normalCdf(z0) * portableExp(-portableExp(c)) <= truncationNeglect) {
    integral = untruncatedTcpIntegral(k, s);
  } else {
    integral = panelTcpIntegral(Math.max(z0, -zMax), zMax, (z) => k - s * z) + normalCdf(-zMax);
  }
  return Math.min(1, Math.max(0, integral / keptMass));
}

function uscPopulationTcp(schedule: Schedule, alphaMean: number, alphaSd: number, alphaBeta: number, c: number, d0: number): number {
  if (!(d0 > 0) || !Number.isFinite(overallTime(schedule))) return Number.NaN;
  // Without repair terms, ln S is a sum over fractions: group equal doses so each node costs one call per dose.
  const { doses, counts } = distinctFractionDoses(schedule);
  const model: SurvivalModel = { model: 'usc', d0 };
  const logSurvivors = (alpha: number): number => {
    let sum = c;
    const cell = { alpha, beta: alpha / alphaBeta };
    for (let i = 0; i < doses.length; i++) sum += counts[i] * fractionLogSurvival(doses[i], cell, model);
    return sum;
  };
  if (alphaSd === 0) return portableExp(-portableExp(logSurvivors(alphaMean)));
  const z0 = -alphaMean / alphaSd;
  const lo = Math.max(z0, -zMax);
  const hi = Math.min(zMax, ((1 - 1e-12) / d0 - alphaMean) / alphaSd);
  if (!(hi > lo) || normalCdf(-hi) > uscNeglect + normalCdf(-zMax)) return Number.NaN;
  // At the truncation z0 = −ᾱ/σ, ᾱ + σ·z0 can round to −1e−17 (ᾱ 0.3, σ 0.07), where USC's kernel is NaN: α ≥ 0 there.
  const u = (z: number): number => logSurvivors(Math.max(0, alphaMean + alphaSd * z));
  // Above hi (negligible mass) exp(−e^u) is taken at its value at hi.
  const integral = panelTcpIntegral(lo, hi, u) + normalCdf(-hi) * portableExp(-portableExp(u(hi)));
  return Math.min(1, Math.max(0, integral / normalCdf(-z0)));
}
