import { doublingsToDetection } from './doublingsToDetection.js';
import { normalCdf } from './normalCdf.js';
import { portableExp } from './portable/portableExp.js';
import { portableExpm1 } from './portable/portableExpm1.js';
import { portableLog } from './portable/portableLog.js';
import { portableLog1p } from './portable/portableLog1p.js';
import { daysPerYear } from './daysPerYear.js';

/** Input of {@link localControlCurve}: one patient (covariates fixed) and one treatment of the local-control model. */
export interface LocalControlCurveParameters {
  /** Times t after the end of treatment, days, ascending, ≥ 0. */
  readonly days: readonly number[];
  /** π, probability that clonogenic disease is left (residualDiseaseProbability; 1 for gross disease), 0–1. */
  readonly residualProbability: number;
  /** ln of the median clonogen number before RT: ln n_res of a residue, or ln N₀ of a gross tumour. */
  readonly logClonogens: number;
  /** σ of ln clonogens between patients (≥ 0; 0 for a gross tumour of known size). */
  readonly logClonogensSigma: number;
  /** ln S of the whole treatment at radiosensitivity α (1/Gy), ≤ 0 (0 for surgery alone); NaN propagates. */
  readonly logSurvival: (alpha: number) => number;
  /**
   * ln of the expected survivors of a second, gross compartment at α (ln N₀ + ln S_gross(α)), added to the first's:
   * m = n·S(α) + N₀·S_gross(α), both at the patient's α (R2 with a residue: the remnant beside the residue of an
   * unplanned R1 margin). Absent: one compartment. Given, it needs a varying residue and α (σ > 0, α SD > 0).
   */
  readonly grossLogLeft?: (alpha: number) => number;
  /** Mean and SD of α between patients, 1/Gy (normal truncated at 0; SD 0 for a single α). */
  readonly alphaMean: number;
  readonly alphaSd: number;
  /** N_detect, clonogens of a detectable recurrence (> 0). */
  readonly detectionClonogens: number;
  /** T_d,50 of the patient's grade (gradeDoublingTime), days (> 0). */
  readonly medianDoublingTime: number;
  /** σ_T, SD of ln T_d between patients (> 0). */
  readonly doublingTimeSigma: number;
  /** q, share of failures that are dormant first (0–1). */
  readonly dormantShare: number;
  /** λ, reawakening rate of a dormant failure, per year (> 0). */
  readonly reawakeningRatePerYear: number;
}

/** Largest internal time step, days: the dormant term's error is ≤ (λΔ)²/8 relative, 3 × 10⁻⁵ at the library λ. */
const maxStepDays = daysPerYear / 12;
/** Integration range of a standard normal deviate, ±zMax: φ(7) = 9 × 10⁻¹², below every shown digit. */
const zMax = 7;
/** Three-point Gauss–Legendre rule on [−1, 1], exact for polynomials of degree 5. */
const legendreNodes: readonly number[] = [-Math.sqrt(0.6), 0, Math.sqrt(0.6)];
const legendreWeights: readonly number[] = [5 / 9, 8 / 9, 5 / 9];
/** Width of an outer Gauss–Legendre panel (α when the residue also varies), SD. */
const outerPanelWidth = 2;
/** Width of an inner α cell and of an outer ln n panel with two compartments (`grossLogLeft`), SD. */
const twoCompartmentCellWidth = 0.1;
const twoCompartmentOuterPanelWidth = 1;
/**
 * Width of an inner cell, SD, for the residue's ln n and for a gross tumour's α (one dimension only, so finer): the
 * cell average of the detection CDF is exact, the failure probability is trapezoidal across the cell.
 */
const residueCellWidth = 0.25;
const grossCellWidth = 0.05;
/** A cell whose weighted failure probability is below this adds nothing visible and is skipped. */
const negligible = 1e-18;
const inverseSqrtTwoPi = 0.3989422804014327;

interface Rule {
  readonly z: Float64Array;
  readonly w: Float64Array;
}

/**
 * Composite Gauss–Legendre nodes for E[g(Z)], Z standard normal restricted to [lo, zMax], weights φ(z)·dz
 * normalised to sum to 1 (so the rule is exact for constants and the truncation at lo is the conditional law).
 */
function outerRule(lo: number, panelWidth = outerPanelWidth): Rule {
  const from = Math.max(lo, -zMax);
  const panels = Math.max(1, Math.ceil((zMax - from) / panelWidth));
  const width = (zMax - from) / panels;
  const z = new Float64Array(panels * 3);
  const w = new Float64Array(panels * 3);
  let total = 0;
  for (let p = 0; p < panels; p++) {
    for (let k = 0; k < 3; k++) {
      const node = from + width * (p + 0.5 + 0.5 * legendreNodes[k]);
      const weight = 0.5 * width * legendreWeights[k] * portableExp(-0.5 * node * node);
      z[3 * p + k] = node;
      w[3 * p + k] = weight;
      total += weight;
    }
  }
  for (let i = 0; i < w.length; i++) w[i] /= total;
  return { z, w };
}

/** Cell edges z over [lo, zMax] and each cell's normal mass Φ(z_{j+1}) − Φ(z_j), normalised to sum to 1. */
function innerCells(lo: number, width: number): Rule {
  const from = Math.max(lo, -zMax);
  const cells = Math.max(1, Math.ceil((zMax - from) / width));
  const z = Float64Array.from({ length: cells + 1 }, (_, j) => from + ((zMax - from) * j) / cells);
  const w = new Float64Array(cells);
  let total = 0;
  for (let j = 0; j < cells; j++) {
    w[j] = z[j] < 0 ? normalCdf(z[j + 1]) - normalCdf(z[j]) : normalCdf(-z[j]) - normalCdf(-z[j + 1]);
    total += w[j];
  }
  for (let j = 0; j < cells; j++) w[j] /= total;
  return { z, w };
}

const single: Rule = { z: Float64Array.of(0), w: Float64Array.of(1) };

/** The requested days on a grid from 0 with steps ≤ maxStepDays; `at[i]` is the grid index of days[i]. */
function timeGrid(days: readonly number[]): { grid: Float64Array; at: Int32Array } {
  const grid: number[] = [0];
  const at = new Int32Array(days.length);
  days.forEach((day, i) => {
    const last = grid[grid.length - 1];
    const steps = Math.ceil((day - last) / maxStepDays);
    for (let s = 1; s <= steps; s++) grid.push(s === steps ? day : last + ((day - last) * s) / steps);
    at[i] = grid.length - 1;
  });
  return { grid: Float64Array.from(grid), at };
}

function validParameters(p: LocalControlCurveParameters): boolean {
  const ascending = p.days.every((day, i) => day >= 0 && day < Infinity && (i === 0 || day >= (p.days[i - 1] ?? 0)));
  return ascending && p.residualProbability >= 0 && p.residualProbability <= 1 && p.logClonogens === p.logClonogens &&
    p.logClonogensSigma >= 0 && p.alphaMean >= 0 && p.alphaSd >= 0 && p.detectionClonogens > 0 &&
    p.medianDoublingTime > 0 && p.doublingTimeSigma > 0 && p.dormantShare >= 0 && p.dormantShare <= 1 &&
    p.reawakeningRatePerYear > 0 && (p.grossLogLeft === undefined || (p.logClonogensSigma > 0 && p.alphaSd > 0));
}

/** ln(e^a + e^b) without overflow; b = −∞ (an empty compartment) gives a. */
function logAddExp(a: number, b: number): number {
  if (b === -Infinity) return a;
  const high = a > b ? a : b;
  return high + portableLog1p(portableExp(-Math.abs(a - b)));
}

/** ∫_{−∞}^x Φ(u) du = xΦ(x) + φ(x), the antiderivative that gives a cell's exact average of Φ. */
function integratedCdf(x: number, cdf: number): number {
  return x * cdf + inverseSqrtTwoPi * portableExp(-0.5 * x * x);
}

/** One line of patients (the inner deviate at fixed outer node): per edge μ = ln(D·T_d,50) (−∞ when D = 0). */
interface Line {
  readonly mu: Float64Array;
  /** Per cell: weight × mean failure probability of its two edges (trapezoid). */
  readonly cellWeight: Float64Array;
}

/**
 * Adds one line's failures to the running sums at every grid time: A(t) += Σ_cells w·avg_cell P(τ ≤ t) and the
 * dormant detection Q(t) += Σ_edges w·(P(τ ≤ t) − e^{−λt}·C), C = E[e^{λτ}; τ ≤ t], both terms of Q on the edges'
 * trapezoid so that it is ≥ 0 edge by edge (taking its first term from A, a different rule, left a small difference
 * of two rules that could be negative, or jump, where the dormant share is large). The awake CDF Φ((ln t − μ)/σ) is
 * averaged over each cell exactly for μ linear across it (∫Φ = xΦ + φ), so its steepness in the deviate (σ_T small)
 * needs no fine grid; the dormant detection, P(τ ≤ t) convolved with the dormancy, is smoother and takes the edges.
 * C is summed interval by interval with e^{λτ} at the interval's conditional mean of τ, the lognormal partial first
 * moment e^{μ+σ²/2}[Φ(x_b − σ) − Φ(x_a − σ)]: exact to first order in λΔ, an error ≤ (λΔ)²/8 of the interval's share.
 * Per time step each edge's Φ and ∫Φ are computed once (shared by its two cells), and a Φ that has reached 1 is not
 * evaluated again (Φ is non-decreasing in t).
 */
function addLine(line: Line, p: LocalControlCurveParameters, grid: Float64Array, rate: number, awake: Float64Array, dormant: Float64Array): void {
  const edges = line.mu.length;
  const sigma = p.doublingTimeSigma;
  const edgeWeight = new Float64Array(edges);
  for (let j = 0; j < line.cellWeight.length; j++) {
    edgeWeight[j] += 0.5 * line.cellWeight[j];
    edgeWeight[j + 1] += 0.5 * line.cellWeight[j];
  }
  // Per edge, not per time: e^{μ+σ²/2} (days), the scale of the lognormal's partial first moment of τ.
  const momentScale = line.mu.map((mu) => (mu === -Infinity ? 0 : portableExp(mu + 0.5 * sigma * sigma)));
  const previous = new Float64Array(edges);
  const previousShifted = new Float64Array(edges);
  const sums = new Float64Array(edges);
  const x = new Float64Array(edges);
  const cdf = new Float64Array(edges);
  // ∫Φ up to each edge's x: one value per edge and time, shared by the edge's two cells.
  const integrated = new Float64Array(edges);
  for (let k = 1; k < grid.length; k++) {
    const logDay = portableLog(grid[k]);
    const decay = portableExp(-rate * grid[k]);
    let dormantSum = 0;
    for (let j = 0; j < edges; j++) {
      // An edge of no weighted cell adds nothing to either sum.
      if (edgeWeight[j] === 0) continue;
      const mu = line.mu[j];
      if (mu === -Infinity) {
        // Already detectable: τ = 0, so P = 1 and e^{λτ} = 1 from t = 0 on.
        x[j] = Infinity;
        cdf[j] = 1;
        sums[j] = 1;
      } else {
        x[j] = (logDay - mu) / sigma;
        // Φ is monotone: once 1 it stays 1 as t grows (no mass, nothing to shift); while 0 so is Φ(x − σ).
        cdf[j] = previous[j] === 1 ? 1 : normalCdf(x[j]);
        const mass = cdf[j] - previous[j];
        if (mass > 0) {
          const shifted = normalCdf(x[j] - sigma);
          const mean = (momentScale[j] * (shifted - previousShifted[j])) / mass;
          // Rounding can put the ratio of two tiny differences outside its interval: clamp it back.
          const inside = mean < grid[k - 1] ? grid[k - 1] : mean > grid[k] ? grid[k] : mean;
          sums[j] += mass * portableExp(rate * inside);
          previousShifted[j] = shifted;
        } else if (cdf[j] !== 0 && cdf[j] !== 1) {
          previousShifted[j] = normalCdf(x[j] - sigma);
        }
        previous[j] = cdf[j];
      }
      integrated[j] = x[j] === Infinity ? Infinity : integratedCdf(x[j], cdf[j]);
      dormantSum += edgeWeight[j] * (cdf[j] - decay * sums[j]);
    }
    let awakeSum = 0;
    for (let j = 0; j < edges - 1; j++) {
      const weight = line.cellWeight[j];
      if (weight === 0) continue;
      const a = x[j];
      const b = x[j + 1];
      const spread = b - a;
      // A cell with an already detectable edge, or too narrow in x for the difference quotient: edge average.
      const average = a === Infinity || b === Infinity || !(Math.abs(spread) > 1e-6)
        ? 0.5 * (cdf[j] + cdf[j + 1])
        : (integrated[j + 1] - integrated[j]) / spread;
      awakeSum += weight * average;
    }
    awake[k] += awakeSum;
    dormant[k] += dormantSum;
  }
}

/**
 * Expected local control over time of one patient of the local-control model (docs/local-control-model.md,
 * "Fit"), by deterministic quadrature over the patient's unknowns:
 * LC(t) = 1 − π·E_{α,n}[(1 − e^{−m})·((1 − q)·P(τ ≤ t) + q·P(s + τ ≤ t))], m = n·S(α) the expected surviving
 * clonogens (plus N₀·S_gross(α) with a second, gross compartment, `grossLogLeft`), τ the awake detection time
 * (D = doublingsToDetection(ln m) doublings of lognormal T_d, as recurrenceDetectionProbability), s ~ Exponential(λ)
 * the dormancy (dormancyDays), with P(s + τ ≤ t) = P(τ ≤ t) − e^{−λt}·E[e^{λτ}; τ ≤ t].
 * @param parameters - the patient and treatment; see {@link LocalControlCurveParameters} for units
 * @returns LC at each of `days`, in [0, 1]; NaN everywhere outside the domain (unsorted or negative days, a
 *   probability outside [0, 1], σ_T ≤ 0, …) and where ln S is NaN
 * @remarks The Python reference's model (scripts/reference/local_control_model.py, `Stratum.lc`) with its
 *   Monte Carlo over α, ln n and the dormancy replaced by quadrature: α ~ Normal truncated at 0 and
 *   ln n ~ Normal(ln n_res, σ) over ±7 SD (α on three-point Gauss–Legendre panels of 2 SD, ln n on exact cells of
 *   ¼ SD; with a gross compartment α on exact cells of 0.1 SD and ln n on panels of 1 SD), the regrowth time exactly
 *   (normal CDF) and the dormancy by its partial-moment form on an internal grid of at most a month. No first-visit floor and K = E[K | failure] (the fit's form), so the engine's Kaplan–Meier differs
 *   within its sampling error and by its visit schedule. Scripts/reference/local_control_explorer.py checks it.
 */
export function localControlCurve(parameters: LocalControlCurveParameters): Float64Array {
  const p = parameters;
  const out = new Float64Array(p.days.length);
  if (!validParameters(p)) return out.fill(Number.NaN);
  const { grid, at } = timeGrid(p.days);
  const awake = new Float64Array(grid.length);
  const dormant = new Float64Array(grid.length);
  const rate = p.reawakeningRatePerYear / daysPerYear;
  if (p.grossLogLeft !== undefined) {
    if (!addTwoCompartments(p, p.grossLogLeft, grid, rate, awake, dormant)) return out.fill(Number.NaN);
    return finish(p, at, awake, dormant, out);
  }
  // The inner deviate gets exact cell averages: ln n when the residue varies, else α (a gross tumour).
  const residueVaries = p.logClonogensSigma > 0;
  const alphaLow = p.alphaSd > 0 ? -p.alphaMean / p.alphaSd : -zMax;
  const outer = residueVaries && p.alphaSd > 0 ? outerRule(alphaLow) : single;
  const inner = residueVaries ? innerCells(-zMax, residueCellWidth) : p.alphaSd > 0 ? innerCells(alphaLow, grossCellWidth) : single;
  const edges = inner.z.length;
  // Outer nodes with the same ln S (surgery alone: every α) give the same line: merge their weights.
  const outerWeights = new Map<number, number>();
  for (let i = 0; i < outer.z.length; i++) {
    if (!residueVaries) {
      outerWeights.set(Number.NaN, 1);
      break;
    }
    const alpha = p.alphaMean + p.alphaSd * outer.z[i];
    const logSurvival = p.logSurvival(alpha < 0 ? 0 : alpha);
    if (logSurvival !== logSurvival) return out.fill(Number.NaN);
    outerWeights.set(logSurvival, (outerWeights.get(logSurvival) ?? 0) + outer.w[i]);
  }
  for (const [outerLogSurvival, outerWeight] of outerWeights) {
    const mu = new Float64Array(edges);
    const failure = new Float64Array(edges);
    for (let j = 0; j < edges; j++) {
      let logSurvival = outerLogSurvival;
      if (!residueVaries) {
        const alpha = p.alphaMean + p.alphaSd * inner.z[j];
        logSurvival = p.logSurvival(alpha < 0 ? 0 : alpha);
        if (logSurvival !== logSurvival) return out.fill(Number.NaN);
      }
      setEdge(p, p.logClonogens + (residueVaries ? p.logClonogensSigma * inner.z[j] : 0) + logSurvival, j, failure, mu);
    }
    if (edges === 1) {
      // A single patient (no spread at all): a cell of zero width, whose average is its edge's value.
      const weight = outerWeight * failure[0];
      if (weight >= negligible) addLine({ mu: Float64Array.of(mu[0], mu[0]), cellWeight: Float64Array.of(weight) }, p, grid, rate, awake, dormant);
      continue;
    }
    addWeightedLine(p, mu, failure, outerWeight, inner.w, grid, rate, awake, dormant);
  }
  return finish(p, at, awake, dormant, out);
}

/**
 * Edge j of a line from its ln m: the failure probability 1 − e^{−m} and μ = ln(D·T_d,50) of its detection time
 * (−∞ when already detectable).
 */
function setEdge(p: LocalControlCurveParameters, logLeft: number, j: number, failure: Float64Array, mu: Float64Array): void {
  // 1 − e^{−m} without cancellation for small m; e^{ln m} may overflow to ∞, which gives 1.
  failure[j] = -portableExpm1(-portableExp(logLeft));
  const doublings = doublingsToDetection(logLeft, p.detectionClonogens);
  mu[j] = doublings > 0 ? portableLog(doublings * p.medianDoublingTime) : -Infinity;
}

/**
 * Adds the line of one outer node: each cell weighs outer weight × cell mass × the trapezoid of its edges' failure
 * probabilities, a negligible weight counting as 0; a line with no weight at all is skipped.
 */
function addWeightedLine(
  p: LocalControlCurveParameters,
  mu: Float64Array,
  failure: Float64Array,
  outerWeight: number,
  cellMass: Float64Array,
  grid: Float64Array,
  rate: number,
  awake: Float64Array,
  dormant: Float64Array,
): void {
  const cellWeight = new Float64Array(mu.length - 1);
  let total = 0;
  for (let j = 0; j < cellWeight.length; j++) {
    const weight = outerWeight * cellMass[j] * 0.5 * (failure[j] + failure[j + 1]);
    cellWeight[j] = weight < negligible ? 0 : weight;
    total += cellWeight[j];
  }
  if (total > 0) addLine({ mu, cellWeight }, p, grid, rate, awake, dormant);
}

/** LC at the requested days from the summed awake and dormant detections. */
function finish(p: LocalControlCurveParameters, at: Int32Array, awake: Float64Array, dormant: Float64Array, out: Float64Array): Float64Array {
  const q = p.dormantShare;
  for (let i = 0; i < at.length; i++) {
    const k = at[i];
    const failed = (1 - q) * awake[k] + q * (dormant[k] > 0 ? dormant[k] : 0);
    out[i] = 1 - p.residualProbability * failed;
  }
  return out;
}

/**
 * Two compartments (a residue of lognormal n and a gross tumour of N₀, survivors added at the patient's α): the
 * gross compartment dominates ln m and moves it steeply with α, so α is the inner deviate, with exact cell averages
 * of the detection CDF on fine cells, and the residue's ln n the outer one, on Gauss–Legendre panels (its effect on
 * ln m is damped where the gross tumour dominates). Taking α outer instead left steps in the curve of up to 9 × 10⁻³
 * (a brute-force grid of 3000 α × 200 ln n, 10 cm, 7 December 2026).
 * @returns false when a log survival is NaN
 */
function addTwoCompartments(p: LocalControlCurveParameters, grossLogLeft: (alpha: number) => number, grid: Float64Array, rate: number, awake: Float64Array, dormant: Float64Array): boolean {
  const alphaLow = -p.alphaMean / p.alphaSd;
  const inner = innerCells(alphaLow, twoCompartmentCellWidth);
  const outer = outerRule(-zMax, twoCompartmentOuterPanelWidth);
  const edges = inner.z.length;
  const residueLog = new Float64Array(edges);
  const grossLog = new Float64Array(edges);
  for (let j = 0; j < edges; j++) {
    const alpha = p.alphaMean + p.alphaSd * inner.z[j];
    residueLog[j] = p.logSurvival(alpha < 0 ? 0 : alpha);
    grossLog[j] = grossLogLeft(alpha < 0 ? 0 : alpha);
    if (residueLog[j] !== residueLog[j] || grossLog[j] !== grossLog[j]) return false;
  }
  for (let i = 0; i < outer.z.length; i++) {
    const logResidue = p.logClonogens + p.logClonogensSigma * outer.z[i];
    const mu = new Float64Array(edges);
    const failure = new Float64Array(edges);
    for (let j = 0; j < edges; j++) setEdge(p, logAddExp(logResidue + residueLog[j], grossLog[j]), j, failure, mu);
    addWeightedLine(p, mu, failure, outer.w[i], inner.w, grid, rate, awake, dormant);
  }
  return true;
}
