/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Initial step of each coordinate (the simplex edges from x₀); default 0.1·|x₀ᵢ|, or 0.1 where x₀ᵢ = 0. */
  readonly step?: readonly number[];
  /** Lower bounds of the box the search stays in (points outside are projected onto it); default −∞. */
  readonly lower?: readonly number[];
  /** Upper bounds; default +∞. */
  readonly upper?: readonly number[];
  /** Stop when the simplex's function values span at most this much (absolute); default 1e−6. */
  readonly valueTolerance?: number;
  /** …and every vertex lies within this distance of the best one in each coordinate; default 1e−6. */
  readonly pointTolerance?: number;
  /** Most function evaluations; default 200·(n + 1). */
  readonly maxEvaluations?: number;
}

/** What {@link nelderMead} returns. */
export interface NelderMeadResult {
  /** The best point found. */
  readonly x: readonly number[];
  /** f(x). */
  readonly value: number;
  readonly evaluations: number;
  /** Both tolerances were met before maxEvaluations. */
  readonly converged: boolean;
}

/**
 * Minimises f over a box by the Nelder–Mead downhill simplex (Nelder & Mead, Comput J 1965;7:308), with the
 * standard coefficients: reflection 1, expansion 2, contraction ½, shrink ½ (Lagarias et al., SIAM J Optim
 * 1998;9:112, whose inside/outside contraction rules are followed). Derivative-free, so it suits objectives
 * evaluated by simulation; with common random numbers a Monte Carlo likelihood is smooth enough for it.
 *
 * f may return a promise (an objective that yields to the event loop between simulations); the search itself
 * is sequential.
 *
 * Box constraints by projection: every trial point is clamped to [lower, upper] before f is evaluated, so f is
 * never called outside the box. A NaN value counts as +∞ (the point is never kept as best).
 * @param f - the objective, a function of n coordinates
 * @param start - x₀ (n ≥ 1 finite coordinates; clamped into the box)
 * @param options - initial steps, bounds, tolerances, evaluation budget
 * @returns (a promise of) the best vertex, its value, the evaluations used and whether the tolerances were met
 * @throws (rejects) RangeError for an empty or non-finite start, or options of the wrong length
 */
export async function nelderMead(
  f: (x: readonly number[]) => number | Promise<number>,
  start: readonly number[],
  options: NelderMeadOptions = {},
): Promise<NelderMeadResult> {
  const n = start.length;
  if (n === 0 || !start.every(Number.isFinite)) throw new RangeError('nelderMead: the start must be a non-empty list of finite numbers');
  for (const key of ['step', 'lower', 'upper'] as const) {
    const list = options[key];
    if (list !== undefined && list.length !== n) throw new RangeError(`nelderMead: ${key} has ${list.length} entries, the start ${n}`);
  }
  const lower = options.lower ?? new Array<number>(n).fill(-Infinity);
  const upper = options.upper ?? new Array<number>(n).fill(Infinity);
  const valueTolerance = options.valueTolerance ?? 1e-6;
  const pointTolerance = options.pointTolerance ?? 1e-6;
  const maxEvaluations = options.maxEvaluations ?? 200 * (n + 1);
  const clamp = (x: number[]): number[] => x.map((xi, i) => Math.min(upper[i], Math.max(lower[i], xi)));
  let evaluations = 0;
  const evaluate = async (x: number[]): Promise<number> => {
    evaluations++;
    const value = await f(x);
    return Number.isNaN(value) ? Infinity : value;
  };

  const x0 = clamp([...start]);
  const simplex: { x: number[]; value: number }[] = [{ x: x0, value: await evaluate(x0) }];
  for (let i = 0; i < n; i++) {
    const step = options.step?.[i] ?? (x0[i] === 0 ? 0.1 : 0.1 * Math.abs(x0[i]));
    const x = [...x0];
    x[i] = x[i] + step;
    // A vertex pushed onto the bound would flatten the simplex: step the other way instead.
    if (x[i] > upper[i]) x[i] = x0[i] - step;
    const projected = clamp(x);
    simplex.push({ x: projected, value: await evaluate(projected) });
  }

  const towards = (from: readonly number[], to: readonly number[], t: number): number[] => clamp(from.map((a, i) => a + t * (to[i] - a)));
  let converged = false;
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0];
    const worst = simplex[n];
    const secondWorst = simplex[n - 1];
    const spread = worst.value - best.value;
    const width = simplex.reduce((widest, vertex) => vertex.x.reduce((w, xi, i) => Math.max(w, Math.abs(xi - best.x[i])), widest), -Infinity);
    // An infinite spread (a vertex where f is NaN or ∞) must not pass as converged.
    if (spread <= valueTolerance && width <= pointTolerance) {
      converged = true;
      break;
    }
    const centroid = new Array<number>(n).fill(0);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) centroid[i] = centroid[i] + (simplex[j] as { x: number[] }).x[i] / n;

    const reflected = towards(centroid, worst.x, -1);
    const reflectedValue = await evaluate(reflected);
    if (reflectedValue < best.value) {
      const expanded = towards(centroid, worst.x, -2);
      const expandedValue = await evaluate(expanded);
      simplex[n] = expandedValue < reflectedValue ? { x: expanded, value: expandedValue } : { x: reflected, value: reflectedValue };
      continue;
    }
    if (reflectedValue < secondWorst.value) {
      simplex[n] = { x: reflected, value: reflectedValue };
      continue;
    }
    // Contract outside (towards the reflected point) when it beat the worst vertex, else inside.
    const outside = reflectedValue < worst.value;
    const contracted = towards(centroid, worst.x, outside ? -0.5 : 0.5);
    const contractedValue = await evaluate(contracted);
    if (contractedValue < (outside ? reflectedValue : worst.value)) {
      simplex[n] = { x: contracted, value: contractedValue };
      continue;
    }
    for (let j = 1; j <= n; j++) {
      const vertex = simplex[j];
      const x = towards(best.x, vertex.x, 0.5);
      simplex[j] = { x, value: await evaluate(x) };
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  const best = simplex[0];
  return { x: best.x, value: best.value, evaluations, converged };
}
