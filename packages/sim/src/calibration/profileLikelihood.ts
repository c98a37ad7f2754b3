import { nelderMead } from './nelderMead.js';

/** Most regula-falsi steps per end of an interval. */
const maxRefinements = 8;

/** χ²₁ 0.95 quantile: the likelihood-ratio cut of a 95% profile interval. */
export const profileCut = 3.841458820694124;

/** Options of {@link profileLikelihood}. */
export interface ProfileOptions {
  /** Box of the search, per coordinate. */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Rise above the minimum that ends the interval; default {@link profileCut}. */
  readonly cut?: number;
  /** Refinement stops when the bracket is narrower than this fraction of the coordinate's range; default 1e−3. */
  readonly relativeTolerance?: number;
  /** …or when the profile is within this of the cut; default 0.05 (an error of about 0.6% of the interval's half-width). */
  readonly riseTolerance?: number;
  /** Evaluation budget of each inner minimisation over the other coordinates; default 30·n. */
  readonly innerEvaluations?: number;
  /** Called after each profile point. */
  readonly onPoint?: (point: ProfilePoint) => void;
}

/** One point of a profile: coordinate j fixed at `at`, the others minimised. */
export interface ProfilePoint {
  readonly at: number;
  /** min over the other coordinates of f, minus f at the estimate (≥ 0 up to the inner search's accuracy). */
  readonly rise: number;
  /** The full point where that minimum was found. */
  readonly x: readonly number[];
}

/** A profile interval of one coordinate. */
export interface ProfileInterval {
  readonly lower: number;
  readonly upper: number;
  /** An end is a bound of the box (f did not rise by `cut` before it). */
  readonly lowerAtBound: boolean;
  readonly upperAtBound: boolean;
  /** The full points at the two ends (for predictions across the confidence region). */
  readonly lowerPoint: readonly number[];
  readonly upperPoint: readonly number[];
  /** Every point evaluated, sorted by coordinate. */
  readonly points: readonly ProfilePoint[];
}

/**
 * Profile-likelihood interval of coordinate j of a deviance-like function f (−2 ln L): the set of values t for
 * which min over the other coordinates of f(x | x_j = t) is within `cut` (3.84 for 95%) of the minimum f(x̂)
 * (Venzon & Moolgavkar, Appl Stat 1988;37:87, by direct search). Each side is found by stepping out from x̂_j
 * (steps of 10% of the range, growing by 1.6) until the profile exceeds the cut or the bound is reached, then
 * by bisection on the bracket; the inner minimisation (Nelder–Mead) starts from the previous point's optimum.
 * With one coordinate there is nothing to minimise and the profile is f itself. f may return a promise.
 * @param f - the function (for a likelihood, −2 ln L), of n coordinates
 * @param estimate - x̂, its minimiser (within the box)
 * @param j - the coordinate to profile
 * @param options - box, cut, tolerance, inner budget, progress
 * @returns (a promise of) the interval, whether each end is a bound, the points at its ends, and every profile point
 */
export async function profileLikelihood(
  f: (x: readonly number[]) => number | Promise<number>,
  estimate: readonly number[],
  j: number,
  options: ProfileOptions,
): Promise<ProfileInterval> {
  const n = estimate.length;
  const cut = options.cut ?? profileCut;
  const low = options.lower[j];
  const high = options.upper[j];
  const range = high - low;
  const tolerance = (options.relativeTolerance ?? 1e-3) * range;
  const riseTolerance = options.riseTolerance ?? 0.05;
  const minimum = await f(estimate);
  const points: ProfilePoint[] = [];

  const others = (x: readonly number[]): number[] => x.filter((_, i) => i !== j);
  const withCoordinate = (rest: readonly number[], t: number): number[] => {
    const x = [...rest];
    x.splice(j, 0, t);
    return x;
  };
  const profileAt = async (t: number, warm: readonly number[]): Promise<ProfilePoint> => {
    let x: number[];
    let value: number;
    if (n === 1) {
      x = [t];
      value = await f(x);
    } else {
      const lower = others(options.lower);
      const upper = others(options.upper);
      const result = await nelderMead((rest) => f(withCoordinate(rest, t)), others(warm), {
        lower,
        upper,
        step: lower.map((l, i) => 0.05 * (upper[i] - l)),
        valueTolerance: 1e-3,
        pointTolerance: 1e-4 * lower.reduce((widest, l, i) => Math.max(widest, upper[i] - l), -Infinity),
        maxEvaluations: options.innerEvaluations ?? 30 * n,
      });
      x = withCoordinate(result.x, t);
      value = result.value;
    }
    const point = { at: t, rise: value - minimum, x };
    points.push(point);
    options.onPoint?.(point);
    return point;
  };

  const side = async (direction: -1 | 1): Promise<{ end: number; atBound: boolean; x: readonly number[] }> => {
    const bound = direction < 0 ? low : high;
    let previous: ProfilePoint = { at: estimate[j], rise: 0, x: estimate };
    let step = 0.1 * range;
    for (;;) {
      if (previous.at === bound) return { end: bound, atBound: true, x: previous.x };
      const t = direction < 0 ? Math.max(bound, previous.at - step) : Math.min(bound, previous.at + step);
      const current = await profileAt(t, previous.x);
      if (current.rise >= cut) {
        // Regula falsi (Illinois variant) on rise(t) − cut over the bracket: the profile is close to quadratic
        // there, so a few steps reach the crossing to well within the stated tolerances.
        let inside = previous;
        let outside = current;
        let insideValue = inside.rise - cut; // < 0
        let outsideValue = outside.rise - cut; // ≥ 0
        let kept: 'inside' | 'outside' | undefined;
        for (let step = 0; step < maxRefinements && Math.abs(outside.at - inside.at) > tolerance; step++) {
          const share = Math.min(0.95, Math.max(0.05, insideValue / (insideValue - outsideValue)));
          const middle = await profileAt(inside.at + share * (outside.at - inside.at), inside.x);
          if (Math.abs(middle.rise - cut) <= riseTolerance) return { end: middle.at, atBound: false, x: middle.x };
          if (middle.rise >= cut) {
            outside = middle;
            outsideValue = middle.rise - cut;
            if (kept === 'inside') insideValue /= 2; // Illinois: the end kept twice in a row counts half
            kept = 'inside';
          } else {
            inside = middle;
            insideValue = middle.rise - cut;
            if (kept === 'outside') outsideValue /= 2;
            kept = 'outside';
          }
        }
        const share = (cut - inside.rise) / (outside.rise - inside.rise);
        const end = inside.at + Math.min(1, Math.max(0, share)) * (outside.at - inside.at);
        return { end, atBound: false, x: inside.x };
      }
      previous = current;
      step *= 1.6;
    }
  };

  const lowerSide = await side(-1);
  const upperSide = await side(1);
  points.sort((a, b) => a.at - b.at);
  return {
    lower: lowerSide.end,
    upper: upperSide.end,
    lowerAtBound: lowerSide.atBound,
    upperAtBound: upperSide.atBound,
    lowerPoint: lowerSide.x,
    upperPoint: upperSide.x,
    points,
  };
}
