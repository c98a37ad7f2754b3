import type { Distribution } from '@rtsim/core';
import * as v from 'valibot';
import type { FieldProblem } from './fieldSchemas.js';
import { checked, exactly, labelled, numberField } from './fieldSchemas.js';

/** A distribution as written in a scenario file: the object forms of core's `Distribution`. */
export type DistributionInput = Exclude<Distribution, number>;

// How far (in SDs) a truncation bound may sit beyond the mean: past this the truncated normal keeps less than
// Φ(−8) ≈ 6e−16 of the mass, and the inverse-CDF sampler would lose all precision.
const maxTruncationSds = 8;

/** A distance in sd for a message, to three significant digits (12.5, not 12.499999999999998). */
const sds = (distance: number, sd: number): number => Number((distance / sd).toPrecision(3));

const distributionVariant: v.GenericSchema<DistributionInput> = exactly<DistributionInput>()(labelled(
  v.variant('dist', [
    v.strictObject({
      dist: v.pipe(v.literal('fixed'), v.description('Every patient gets `value`.')),
      value: numberField({}, 'The value, in the unit of the parameter.'),
    }),
    v.strictObject({
      dist: v.pipe(v.literal('normal'), v.description('Normal distribution, truncated to [min, max] when a bound is given.')),
      mean: numberField({}, 'Mean, in the unit of the parameter.'),
      sd: numberField({ min: 0 }, 'Standard deviation (≥ 0), in the unit of the parameter.'),
      min: v.exactOptional(numberField({}, 'Lower truncation bound (optional), in the unit of the parameter.')),
      max: v.exactOptional(numberField({}, 'Upper truncation bound (optional, > min), in the unit of the parameter.')),
    }),
    v.strictObject({
      dist: v.pipe(v.literal('lognormal'), v.description('Log-normal distribution: ln x is normal with mean ln(median) and SD sigma.')),
      median: numberField({ min: 0, exclusiveMin: true }, 'Median (> 0), in the unit of the parameter.'),
      sigma: numberField({ min: 0 }, 'SD of ln x (≥ 0), dimensionless.'),
    }),
    v.strictObject({
      dist: v.pipe(v.literal('uniform'), v.description('Uniform distribution on [min, max].')),
      min: numberField({}, 'Lower bound, in the unit of the parameter.'),
      max: numberField({}, 'Upper bound (> min), in the unit of the parameter.'),
    }),
    v.strictObject({
      dist: v.pipe(v.literal('triangular'), v.description('Triangular distribution on [min, max] with its peak at mode.')),
      min: numberField({}, 'Lower bound, in the unit of the parameter.'),
      mode: numberField({}, 'Most likely value (min ≤ mode ≤ max), in the unit of the parameter.'),
      max: numberField({}, 'Upper bound (> min), in the unit of the parameter.'),
    }),
  ]),
  "a distribution: { dist: fixed | normal | lognormal | uniform | triangular, … }",
));

/**
 * Checks that need more than one field: bounds in order, a mode inside them, and a truncated normal that
 * keeps some probability.
 * @param d - a distribution whose fields each passed their own checks
 * @returns the problems, each at the key it concerns
 */
export function distributionProblems(d: DistributionInput): FieldProblem[] {
  switch (d.dist) {
    case 'normal': {
      const problems: FieldProblem[] = [];
      if (d.min !== undefined && d.max !== undefined && !(d.max > d.min)) {
        problems.push({ keys: ['max'], message: `expected max > min (${d.min}), got ${d.max}` });
        return problems;
      }
      if (d.sd === 0) {
        if ((d.min !== undefined && d.mean < d.min) || (d.max !== undefined && d.mean > d.max)) {
          problems.push({ keys: ['mean'], message: `with sd 0 the mean must lie within [min, max], got ${d.mean}` });
        }
      } else {
        if (d.min !== undefined && (d.min - d.mean) / d.sd > maxTruncationSds) {
          problems.push({ keys: ['min'], message: `min ${d.min} lies ${sds(d.min - d.mean, d.sd)} sd above the mean ${d.mean} (sd ${d.sd}), more than ${maxTruncationSds}: almost no probability is left` });
        }
        if (d.max !== undefined && (d.mean - d.max) / d.sd > maxTruncationSds) {
          problems.push({ keys: ['max'], message: `max ${d.max} lies ${sds(d.mean - d.max, d.sd)} sd below the mean ${d.mean} (sd ${d.sd}), more than ${maxTruncationSds}: almost no probability is left` });
        }
      }
      return problems;
    }
    case 'uniform':
      return d.max > d.min ? [] : [{ keys: ['max'], message: `expected max > min (${d.min}), got ${d.max}` }];
    case 'triangular': {
      if (!(d.max > d.min)) return [{ keys: ['max'], message: `expected max > min (${d.min}), got ${d.max}` }];
      if (d.mode < d.min || d.mode > d.max) return [{ keys: ['mode'], message: `expected min ≤ mode ≤ max (from ${d.min} to ${d.max}), got ${d.mode}` }];
      return [];
    }
    default:
      return [];
  }
}

/**
 * A per-patient distribution in a scenario file: `{ dist: fixed | normal | lognormal | uniform | triangular, … }`
 * (the object forms of core's `Distribution`; a bare number is accepted where a parameter is declared).
 */
export const distributionSchema: v.GenericSchema<DistributionInput> = v.pipe(
  checked(distributionVariant, distributionProblems),
  v.description(
    'A distribution over virtual patients, in the unit of the parameter: {dist: fixed, value} | {dist: normal, mean, sd, min?, max?} (truncated) | {dist: lognormal, median, sigma} (sigma = SD of ln x) | {dist: uniform, min, max} | {dist: triangular, min, mode, max}.',
  ),
);
