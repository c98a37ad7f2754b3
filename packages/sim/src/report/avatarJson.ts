import type { AvatarAnalysis } from '../avatar/avatarAnalysis.js';
import { avatarAssumptions } from '../avatar/avatarAssumptions.js';
import type { AvatarSchedule } from '../avatar/parseScheduleList.js';

/** Where an avatar analysis came from, for the file's header. */
export interface AvatarJsonMeta {
  /** rtsim version. */
  readonly version: string;
  /** Name of the data file (no directories). */
  readonly dataFile: string;
  /** The candidate schedules with their core specs. */
  readonly schedules: readonly AvatarSchedule[];
}

/**
 * avatar.json: the analysis as pretty-printed JSON (2-space indent, trailing newline), format `rtsim-avatar` version
 * 1: header (`format`, `formatVersion`, `rtsim`, `dataFile`), `data` (kind, points on the SF scale with their rows),
 * `fit` (α, β, α/β with 95% intervals, covariance, distribution, degrees of freedom, bound, dispersion, plating
 * efficiency for colonies), `curve`, `tumour`, `schedules` (label and core spec), `comparison` (per schedule TCP with
 * its interval, P(best), rank; the ranking and its probability; draws, seed) and `assumptions`. JSON has no NaN or
 * Infinity: both are written as null (an α/β interval's upper end is null when it is unbounded). No timestamp: the
 * same inputs give the same bytes.
 * @param analysis - from {@link avatarAnalysis}
 * @param meta - version, data file name, schedules
 * @returns the JSON text
 */
export function avatarJson(analysis: AvatarAnalysis, meta: AvatarJsonMeta): string {
  const body = {
    format: 'rtsim-avatar',
    formatVersion: 1,
    rtsim: meta.version,
    dataFile: meta.dataFile,
    data: { kind: analysis.data.kind, points: analysis.observations },
    fit: analysis.fit,
    curve: analysis.curve,
    tumour: analysis.tumour,
    schedules: meta.schedules,
    comparison: analysis.comparison,
    assumptions: avatarAssumptions,
  };
  return `${JSON.stringify(body, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}
