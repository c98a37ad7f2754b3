import { normalQuantile } from '@rtsim/core';
import { binomialDeviance } from './binomialDeviance.js';
import { calibrationScenario } from './calibrationScenario.js';
import type { CalibrationInterval, CalibrationResults, CohortFit, FittedParameter } from './CalibrationResults.js';
import type { CalibrationSetup } from './CalibrationSetup.js';
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

/** Hand the event loop back this often, so that Ctrl-C (an abort) and progress output get through. */
const yieldEveryMilliseconds = 50;
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const z975 = -normalQuantile(0.025);

// Searches run on the parameter's own scale: ln x for a log scale, so a step is a factor.

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
  const cache = new Map<string, PredictedControl>();
  let evaluations = 0;
  let best = Infinity;
  let stage: CalibrationProgress['stage'] = 'fit';
  let profiled: number | undefined;
  let lastYield = Date.now();
  const { signal } = options;

  const predict = (values: readonly number[], i: number): PredictedControl => {
    const key = `${i}:${values.join(',')}`;
    let prediction = cache.get(key);
    if (prediction === undefined) {
      const cohort = cohorts[i];
      if (cohort === undefined) throw new RangeError(`no series ${i}`);
      prediction = predictedControl(calibrationScenario(setup, i, values), cohort.armShares);
      cache.set(key, prediction);
    }
    return prediction;
  };
  const devianceOf = (values: readonly number[], i: number): number => {
    const { observed } = cohorts[i];
    return binomialDeviance(observed.controlled, observed.effectivePatients, predict(values, i).localControl);
  };
  const objective = async (u: readonly number[]): Promise<number> => {
    signal?.throwIfAborted();
    if (Date.now() - lastYield >= yieldEveryMilliseconds) {
      await nextTask();
      lastYield = Date.now();
      signal?.throwIfAborted();
    }
    const values = u.map((ui, j) => fromSearch(parameters[j], ui));
    evaluations++;
    let total = 0;
    for (const i of fitted) total += devianceOf(values, i);
    if (total < best) best = total;
    if (evaluations % 10 === 0) {
      options.onProgress?.({ stage, ...(profiled === undefined ? {} : { parameter: profiled }), parameters: k, evaluations, deviance: best });
    }
    return total;
  };

  const fit = await fitWithProfiles(objective, parameters, parameters.map((p) => toSearch(p, p.start)), {
    profile: options.profile,
    maxEvaluations: options.maxEvaluations,
    onProfile: (j) => {
      stage = 'profile';
      profiled = j;
    },
  });
  profiled = undefined;
  const { estimate, minimum, profiles } = fit;
  stage = 'predict';
  options.onProgress?.({ stage, parameters: k, evaluations, deviance: minimum });

  const natural = (u: readonly number[]): number[] => u.map((ui, j) => fromSearch(parameters[j], ui));
  const estimateValues = natural(estimate);
  const outline = [estimateValues, ...profiles.flatMap((profile) => [natural(profile.lowerPoint), natural(profile.upperPoint)])];

  const fittedParameters: FittedParameter[] = parameters.map((p, j) => fittedParameter(p, estimateValues[j], profiles[j], fitted.filter((i) => (p.targets[i] ?? []).length > 0).map((i) => cohorts[i]?.id ?? String(i))));

  const cohortFits: CohortFit[] = cohorts.map((cohort, i) => {
    const atEstimate = predict(estimateValues, i);
    const range = outline.map((values) => predict(values, i).localControl);
    const low = range.reduce((lowest, value) => Math.min(lowest, value), Infinity);
    const high = range.reduce((highest, value) => Math.max(highest, value), -Infinity);
    const n = cohort.observed.effectivePatients;
    const halfWidth = (p: number): number => z975 * Math.sqrt((p * (1 - p)) / n);
    const predictionInterval: CalibrationInterval = [Math.max(0, low - halfWidth(low)), Math.min(1, high + halfWidth(high))];
    const { observed } = cohort;
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
      deviance: devianceOf(estimateValues, i),
    };
  });

  return {
    rtsim: { version: options.version ?? 'unknown', calibrationFormat: 1 },
    name: setup.name,
    seed: setup.seed,
    patients: setup.patients,
    fit: { deviance: minimum, degreesOfFreedom: fitted.length - k, evaluations, converged: fit.converged },
    parameters: fittedParameters,
    cohorts: cohortFits,
  };
}
