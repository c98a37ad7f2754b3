import type { EndpointsAtTime } from './EndpointsAtTime.js';

/** The endpoint fields of EndpointsAtTime, in the order results list them. */
const fields = ['localControl', 'distantMetastasisFreeSurvival', 'metastasisIncidence', 'diseaseSpecificSurvival', 'progressionFreeSurvival', 'overallSurvival'] as const;

/**
 * EndpointsAtTime with every endpoint the entry has mapped by `f`: a null (beyond the horizon) stays null, an
 * endpoint the entry lacks stays absent, and the fields keep the order results list them in.
 * @param at - the endpoints at one time
 * @param f - the map of one endpoint's value, given its field's name
 * @returns the mapped endpoints at the same time
 */
export function mapEndpointsAtTime<T, U>(at: EndpointsAtTime<T>, f: (value: T, field: (typeof fields)[number]) => U): EndpointsAtTime<U> {
  const mapped: { -readonly [K in keyof EndpointsAtTime<U>]?: EndpointsAtTime<U>[K] } = { years: at.years };
  for (const field of fields) {
    const value = at[field];
    if (value !== undefined) mapped[field] = value === null ? null : f(value, field);
  }
  return mapped as EndpointsAtTime<U>;
}
