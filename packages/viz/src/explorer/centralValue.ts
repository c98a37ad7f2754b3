import type { Distribution } from '@rtsim/core';

/**
 * A single value standing for a library distribution, for the explorer's sliders: the value itself, the
 * mean of a (truncated) normal, the median of a lognormal, the midpoint of a uniform, the mode of a
 * triangular.
 * @param d - a distribution in the units of its parameter
 * @returns that value; NaN for an unknown shape
 */
export function centralValue(d: Distribution): number {
  if (typeof d === 'number') return d;
  switch (d.dist) {
    case 'fixed': return d.value;
    case 'normal': return d.mean;
    case 'lognormal': return d.median;
    case 'uniform': return (d.min + d.max) / 2;
    case 'triangular': return d.mode;
    default: return NaN;
  }
}
