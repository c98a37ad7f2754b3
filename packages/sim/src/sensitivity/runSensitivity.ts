import type { Accumulator } from '../cohort/createAccumulator.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import type { PoolWorker } from '../pool/PoolWorker.js';
import type { PoolProgress } from '../pool/PoolProgress.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { runScenarioSets } from '../uncertainty/runScenarioSets.js';
import { sensitivityDesign } from './sensitivityDesign.js';
import type { SensitivityMeasure, SensitivityOutput, SensitivityResults } from './SensitivityResults.js';
import { sensitivityFromValues } from './sensitivityFromValues.js';
import { sensitivityOutputArms } from './sensitivityOutputArms.js';
import { sensitivityPointValue } from './sensitivityPointValue.js';
import { sensitivityMeasureProblem } from './sensitivityMeasureProblem.js';

/** Options of {@link runSensitivity}. */
export interface RunSensitivityOptions {
  readonly output: SensitivityOutput;
  /** Default `control-rate`. */
  readonly measure?: SensitivityMeasure;
  /** N, Saltelli rows (default 256). */
  readonly samples?: number;
  /** Virtual patients per evaluation (default 4096, one block). */
  readonly patients?: number;
  /** Bootstrap resamples of the Sobol intervals (default 1000). */
  readonly resamples?: number;
  /** Worker count; 0 (or no spawn) runs in the calling thread. */
  readonly workers: number;
  readonly spawn?: () => PoolWorker;
  readonly onProgress?: (progress: PoolProgress) => void;
  readonly signal?: AbortSignal;
  /** Version and scenario hash recorded in the results. */
  readonly meta: { readonly version: string; readonly scenarioHash: string };
}

/** Saltelli rows when not given. */
export const defaultSensitivitySamples = 256;
/** Patients per evaluation when not given: one block. */
export const defaultSensitivityPatients = 4096;
/** Bootstrap resamples when not given. */
export const defaultSensitivityResamples = 1000;

/**
 * Sensitivity of one output of a scenario to its uncertain parameters (docs/uncertainty.md): a one-at-a-time
 * tornado (each parameter alone at its 2.5 % and 97.5 % quantiles) and first-order and total Sobol indices from a
 * Saltelli design of N rows, with 95 % bootstrap intervals. The model is the whole virtual trial: each point is
 * the scenario with the parameter values substituted, run with the scenario's seed on `patients` patients, so
 * every point sees the same patients (common random numbers) and the output is a smooth, deterministic function
 * of the parameters. Points run as (point, block) units on one worker pool: the result does not depend on the
 * worker count.
 * @param scenario - a validated scenario with an `uncertainty` section
 * @param options - output, measure, N, patients, resamples, workers, progress, abort signal, version and hash
 * @returns (a promise of) the results written to sensitivity.json
 * @throws (rejects) Error for an unknown arm or a difference of an arm with itself, a measure the scenario does not report (sensitivityMeasureProblem), a scenario without uncertain parameters or with correlated ones
 *   (correlationRefusal), or an invalid point; as runScenarioSets for the pool
 */
export async function runSensitivity(scenario: ResolvedScenario, options: RunSensitivityOptions): Promise<SensitivityResults> {
  const measure = options.measure ?? 'control-rate';
  const measureProblem = sensitivityMeasureProblem(scenario, measure);
  if (measureProblem !== undefined) throw new Error(measureProblem);
  const samples = options.samples ?? defaultSensitivitySamples;
  const patients = options.patients ?? defaultSensitivityPatients;
  const resamples = options.resamples ?? defaultSensitivityResamples;
  const { output } = options;
  const arms = sensitivityOutputArms(scenario, output);
  const { ranges, scenarios } = sensitivityDesign(scenario, samples, patients);
  const values = new Float64Array(scenarios.length);
  const onSetDone = (set: number, accumulator: Accumulator, plan: EnginePlan): void => {
    values[set] = sensitivityPointValue(accumulator, plan, arms, measure, options.meta);
  };
  await runScenarioSets({
    scenarios,
    workers: options.workers,
    ...(options.spawn === undefined ? {} : { spawn: options.spawn }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    onSetDone,
  });
  return sensitivityFromValues(scenario, ranges, values, { output, measure, samples, patients, resamples }, options.meta);
}
