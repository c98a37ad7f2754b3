import type { AvatarCurvePoint } from './avatarSurvivalCurve.js';
import { avatarSurvivalCurve } from './avatarSurvivalCurve.js';
import type { AvatarObservation } from './avatarObservations.js';
import { avatarObservations } from './avatarObservations.js';
import type { AvatarTumour } from './avatarTumour.js';
import type { AvatarComparison, AvatarComparisonOptions } from './compareAvatarSchedules.js';
import { compareAvatarSchedules } from './compareAvatarSchedules.js';
import type { AvatarFit } from './fitAvatar.js';
import { fitAvatar } from './fitAvatar.js';
import type { AvatarData } from './parseAvatarCsv.js';
import type { AvatarSchedule } from './parseScheduleList.js';

/** Everything `rtsim avatar` and the viewer's Avatar view show: data, fit, curve, tumour and schedule comparison. */
export interface AvatarAnalysis {
  readonly data: AvatarData;
  readonly fit: AvatarFit;
  /** The data points on the SF scale (colony counts normalised by the fitted plating efficiency). */
  readonly observations: readonly AvatarObservation[];
  /** Fitted curve from 0 to the largest dose measured, with its pointwise 95% band. */
  readonly curve: readonly AvatarCurvePoint[];
  readonly tumour: AvatarTumour;
  readonly comparison: AvatarComparison;
}

/**
 * The whole avatar pipeline after parsing, shared by the command line and the viewer so that neither computes a
 * model of its own: {@link fitAvatar}, {@link avatarObservations}, {@link avatarSurvivalCurve} up to the largest dose
 * measured, and {@link compareAvatarSchedules} for the tumour's N₀ and kinetics.
 * @param data - from {@link parseAvatarCsv}
 * @param schedules - from {@link parseScheduleList}
 * @param tumour - from {@link avatarTumour}
 * @param options - draws and seed of the comparison
 * @returns the analysis (check `fit.ok`)
 */
export function avatarAnalysis(data: AvatarData, schedules: readonly AvatarSchedule[], tumour: AvatarTumour, options: AvatarComparisonOptions = {}): AvatarAnalysis {
  const fit = fitAvatar(data);
  const maxDose = data.points.reduce((largest, point) => Math.max(largest, point.dose), -Infinity);
  return {
    data,
    fit,
    observations: avatarObservations(data, fit),
    curve: avatarSurvivalCurve(fit, maxDose),
    tumour,
    comparison: compareAvatarSchedules(fit, schedules, { clonogens: tumour.clonogens, doublingTime: tumour.doublingTime, kickoffTime: tumour.kickoffTime }, options),
  };
}
