import type { CalibrationParameter } from './CalibrationSetup.js';
import { nelderMead } from './nelderMead.js';
import type { ProfileInterval } from './profileLikelihood.js';
import { profileLikelihood } from './profileLikelihood.js';
import { toSearch } from './searchScale.js';

/** What {@link fitWithProfiles} found, on the search scale. */
export interface ProfiledFit {
  readonly estimate: readonly number[];
  /** −2 ln L at the estimate. */
  readonly minimum: number;
  readonly converged: boolean;
  /** One per parameter when profiled, else empty. */
  readonly profiles: readonly ProfileInterval[];
}

/**
 * The maximum-likelihood fit both calibrations share: Nelder–Mead in the parameters' box (search scale, steps of a
 * tenth of each range), then, unless `profile` is false, the profile likelihood of each parameter in turn. A profile
 * that dips below the fit's minimum found a better optimum the simplex missed: the fit restarts there, so that later
 * profiles and the reported estimate use it (earlier profiles are then slightly too wide).
 * @param objective - −2 ln L at a point of the search scale
 * @param parameters - the fitted parameters (box and scale)
 * @param start - the starting point, search scale
 * @param options - profile (default true), maxEvaluations of the simplex (default 300 (k + 1)), onProfile(j) before
 *   each parameter's profile
 */
export async function fitWithProfiles(
  objective: (u: readonly number[]) => Promise<number>,
  parameters: readonly CalibrationParameter[],
  start: readonly number[],
  options: { readonly profile?: boolean | undefined; readonly maxEvaluations?: number | undefined; readonly onProfile?: (parameter: number) => void } = {},
): Promise<ProfiledFit> {
  const k = parameters.length;
  const lower = parameters.map((p) => toSearch(p, p.min));
  const upper = parameters.map((p) => toSearch(p, p.max));
  const fit = await nelderMead(objective, start, {
    lower,
    upper,
    step: lower.map((l, j) => 0.1 * ((upper[j] ?? l) - l)),
    valueTolerance: 1e-4,
    pointTolerance: 1e-5 * lower.reduce((widest, l, j) => Math.max(widest, (upper[j] ?? l) - l), -Infinity),
    maxEvaluations: options.maxEvaluations ?? 300 * (k + 1),
  });
  let estimate = [...fit.x];
  let minimum = fit.value;
  const profiles: ProfileInterval[] = [];
  if (options.profile === false) return { estimate, minimum, converged: fit.converged, profiles };
  for (let j = 0; j < k; j++) {
    options.onProfile?.(j);
    const profile = await profileLikelihood(objective, estimate, j, { lower, upper });
    profiles.push(profile);
    const lowest = profile.points.reduce((a, b) => (b.rise < a.rise ? b : a), { at: 0, rise: 0, x: estimate });
    if (lowest.rise < -1e-3) {
      estimate = [...lowest.x];
      minimum += lowest.rise;
    }
  }
  return { estimate, minimum, converged: fit.converged, profiles };
}
