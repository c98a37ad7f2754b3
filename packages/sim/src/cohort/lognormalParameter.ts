import type { LibraryParameter } from '@rtsim/core';

/**
 * [median, σ] of a lognormal library parameter, [NaN, NaN] for another law (the compilers then refuse the plan, and
 * the library tests keep these laws lognormal).
 * @param parameter - a library parameter, e.g. metastasisDefaults.survivalAfterMetastasis
 * @returns the median (in the parameter's unit) and σ of ln
 */
export function lognormalParameter(parameter: LibraryParameter): readonly [number, number] {
  const value = parameter.value;
  return typeof value !== 'number' && value.dist === 'lognormal' ? [value.median, value.sigma] : [Number.NaN, Number.NaN];
}
