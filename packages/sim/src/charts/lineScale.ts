import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import { powerOfTen } from './powerOfTen.js';

/** One axis of a line chart. */
export interface LineAxisOptions {
  /** Axis title including its unit, e.g. `"Total dose (Gy)"`. */
  readonly label: string;
  /** Data range shown (data units); default the extent of the data, rounded outward to nice values or whole decades. */
  readonly domain?: readonly [number, number];
  /**
   * `linear` (default) or `decades`: the data are already log₁₀ values (so a survival of 10⁻³⁰⁰ neither
   * underflows nor loses precision) and ticks read as powers of ten.
   */
  readonly scale?: 'linear' | 'decades';
  /** Approximate number of ticks (default 6). */
  readonly ticks?: number;
  /** Tick label of a value on a linear axis (default up to 2 decimals). */
  readonly format?: (value: number) => string;
}

/** A scale of a {@link LineAxisOptions} with the ticks and labels its axis draws. */
export interface LineScale {
  readonly scale: ScaleLinear<number, number>;
  /** Tick positions, data units. */
  readonly ticks: readonly number[];
  /** Tick label of a value, or `undefined` for the axis default. */
  readonly format: ((value: number) => string) | undefined;
}

function dataExtent(values: readonly number[]): [number, number] {
  const [low, high] = extent(values.filter(Number.isFinite));
  if (low === undefined || high === undefined) return [0, 1];
  if (low === high) return [low - 1, high + 1];
  return [low, high];
}

/**
 * The scale of one line chart axis: the given domain, or the data's extent made nice (d3-scale's `nice`, so the
 * ends fall on ticks) or widened to whole decades; ticks from d3-scale (1–2–5 steps), or every ⌈span / count⌉-th
 * decade for a `decades` axis, labelled as powers of ten.
 * @param axis - the axis options
 * @param values - the data along this axis (non-finite values ignored)
 * @param range - the pixel range, e.g. `[plotHeight, 0]`
 * @returns the scale, ticks and tick format
 */
export function lineScale(axis: LineAxisOptions, values: readonly number[], range: readonly [number, number]): LineScale {
  const count = axis.ticks ?? 6;
  const [low, high] = axis.domain ?? dataExtent(values);
  if (axis.scale === 'decades') {
    const low10 = axis.domain ? low : Math.floor(low);
    const high10 = axis.domain ? high : Math.ceil(high) + 0; // + 0: the ceiling of −0.1 is −0
    const scale = scaleLinear().domain([low10, high10 === low10 ? low10 + 1 : high10]).range(range);
    return { scale, ticks: decadeTicks(scale.domain() as [number, number], count), format: powerOfTen };
  }
  const linear = scaleLinear().domain([low, high]).range(range);
  const scale = axis.domain ? linear : linear.nice(count);
  return { scale, ticks: scale.ticks(count), format: axis.format };
}

function decadeTicks([low, high]: readonly [number, number], count: number): number[] {
  const first = Math.ceil(low);
  const last = Math.floor(high);
  const step = Math.max(1, Math.ceil((last - first) / count));
  const values: number[] = [];
  for (let k = last; k >= first; k -= step) values.push(k);
  return values;
}
