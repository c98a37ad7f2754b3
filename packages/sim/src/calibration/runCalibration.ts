import { normalQuantile } from '@rtsim/core';
import { binomialDeviance } from './binomialDeviance.js';
import { calibrationScenario } from './calibrationScenario.js';
import type { CalibrationInterval, CalibrationResults, CohortFit, FittedParameter } from './CalibrationResults.js';
import type { CalibrationCohort, CalibrationParameter, CalibrationSetup } from './CalibrationSetup.js';
import { cooperativeObjective } from './cooperativeObjective.js';
import type { PredictedControl } from './predictedControl.js';
import { predictedControl } from './predictedControl.js';
import { fitWithProfiles } from './fitWithProfiles.js';
import { fittedParameter } from './fittedParameter.js';
import { fromSearch, toSearch } from './searchScale.js';

/** Progress of a calibration, for a terminal line. */
export interface CalibrationProgress {
  readonly stage: 'fit' | 'profile' | 'predict';
  /** During 'profile': the parameter (0-based) and how many there are. */
  readonly parameter?: number;
  readonly parameters: number;
  /** Evaluations of the likelihood so far (each simulates every fitted series). */
  readonly evaluations: number;
  /** −2 ln L at the best point so far. */
  readonly deviance: number;
}

/** Options of {@link runCalibration}. */
export interface RunCalibrationOptions {
  /** Compute profile-likelihood intervals (default true); without them ci95 is null and predicted ranges are points. */
  readonly profile?: boolean;
  /** Evaluation budget of the main fit; default 300·(k + 1) for k parameters. */
  readonly maxEvaluations?: number;
  /** rtsim version recorded in the results. */
  readonly version?: string;
  readonly onProgress?: (progress: CalibrationProgress) => void;
  /** Aborts between evaluations; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

const z975 = -normalQuantile(0.025);

// Searches run on the parameter's own scale: ln x for a log scale, so a step is a factor.
const naturalValues = (parameters: readonly CalibrationParameter[], u: readonly number[]): number[] => u.map((ui, j) => fromSearch(parameters[j], ui));

/** predictedControl of series i at parameter values, each (series, values) simulated once. */
function cachedPrediction(setup: CalibrationSetup): (values: readonly number[], i: number) => PredictedControl {
  const cache = new Map<string, PredictedControl>();
  return (values, i) => {
    const key = `${i}:${values.join(',')}`;
    let prediction = cache.get(key);
    if (prediction === undefined) {
      const cohort = setup.cohorts[i];
      if (cohort === undefined) throw new RangeError(`no series ${i}`);
      prediction = predictedControl(calibrationScenario(setup, i, values), cohort.armShares);
      cache.set(key, prediction);
    }
    return prediction;
  };
}

/** The score region p ± z√(p(1 − p)/n) around a range [low, high] of predictions, clipped to [0, 1]. */
function expectedRange(low: number, high: number, n: number): CalibrationInterval {
  const halfWidth = (p: number): number => z975 * Math.sqrt((p * (1 - p)) / n);
  return [Math.max(0, low - halfWidth(low)), Math.min(1, high + halfWidth(high))];
}

/** One series observed against predicted: at the estimate, over the outline of the intervals, and its deviance there. */
function cohortFit(cohort: CalibrationCohort, atEstimate: PredictedControl, range: readonly number[], deviance: number): CohortFit {
  const low = range.reduce((lowest, value) => Math.min(lowest, value), Infinity);
  const high = range.reduce((highest, value) => Math.max(highest, value), -Infinity);
  const { observed } = cohort;
  const predictionInterval = expectedRange(low, high, observed.effectivePatients);
  return {
    id: cohort.id,
    reference: cohort.reference,
    role: cohort.role,
    ...(cohort.note === undefined ? {} : { note: cohort.note }),
    atYears: observed.atYears,
    observed: { kind: observed.kind, rate: observed.rate, ci95: observed.ci95, patients: observed.patients, effectivePatients: observed.effectivePatients },
    predicted: {
      localControl: atEstimate.localControl,
      range: [low, high],
      arms: atEstimate.arms.map((arm) => ({ id: arm.id, share: arm.share, localControl: arm.localControl, meanTcp: arm.meanTcp })),
    },
    predictionInterval,
    observedInsidePrediction: observed.rate >= predictionInterval[0] && observed.rate <= predictionInterval[1],
    predictedInsideObservedCi: atEstimate.localControl >= observed.ci95[0] && atEstimate.localControl <= observed.ci95[1],
    deviance,
  };
}

/**
 * Fits the parameters of a calibration by maximum likelihood and predicts every series with them.
 *
 * Likelihood: each fitted series contributes a binomial term on its (effective) controlled count with the
 * local control the engine predicts for it (predictedControl: the series simulated with the calibration's seed
 * and patients, so every evaluation sees the same virtual patients and −2 ln L is smooth in the parameters).
 * Minimised by Nelder–Mead on each parameter's scale (ln x for log) inside its bounds, from its start.
 * Intervals: profile likelihood, 95% (cut 3.84 on −2 ln L, χ²₁), each end either a crossing or a bound.
 * Predictions: every series (fitted and held out) at the estimate, with a range over the estimate and the
 * parameter vectors at the ends of every profile interval (a cheap outline of the joint confidence region),
 * and the interval in which the observed rate of a series of its size should fall (the score region
 * p ± 1.96√(p(1 − p)/n) around that range): a held-out series is predicted when its observed rate lies inside.
 * @param setup - a validated calibration (validateCalibration / parseCalibration)
 * @param options - profiling, budget, version, progress
 * @returns (a promise of) the results (calibration.json)
 * @throws (rejects) the signal's reason when aborted; Error when a simulation is refused (an invalid patient at some parameter value; the bounds are checked
 *   by validation, so this means a combination of values the checks cannot see)
 */
export async function runCalibration(setup: CalibrationSetup, options: RunCalibrationOptions = {}): Promise<CalibrationResults> {
  const { parameters, cohorts } = setup;
  const k = parameters.length;
  const fitted = cohorts.flatMap((cohort, i) => (cohort.role === 'fit' ? [i] : []));
  const predict = cachedPrediction(setup);
  const devianceOf = (values: readonly number[], i: number): number => {
    const { observed } = cohorts[i];
    return binomialDeviance(observed.controlled, observed.effectivePatients, predict(values, i).localControl);
  };
  let stage: CalibrationProgress['stage'] = 'fit';
  let profiled: number | undefined;
  const { objective, tally } = cooperativeObjective(
    (u) => {
      const values = naturalValues(parameters, u);
      let total = 0;
      for (const i of fitted) total += devianceOf(values, i);
      return total;
    },
    {
      signal: options.signal,
      onTally: ({ evaluations, best }) => options.onProgress?.({ stage, ...(profiled === undefined ? {} : { parameter: profiled }), parameters: k, evaluations, deviance: best }),
    },
  );

  const fit = await fitWithProfiles(objective, parameters, parameters.map((p) => toSearch(p, p.start)), {
    profile: options.profile,
    maxEvaluations: options.maxEvaluations,
    onProfile: (j) => {
      stage = 'profile';
      profiled = j;
    },
  });
  const { evaluations } = tally();
  options.onProgress?.({ stage: 'predict', parameters: k, evaluations, deviance: fit.minimum });

  const estimateValues = naturalValues(parameters, fit.estimate);
  const outline = [estimateValues, ...fit.profiles.flatMap((profile) => [naturalValues(parameters, profile.lowerPoint), naturalValues(parameters, profile.upperPoint)])];
  const informedBy = (p: CalibrationParameter): string[] => fitted.filter((i) => (p.targets[i] ?? []).length > 0).map((i) => cohorts[i]?.id ?? String(i));
  return {
    rtsim: { version: options.version ?? 'unknown', calibrationFormat: 1 },
    name: setup.name,
    seed: setup.seed,
    patients: setup.patients,
    fit: { deviance: fit.minimum, degreesOfFreedom: fitted.length - k, evaluations, converged: fit.converged },
    parameters: parameters.map((p, j): FittedParameter => fittedParameter(p, estimateValues[j], fit.profiles[j], informedBy(p))),
    cohorts: cohorts.map((cohort, i) => cohortFit(cohort, predict(estimateValues, i), outline.map((values) => predict(values, i).localControl), devianceOf(estimateValues, i))),
  };
}
