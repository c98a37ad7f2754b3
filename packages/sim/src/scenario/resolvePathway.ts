import type { LibraryParameter } from '@rtsim/core';
import { pathwayDefaults } from '@rtsim/core';
import type { ResolvedPathway, ResolvedPathwayInterval } from './ResolvedScenario.js';
import type { PathwayInput, PathwayIntervalInput } from './ScenarioInput.js';

/** The intervals an arm's pathway simulates, in the order the engine draws them. */
export const pathwayIntervals = ['primaryCare', 'secondaryCare', 'sarcomaCentre', 'treatment'] as const;

/** The library's law of an interval: its lognormal median and σ (the library test keeps them lognormal). */
function libraryInterval(parameter: LibraryParameter): ResolvedPathwayInterval {
  const value = parameter.value;
  if (typeof value === 'number' || value.dist !== 'lognormal') throw new RangeError('pathwayDefaults: an interval is not lognormal');
  return { median: value.median, sigma: value.sigma };
}

/** An interval as written (a median, or { median, sigma }), the library's σ where none is given. */
function resolveInterval(input: PathwayIntervalInput | undefined, library: ResolvedPathwayInterval): ResolvedPathwayInterval {
  if (input === undefined) return library;
  if (typeof input === 'number') return { median: input, sigma: library.sigma };
  return { median: input.median, sigma: input.sigma ?? library.sigma };
}

/**
 * An arm's pathway: the arm's own fields over the scenario's `pathway` (an interval at a time), the library's
 * (`pathwayDefaults`) where neither gives one; by default referral local, unplanned excision by the model, the
 * library's misdiagnosis and no expert review.
 * @param scenario - the scenario's `pathway` section, if any
 * @param arm - the arm's `pathway`, if any
 * @returns the resolved pathway, or undefined when neither is given (the arm has no pathway)
 */
export function resolvePathway(scenario: PathwayInput | undefined, arm: PathwayInput | undefined): ResolvedPathway | undefined {
  if (scenario === undefined && arm === undefined) return undefined;
  const library = pathwayDefaults.interval;
  const interval = (name: (typeof pathwayIntervals)[number]): ResolvedPathwayInterval =>
    resolveInterval(arm?.intervals?.[name] ?? scenario?.intervals?.[name], libraryInterval(library[name]));
  return {
    intervals: {
      primaryCare: interval('primaryCare'),
      secondaryCare: interval('secondaryCare'),
      sarcomaCentre: interval('sarcomaCentre'),
      treatment: interval('treatment'),
    },
    referral: arm?.referral ?? scenario?.referral ?? 'local',
    unplannedExcision: arm?.unplannedExcision ?? scenario?.unplannedExcision ?? 'model',
    misdiagnosis: arm?.misdiagnosis ?? scenario?.misdiagnosis ?? 'library',
    review: arm?.review ?? scenario?.review ?? 0,
    patientInterval: arm?.patientInterval ?? scenario?.patientInterval ?? 1,
  };
}
