import type { Distribution } from '@rtsim/core';

/**
 * The median or sigma of a library value that is a lognormal between patients (a model's override accessors read
 * the library through it).
 * @param value - the library parameter's value
 * @param key - `median` (in the parameter's unit) or `sigma` (SD of the natural log)
 * @returns the number; NaN for another key or a value that is not a lognormal
 */
export function lognormalLibraryField(value: Distribution, key: string): number {
  if (typeof value !== 'object' || value.dist !== 'lognormal') return Number.NaN;
  return key === 'median' ? value.median : key === 'sigma' ? value.sigma : Number.NaN;
}
