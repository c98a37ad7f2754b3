import { okabeIto } from './okabeIto.js';
import { seriesDashes } from './seriesDashes.js';

/** The stroke of one series: an Okabe–Ito colour and a dash pattern. */
export interface SeriesStyle {
  /** CSS colour (`#rrggbb`). */
  readonly colour: string;
  /** SVG `stroke-dasharray` (px); `''` for a solid line. */
  readonly dash: string;
}

/** Dash patterns per set of {@link seriesDashes}: one set serves 8 colours × 4 dashes = 32 series. */
const dashesPerSet = 4;

/**
 * The colour and dash of series `index` in every chart (reports and viewer alike): colour `index mod 8` of
 * {@link okabeIto}, dash `4·⌊index / 32⌋ + (index + ⌊index / 8⌋) mod 4` of {@link seriesDashes}. The first four
 * series differ in both colour and dash (readable in greyscale); series `i` and `i + 8` share a colour but not a
 * dash; each block of 32 series takes its own set of four dashes, so the first 128 series (more than the 100 arms a
 * scenario may have) are pairwise distinct. Beyond that the styles repeat.
 * @param index - the series' position, a whole number ≥ 0 (others are treated as 0)
 * @returns its colour and dash
 */
export function seriesStyle(index: number): SeriesStyle {
  const i = Number.isSafeInteger(index) && index > 0 ? index : 0;
  const colour = okabeIto[i % okabeIto.length];
  const perSet = okabeIto.length * dashesPerSet;
  const set = Math.floor(i / perSet) % (seriesDashes.length / dashesPerSet);
  const dash = seriesDashes[set * dashesPerSet + ((i + Math.floor(i / okabeIto.length)) % dashesPerSet)];
  return { colour, dash };
}
