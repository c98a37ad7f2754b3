import { okabeIto } from './okabeIto.js';
import { seriesDashes } from './seriesDashes.js';

/** The stroke of one series: an Okabe–Ito colour and a dash pattern. */
export interface SeriesStyle {
  /** CSS colour (`#rrggbb`). */
  readonly colour: string;
  /** SVG `stroke-dasharray` (px); `''` for a solid line. */
  readonly dash: string;
}

/**
 * The colour and dash of series `index` in every chart (reports and viewer alike): colour `index mod 8` of
 * {@link okabeIto}, dash `(index + ⌊index / 8⌋) mod 4` of {@link seriesDashes}. The first four series differ in
 * both colour and dash (readable in greyscale); series `i` and `i + 8` share a colour but not a dash, so the first
 * 32 series are pairwise distinct.
 * @param index - the series' position, a whole number ≥ 0 (others are treated as 0)
 * @returns its colour and dash
 */
export function seriesStyle(index: number): SeriesStyle {
  const i = Number.isSafeInteger(index) && index > 0 ? index : 0;
  const colour = okabeIto[i % okabeIto.length];
  const dash = seriesDashes[(i + Math.floor(i / okabeIto.length)) % seriesDashes.length];
  return { colour, dash };
}
