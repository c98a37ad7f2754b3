import { logAddExp } from './logAddExp.js';
import { fractionLogSurvival } from './fractionLogSurvival.js';
import type { Schedule } from './schedule.js';
import type { SurvivalModel } from './survivalModel.js';
import { portableExp } from './portable/portableExp.js';
import { portableExpm1 } from './portable/portableExpm1.js';
import { portableLog } from './portable/portableLog.js';
import { portableLog1p } from './portable/portableLog1p.js';

/** Parameters of {@link tcpZaiderMinerbo}. */
export interface ZaiderMinerboParameters {
  /** The course (doses Gy, days ≥ 0 on the clock whose day 0 starts the process). */
  readonly schedule: Schedule;
  /** α, 1/Gy (finite, ≥ 0). */
  readonly alpha: number;
  /** β, 1/Gy² (finite, ≥ 0). */
  readonly beta: number;
  /** Birth (division) rate b per clonogen, 1/day (finite, ≥ 0), e.g. ln 2/T_pot. */
  readonly birthRate: number;
  /** Spontaneous death (cell-loss) rate δ per clonogen, 1/day (finite, ≥ 0). */
  readonly deathRate: number;
  /** Clonogen number N₀ at day 0 (≥ 0, need not be an integer). */
  readonly clonogens: number;
  /** Day t at which TCP is evaluated, days (finite, ≥ 0), on the schedule's clock. */
  readonly day: number;
  /** Survival curve per fraction, default LQ. */
  readonly model?: SurvivalModel;
}

const lq: SurvivalModel = { model: 'lq' };

/**
 * ln ∫_{t₁}^{t₁+Δ} e^{−L − λt′} dt′ = −L − λt₁ + ln Δ + ln g(λΔ), g(x) = (1 − e^{−x})/x (g(0) = 1): the closed
 * form of one piece of the Zaider–Minerbo integral, in logs so that e^{−L} (L = ln S, down to −10³) cannot
 * overflow, and with expm1 so that λΔ → 0 keeps its digits.
 */
function logPiece(logSurvival: number, lambda: number, start: number, length: number): number {
  if (length === 0) return -Infinity;
  const x = lambda * length;
  const logG = x === 0 ? 0 : Math.max(0, -x) + portableLog(-portableExpm1(-Math.abs(x))) - portableLog(Math.abs(x));
  return -logSurvival - lambda * start + portableLog(length) + logG;
}

/**
 * Zaider–Minerbo tumour control probability of a birth–death clonogen population under fractionated irradiation:
 * TCP(t) = [1 − P(t)]^{N₀} with P(t) = S(t)e^{λt}/(1 + b·S(t)e^{λt}∫₀ᵗ dt′/(S(t′)e^{λt′})), λ = b − δ, where
 * P is the probability that one clonogen's lineage is still alive at t and S(t) the surviving fraction of the
 * fractions delivered up to t (a step function, right-continuous: a fraction on day t counts).
 *
 * S is constant between fractions, so the integral is a sum of closed-form pieces S_j⁻¹(e^{−λt_j} − e^{−λt_{j+1}})/λ
 * (Δ/S_j when λ = 0), accumulated in logs; 1/P = 1/(S e^{λt}) + b·∫ is formed by log-sum-exp and
 * ln TCP = N₀·log1p(−P), so N₀ = 10⁹ with P ~ 10⁻¹⁰ keeps its digits. Limits: b = δ = 0 gives the binomial TCP
 * (1 − S)^{N₀}, which differs from the Poisson exp(−N₀S) by at most N₀S²/(2(1 − S)) (so it tends to it as S → 0
 * with N₀S fixed); b = 0 gives (1 − S e^{−δt})^{N₀}; no fractions gives Kendall's extinction probability
 * [δ(e^{λt} − 1)/(b e^{λt} − δ)]^{N₀}. TCP(t) never decreases in t (extinction is absorbing).
 * @param p - schedule, α (1/Gy), β (1/Gy²), b and δ (1/day), N₀, the day t, model; see
 *   {@link ZaiderMinerboParameters}
 * @returns TCP in [0, 1]; NaN for NaN or out-of-domain input (negative or non-finite rates, α, β, t; N₀ < 0; a
 *   fraction before day 0; an invalid schedule or model)
 * @remarks Zaider M, Minerbo GN. "Tumour control probability: a formulation applicable to any temporal protocol
 *   of dose delivery". Phys Med Biol 2000;45:279–293. Kendall DG. Ann Math Stat 1948;19:1–15.
 *   docs/models.md, "Tumour control probability".
 */
export function tcpZaiderMinerbo(p: ZaiderMinerboParameters): number {
  const { schedule, alpha, beta, birthRate, deathRate, clonogens, day, model = lq } = p;
  if (!(birthRate >= 0 && birthRate < Infinity && deathRate >= 0 && deathRate < Infinity)) return Number.NaN;
  if (!(clonogens >= 0 && day >= 0 && day < Infinity)) return Number.NaN;
  if (!(alpha >= 0 && alpha < Infinity && beta >= 0 && beta < Infinity)) return Number.NaN;
  const lambda = birthRate - deathRate;
  const cell = { alpha, beta };
  const sorted = schedule.every((f, k) => k === 0 || schedule[k - 1].day <= f.day)
    ? schedule
    : [...schedule].sort((a, b) => a.day - b.day);
  let logSurvival = 0; // ln S(t′) on the current piece
  let logIntegral = -Infinity; // ln ∫₀^{t′} dt″/(S e^{λt″})
  let start = 0;
  for (const fraction of sorted) {
    const logFraction = fractionLogSurvival(fraction.dose, cell, model);
    if (!(fraction.day >= 0 && fraction.day < Infinity) || Number.isNaN(logFraction)) return Number.NaN;
    if (fraction.day > day) continue; // validated, but delivered after t
    logIntegral = logAddExp(logIntegral, logPiece(logSurvival, lambda, start, fraction.day - start));
    logSurvival += logFraction;
    start = fraction.day;
  }
  logIntegral = logAddExp(logIntegral, logPiece(logSurvival, lambda, start, day - start));
  if (clonogens === 0) return 1;
  // ln(1/P) = ln(1/(S e^{λt}) + b ∫) ≥ 0 in exact arithmetic.
  const logInverse = logAddExp(-(logSurvival + lambda * day), portableLog(birthRate) + logIntegral);
  const lineage = portableExp(-Math.max(0, logInverse));
  return portableExp(clonogens * portableLog1p(-lineage));
}
