import fc from 'fast-check';
import type { Distribution } from '@rtsim/core';
import type { ResolvedArm, ResolvedSubtype } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { arm, fixedParameters, subtype } from './cohortScenario.js';

// Random scenarios on the WebAssembly kernel's path (kernelEligibility), shared by the bit-identity tests of the trial's
// block loop (kernelBlock.test.ts) and expected mode's (expectedKernel.test.ts).

export const positive = (low: number, high: number): fc.Arbitrary<number> => fc.double({ min: low, max: high, noNaN: true });

/** A distribution of a positive parameter around `centre`, of every kind the kernel supports. */
function spread(centre: number): fc.Arbitrary<Distribution> {
  return fc.oneof(
    fc.constant(centre),
    positive(0.05, 0.6).map((sigma): Distribution => ({ dist: 'lognormal', median: centre, sigma })),
    positive(0.05, 0.4).map((sd): Distribution => ({ dist: 'normal', mean: centre, sd: sd * centre, min: 0 })),
    positive(0.05, 0.4).map((sd): Distribution => ({ dist: 'normal', mean: centre, sd: sd * centre, min: 1.2 * centre, max: 3 * centre })),
    positive(0.1, 0.9).map((w): Distribution => ({ dist: 'uniform', min: centre * (1 - w), max: centre * (1 + w) })),
    positive(0.1, 0.9).map((w): Distribution => ({ dist: 'triangular', min: centre * (1 - w), mode: centre, max: centre * (1 + 2 * w) })),
  );
}

export const subtypeArbitrary: fc.Arbitrary<ResolvedSubtype> = fc
  .record({
    weight: positive(0.1, 1),
    alpha: spread(0.3),
    // A normal α without a lower bound can draw α < 0: such patients are counted as problems, by both engines.
    unboundedAlpha: fc.boolean(),
    alphaBeta: spread(4),
    doublingTime: spread(20),
    kickoffTime: fc.oneof(fc.constant<Distribution>(21), fc.constant<Distribution>({ dist: 'uniform', min: 0, max: 40 })),
    clonogenDensity: spread(1e7),
    size: fc.oneof(spread(200).map((volume) => ({ volume })), spread(6).map((diameter) => ({ diameter }))),
    detection: fc.oneof(fc.constant(undefined), spread(1e8)),
    postTreatmentDoublingTime: fc.oneof(fc.constant(undefined), spread(30)),
    repairHalfTimeHours: fc.oneof(fc.constant(undefined), fc.constant<Distribution>(1.5)),
    // RSI beyond 1 (an invalid draw, counted against the alpha slot by both engines) as well as inside (0, 1].
    rsi: fc.oneof(fc.constant(undefined), fc.constant<Distribution>({ dist: 'uniform', min: 0.2, max: 0.8 }), fc.constant<Distribution>({ dist: 'uniform', min: 0.6, max: 1.3 })),
    rsiBeta: fc.oneof(fc.constant(undefined), fc.constant(0.03)),
  })
  .map((p, ) => {
    const alpha: Distribution = p.unboundedAlpha ? { dist: 'normal', mean: 0.3, sd: 0.2 } : p.alpha;
    return subtype(`s${Math.round(p.weight * 1e6)}`, fixedParameters({
      alpha,
      alphaBeta: p.alphaBeta,
      doublingTime: p.doublingTime,
      kickoffTime: p.kickoffTime,
      clonogenDensity: p.clonogenDensity,
      tumour: p.size,
      ...(p.detection === undefined ? { detectionVolume: { dist: 'lognormal', median: 1, sigma: 0.3 } } : { detectionClonogens: p.detection }),
      ...(p.postTreatmentDoublingTime === undefined ? {} : { postTreatmentDoublingTime: p.postTreatmentDoublingTime }),
      ...(p.repairHalfTimeHours === undefined ? {} : { repairHalfTimeHours: p.repairHalfTimeHours }),
      ...(p.rsi === undefined ? {} : { rsi: p.rsi, ...(p.rsiBeta === undefined ? {} : { rsiBeta: p.rsiBeta }) }),
    }), p.weight);
  });

const residualArbitrary: fc.Arbitrary<Distribution> = fc.oneof(
  positive(1e-4, 1.5),
  positive(0.1, 1.5).map((sigma): Distribution => ({ dist: 'lognormal', median: 0.01, sigma })),
  fc.constant<Distribution>({ dist: 'uniform', min: 0.001, max: 0.1 }),
  // Draws ≤ 0: the patient is counted as a residual-fraction problem.
  fc.constant<Distribution>({ dist: 'uniform', min: -0.05, max: 0.1 }),
);

export const armArbitrary = (index: number): fc.Arbitrary<ResolvedArm> =>
  fc
    .record({
      fractions: fc.integer({ min: 1, max: 35 }),
      dose: positive(1, 20),
      surgery: fc.option(fc.record({ day: fc.integer({ min: -40, max: 60 }), R0: residualArbitrary, R1: residualArbitrary, R2: residualArbitrary })),
    })
    .map(({ fractions, dose, surgery }) =>
      arm(`arm${index}`, {
        schedule: { fractions, dose, perWeek: 5 },
        ...(surgery === null ? {} : { surgery: { day: surgery.day, margins: { R0: 0.6, R1: 0.3, R2: 0.1 }, residualFraction: { R0: surgery.R0, R1: surgery.R1, R2: surgery.R2 } } }),
      }),
    );
