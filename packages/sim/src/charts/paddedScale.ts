import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';

/**
 * The x scale of a row chart: the data's extent widened by 5 % on each side (by 1 display unit when the extent is a
 * single value), then extended to round ticks (`nice`), mapped onto the plot's width.
 * @param low - smallest value to show, display units
 * @param high - largest value to show, display units (≥ low)
 * @param range - left and right ends of the plot, px
 * @returns a d3 linear scale from display units to px
 */
export function paddedScale(low: number, high: number, range: readonly [number, number]): ScaleLinear<number, number> {
  const pad = high - low > 0 ? 0.05 * (high - low) : 1;
  return scaleLinear()
    .domain([low - pad, high + pad])
    .nice()
    .range(range);
}
