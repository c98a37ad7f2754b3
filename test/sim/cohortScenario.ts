import type { ResolvedArm, ResolvedScenario, ResolvedSubtype, ResolvedSubtypeParameters } from '../../packages/sim/src/scenario/ResolvedScenario.js';

/** Fixed parameters of a hand-checkable subtype; override any of them. */
export function fixedParameters(overrides: Partial<ResolvedSubtypeParameters> = {}): ResolvedSubtypeParameters {
  return {
    alpha: 0.3,
    alphaBeta: 3,
    doublingTime: 10,
    kickoffTime: 20,
    clonogenDensity: 1e7,
    tumour: { volume: 10 },
    hypoxicFraction: 0,
    oer: 2.5,
    detectionClonogens: 1e7,
    detectionVolume: 1,
    ...overrides,
  };
}

export function subtype(id: string, parameters: ResolvedSubtypeParameters, weight = 1): ResolvedSubtype {
  return { id, name: id, weight, parameters };
}

export function arm(id: string, overrides: Partial<ResolvedArm> = {}): ResolvedArm {
  return {
    id,
    name: id,
    schedule: { fractions: 25, dose: 2, perWeek: 5 },
    survival: { model: 'lq' },
    reoxygenation: 'none',
    doseModifyingFactor: 1,
    ...overrides,
  };
}

export function scenario(overrides: Partial<ResolvedScenario> = {}): ResolvedScenario {
  return {
    version: 1,
    name: 'test scenario',
    references: [],
    seed: 20261126,
    patients: 1,
    subtypes: [subtype('only', fixedParameters())],
    arms: [arm('conventional')],
    followUp: { years: 5, firstVisitDays: 90 },
    ...overrides,
  };
}

/**
 * A small mixed cohort for the determinism tests: two subtypes with drawn parameters, three arms (surgery,
 * hypofractionation, LQ-L), 10 blocks.
 */
export function mixedScenario(patients = 10 * 4096 - 123): ResolvedScenario {
  return scenario({
    patients,
    seed: 99,
    subtypes: [
      subtype(
        'a',
        fixedParameters({
          alpha: { dist: 'normal', mean: 0.25, sd: 0.08, min: 0 },
          alphaBeta: { dist: 'lognormal', median: 4, sigma: 0.3 },
          doublingTime: { dist: 'lognormal', median: 20, sigma: 0.4 },
          tumour: { volume: { dist: 'lognormal', median: 150, sigma: 0.8 } },
          postTreatmentDoublingTime: { dist: 'triangular', min: 10, mode: 20, max: 40 },
        }),
        0.7,
      ),
      subtype(
        'b',
        fixedParameters({
          alpha: { dist: 'normal', mean: 0.35, sd: 0.1, min: 0 },
          tumour: { diameter: { dist: 'uniform', min: 3, max: 10 } },
          hypoxicFraction: { dist: 'triangular', min: 0, mode: 0.05, max: 0.2 },
        }),
        0.3,
      ),
    ],
    arms: [
      arm('conventional', {
        surgery: { day: 67, margins: { R0: 0.7, R1: 0.25, R2: 0.05 }, residualFraction: { R0: 1e-4, R1: 0.01, R2: 0.3 } },
      }),
      arm('short', { schedule: { fractions: 5, dose: 5, perWeek: 5 } }),
      arm('sbrt', { schedule: { fractions: 3, dose: 18, everyDays: 2 }, survival: { model: 'lq-l', transitionDose: 6 } }),
    ],
  });
}
