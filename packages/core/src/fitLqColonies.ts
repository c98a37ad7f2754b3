import { logGamma } from './logGamma.js';
import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';

/** One flask or well of a clonogenic assay, the input of {@link fitLqColonies}. */
export interface ColonyPoint {
  /** Single dose D, Gy (finite, ≥ 0). */
  readonly dose: number;
  /** Cells seeded n (> 0, finite). */
  readonly cellsSeeded: number;
  /** Colonies counted c (≥ 0, finite; integer counts, though non-integers are accepted as quasi-counts). */
  readonly colonies: number;
}

/** Result of {@link fitLqColonies}. */
export interface LqColonyFit {
  /** α, 1/Gy (≥ 0). */
  readonly alpha: number;
  /** β, 1/Gy² (≥ 0). */
  readonly beta: number;
  /** Plating efficiency PE, colonies per seeded cell at 0 Gy (> 0). */
  readonly platingEfficiency: number;
  /**
   * Inverse observed information in the order (α, β, PE): 3 × 3, symmetric. A coefficient held at 0 by the
   * constraint has zero row and column.
   */
  readonly covariance: readonly (readonly number[])[];
  /** Maximised Poisson log-likelihood Σ[c ln μ − μ − ln c!]. */
  readonly logLikelihood: number;
  /** Poisson deviance 2Σ[c ln(c/μ) − (c − μ)], a goodness-of-fit statistic (≈ χ² with `degreesOfFreedom`). */
  readonly deviance: number;
  /** Points minus free parameters. */
  readonly degreesOfFreedom: number;
  /** True when Newton's method met its tolerance. */
  readonly converged: boolean;
  /** Newton iterations of the returned fit. */
  readonly iterations: number;
  /** Coefficients held at 0 by the constraint α, β ≥ 0. */
  readonly bound: 'none' | 'alpha' | 'beta' | 'both';
}

function failed(): LqColonyFit {
  const nan = Number.NaN;
  return {
    alpha: nan,
    beta: nan,
    platingEfficiency: nan,
    covariance: [
      [nan, nan, nan],
      [nan, nan, nan],
      [nan, nan, nan],
    ],
    logLikelihood: nan,
    deviance: nan,
    degreesOfFreedom: nan,
    converged: false,
    iterations: 0,
    bound: 'none',
  };
}

/** Inverse of a small symmetric positive-definite matrix by Gauss–Jordan elimination; undefined if singular. */
function invert(matrix: number[][]): number[][] | undefined {
  const size = matrix.length;
  const work = matrix.map((row, i) => [...row, ...Array.from({ length: size }, (_, j) => (i === j ? 1 : 0))]);
  for (let column = 0; column < size; column++) {
    let pivotRow = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(work[row][column]) > Math.abs(work[pivotRow][column])) pivotRow = row;
    }
    [work[column], work[pivotRow]] = [work[pivotRow], work[column]];
    const pivot = work[column];
    const value = pivot[column];
    if (!(Math.abs(value) > 0)) return undefined;
    for (let j = 0; j < 2 * size; j++) pivot[j] = pivot[j] / value;
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const target = work[row];
      const factor = target[column];
      for (let j = 0; j < 2 * size; j++) target[j] = target[j] - factor * pivot[j];
    }
  }
  return work.map((row) => row.slice(size));
}

interface Submodel {
  readonly parameters: number[]; // (θ = ln PE, α, β) with fixed ones at 0
  readonly logLikelihood: number;
  readonly information: number[][] | undefined; // over the free parameters
  readonly converged: boolean;
  readonly iterations: number;
}

const maxIterations = 200;

/**
 * Maximum-likelihood fit of the linear–quadratic model to clonogenic-assay colony counts:
 * c ~ Poisson(μ), μ = n·PE·exp(−αD − βD²), with α, β ≥ 0 and plating efficiency PE > 0.
 *
 * This is a Poisson regression with log link and offset ln n in (ln PE, α, β); Newton's method (equal to IRLS for
 * the canonical link) with step halving maximises the concave log-likelihood from a weighted least-squares start,
 * until the Newton step is below 1e−10 standard errors (or stalls at rounding level). When the unconstrained maximum has α < 0 or β < 0, the submodels with α = 0,
 * β = 0 and both are fitted and the feasible one with the largest likelihood is returned (exact for two
 * constrained coefficients). Covariance: the inverse observed information I = Σ μᵢxᵢxᵢᵀ (x = (1, −D, −D²)), carried
 * from ln PE to PE by the delta method (exact for the inverse observed information at the maximum).
 * @param points - doses (Gy), cells seeded and colonies counted; see {@link ColonyPoint}
 * @returns the fit; see {@link LqColonyFit}. Bad input (fewer than 3 distinct doses, no colonies at all, a negative
 *   or non-finite value, n ≤ 0, NaN) or no convergence gives NaN estimates with `converged: false`.
 * @remarks The model of docs/models.md, "Avatars: fitting patient-derived model data"; McCullagh P,
 *   Nelder JA, Generalized Linear Models, 2nd ed, 1989 (Poisson log-linear models).
 */
export function fitLqColonies(points: readonly ColonyPoint[]): LqColonyFit {
  const doses = new Set<number>();
  let totalColonies = 0;
  for (const { dose, cellsSeeded, colonies } of points) {
    if (!(dose >= 0 && dose < Infinity && cellsSeeded > 0 && cellsSeeded < Infinity && colonies >= 0 && colonies < Infinity)) {
      return failed();
    }
    doses.add(dose);
    totalColonies += colonies;
  }
  if (doses.size < 3 || !(totalColonies > 0)) return failed();
  const rows = points.map(({ dose, cellsSeeded, colonies }) => ({
    x: [1, -dose, -dose * dose],
    offset: portableLog(cellsSeeded),
    colonies,
    logFactorial: logGamma(colonies + 1),
  }));

  // Rounding in ln L: its terms c·η, μ and ln c! are up to ~c·(1 + |ln c|) in size.
  const logLikelihoodNoise =
    1e-15 * rows.reduce((sum, row) => sum + row.logFactorial + row.colonies * (2 + Math.abs(portableLog(row.colonies + 1)) + Math.abs(row.offset)), 1);

  const fit = (free: readonly number[]): Submodel => {
    const logLikelihoodOf = (parameters: readonly number[]): number => {
      let sum = 0;
      for (const row of rows) {
        const eta = row.offset + row.x[0] * parameters[0] + row.x[1] * parameters[1] + row.x[2] * parameters[2];
        // c ln μ is 0 for c = 0 even when μ underflows.
        sum += (row.colonies === 0 ? 0 : row.colonies * eta) - portableExp(eta) - row.logFactorial;
      }
      return sum;
    };
    // Start: weighted least squares of ln((c + ½)/n) on the free columns, weights c + ½.
    const parameters = [0, 0, 0];
    {
      const normal = free.map(() => free.map(() => 0));
      const right = free.map(() => 0);
      for (const row of rows) {
        const w = row.colonies + 0.5;
        const y = portableLog(w) - row.offset;
        free.forEach((i, a) => {
          right[a] = right[a] + w * row.x[i] * y;
          free.forEach((j, b) => {
            normal[a][b] = normal[a][b] + w * row.x[i] * row.x[j];
          });
        });
      }
      const inverse = invert(normal);
      if (inverse !== undefined) {
        free.forEach((i, a) => {
          parameters[i] = inverse[a].reduce((sum, value, b) => sum + value * right[b], 0);
        });
      }
    }
    let logLikelihood = logLikelihoodOf(parameters);
    let information: number[][] | undefined;
    let previousDecrement = Infinity;
    for (let iteration = 1; iteration <= maxIterations; iteration++) {
      const score = free.map(() => 0);
      const matrix = free.map(() => free.map(() => 0));
      for (const row of rows) {
        const eta = row.offset + row.x[0] * parameters[0] + row.x[1] * parameters[1] + row.x[2] * parameters[2];
        const mu = portableExp(eta);
        free.forEach((i, a) => {
          score[a] = score[a] + (row.colonies - mu) * row.x[i];
          free.forEach((j, b) => {
            matrix[a][b] = matrix[a][b] + mu * row.x[i] * row.x[j];
          });
        });
      }
      information = matrix;
      const inverse = invert(matrix);
      if (inverse === undefined) break;
      const step = free.map((_, a) => inverse[a].reduce((sum, value, b) => sum + value * score[b], 0));
      const decrement = step.reduce((sum, value, a) => sum + value * score[a], 0);
      if (!(decrement >= 0)) break;
      // Step size in standard errors (scale-free). Converged when it is negligible, or when it is small and the
      // decrement stops shrinking quadratically, so that only rounding in the score is left.
      const stepInErrors = step.reduce((largest, value, a) => Math.max(largest, Math.abs(value) / Math.sqrt(inverse[a][a])), -Infinity);
      if (stepInErrors < 1e-10 || (stepInErrors < 1e-8 && decrement >= 0.5 * previousDecrement)) {
        return { parameters, logLikelihood, information, converged: true, iterations: iteration - 1 };
      }
      previousDecrement = decrement;
      // Step halving: the log-likelihood is concave, so a short enough Newton step always increases it. Once the
      // predicted gain (decrement/2) is below what rounding in ln L can resolve, comparing ln L says nothing, so
      // the full Newton step is taken (it converges quadratically there).
      const fullStep = decrement < Math.max(1e-6, 1e3 * logLikelihoodNoise);
      let length = 1;
      for (let halving = 0; halving < 60; halving++, length /= 2) {
        const trial = [...parameters];
        free.forEach((i, a) => {
          trial[i] = trial[i] + length * step[a];
        });
        const trialLogLikelihood = logLikelihoodOf(trial);
        if (fullStep || trialLogLikelihood >= logLikelihood - logLikelihoodNoise) {
          free.forEach((i) => {
            parameters[i] = trial[i];
          });
          logLikelihood = trialLogLikelihood;
          break;
        }
      }
    }
    return { parameters, logLikelihood, information, converged: false, iterations: maxIterations };
  };

  const submodels: { free: number[]; bound: LqColonyFit['bound'] }[] = [
    { free: [0, 1, 2], bound: 'none' },
    { free: [0, 2], bound: 'alpha' },
    { free: [0, 1], bound: 'beta' },
    { free: [0], bound: 'both' },
  ];
  let best: { result: Submodel; free: number[]; bound: LqColonyFit['bound'] } | undefined;
  for (const { free, bound } of submodels) {
    const result = fit(free);
    if (!result.converged) continue;
    const [, alpha, beta] = result.parameters as [number, number, number];
    if (!(alpha >= 0 && beta >= 0)) continue;
    // ln L is resolved only to its rounding: a smaller submodel must beat an earlier (larger) one by more than
    // that, since in exact arithmetic it never can.
    if (best === undefined || result.logLikelihood > best.result.logLikelihood + logLikelihoodNoise) best = { result, free, bound };
    if (bound === 'none') break; // the unconstrained maximum is feasible, so it is the answer
  }
  if (best === undefined || best.result.information === undefined) return failed();
  const { result, free, bound } = best;
  const inverse = invert(result.information as number[][]);
  if (inverse === undefined) return failed();
  const [logPe, alpha, beta] = result.parameters as [number, number, number];
  const platingEfficiency = portableExp(logPe);
  // Reorder (ln PE, α, β) → (α, β, PE) and apply the Jacobian diag(1, 1, PE) of PE = e^{ln PE}.
  const order = [1, 2, 0];
  const jacobian = [1, 1, platingEfficiency];
  const covariance = order.map((i, a) =>
    order.map((j, b) => {
      const p = free.indexOf(i);
      const q = free.indexOf(j);
      if (p < 0 || q < 0) return 0;
      return jacobian[a] * jacobian[b] * inverse[p][q];
    }),
  );
  let deviance = 0;
  for (const row of rows) {
    const mu = portableExp(row.offset + row.x[0] * logPe + row.x[1] * alpha + row.x[2] * beta);
    deviance += 2 * ((row.colonies === 0 ? 0 : row.colonies * portableLog(row.colonies / mu)) - (row.colonies - mu));
  }
  return {
    alpha,
    beta,
    platingEfficiency,
    covariance,
    logLikelihood: result.logLikelihood,
    deviance,
    degreesOfFreedom: points.length - free.length,
    converged: true,
    iterations: result.iterations,
    bound,
  };
}
