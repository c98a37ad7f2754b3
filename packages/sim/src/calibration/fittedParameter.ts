import type { FittedParameter } from './CalibrationResults.js';
import type { CalibrationParameter } from './CalibrationSetup.js';
import type { ProfileInterval } from './profileLikelihood.js';
import { fromSearch } from './searchScale.js';

/**
 * The result record of one calibrated parameter: its setting, the estimate and, when it was profiled, the 95%
 * profile-likelihood interval (ends at a search bound flagged) with the profile's points, on the parameter's own scale.
 * @param p - the parameter as set up
 * @param estimate - the estimate on the parameter's own scale
 * @param profile - its profile, or undefined when none was computed
 * @param informedBy - ids of the fitted series (or cohorts) the parameter acts on
 */
export function fittedParameter(p: CalibrationParameter, estimate: number, profile: ProfileInterval | undefined, informedBy: string[]): FittedParameter {
  return {
    path: p.path,
    label: p.label,
    scale: p.scale,
    min: p.min,
    max: p.max,
    start: p.start,
    nominal: p.nominal,
    estimate,
    ci95: profile === undefined ? null : [fromSearch(p, profile.lower), fromSearch(p, profile.upper)],
    ciAtBound: [profile?.lowerAtBound ?? false, profile?.upperAtBound ?? false],
    profile: (profile?.points ?? []).map((point) => ({ value: fromSearch(p, point.at), deviance: Math.max(0, point.rise) })),
    informedBy,
  };
}
