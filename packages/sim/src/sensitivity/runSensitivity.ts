import type { Accumulator } from '../cohort/createAccumulator.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { summarize } from '../cohort/summarize.js';
import type { PoolWorker } from '../pool/PoolWorker.js';
import type { PoolProgress } from '../pool/PoolProgress.js';
import { namedGenerator } from '../random/namedGenerator.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { runScenarioSets } from '../uncertainty/runScenarioSets.js';
import { sensitivityDesign } from './sensitivityDesign.js';
import type { SensitivityMeasure, SensitivityOutput, SensitivityResults } from './SensitivityResults.js';
import { sobolBootstrap } from './sobolBootstrap.js';
import { sobolIndices } from './sobolIndices.js';
import { tornadoRows } from './tornado.js';

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
 * The label of an output in tables: `control rate of preop-5x6`, `control rate of a − b`.
 * @param output - the output
 * @param measure - control rate or mean TCP
 */
export function sensitivityOutputLabel(output: SensitivityOutput, measure: SensitivityMeasure): string {
  const what = measure === 'mean-tcp' ? 'mean TCP' : 'control rate';
  return output.kind === 'arm' ? `${what} of ${output.arm}` : `difference in ${what}, ${output.a} − ${output.b}`;
}

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
 * @throws (rejects) Error for an unknown arm, a scenario without uncertain parameters or with correlated ones
 *   (correlationRefusal), or an invalid point; as runScenarioSets for the pool
 */
export async function runSensitivity(scenario: ResolvedScenario, options: RunSensitivityOptions): Promise<SensitivityResults> {
  const measure = options.measure ?? 'control-rate';
  const samples = options.samples ?? defaultSensitivitySamples;
  const patients = options.patients ?? defaultSensitivityPatients;
  const resamples = options.resamples ?? defaultSensitivityResamples;
  const { output } = options;
  const armIndex = (id: string): number => {
    const index = scenario.arms.findIndex((arm) => arm.id === id);
    if (index < 0) throw new Error(`unknown arm '${id}' (arms: ${scenario.arms.map((arm) => arm.id).join(', ')})`);
    return index;
  };
  const picked = output.kind === 'arm' ? [armIndex(output.arm)] : [armIndex(output.a), armIndex(output.b)];
  const { ranges, scenarios } = sensitivityDesign(scenario, samples, patients);
  const values = new Float64Array(scenarios.length);
  const onSetDone = (set: number, accumulator: Accumulator, plan: EnginePlan): void => {
    const results = summarize(accumulator, plan, options.meta);
    const [first, second] = picked.map((a) => {
      const arm = results.arms[a];
      return measure === 'mean-tcp' ? (arm?.meanTcp ?? Number.NaN) : (arm?.controlRate ?? Number.NaN);
    }) as [number, number | undefined];
    values[set] = second === undefined ? first : first - second;
  };
  await runScenarioSets({
    scenarios,
    workers: options.workers,
    ...(options.spawn === undefined ? {} : { spawn: options.spawn }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    onSetDone,
  });
  const d = ranges.length;
  const tornadoCount = 2 * d + 1;
  const tornado = tornadoRows(
    ranges.map((r) => ({ name: r.label, nominal: r.nominal, low: r.low, high: r.high })),
    Array.from(values.subarray(0, tornadoCount)),
  );
  const block = (m: number): Float64Array => values.subarray(tornadoCount + m * samples, tornadoCount + (m + 1) * samples);
  const fA = block(0);
  const fB = block(1);
  const fAB = ranges.map((_, i) => block(2 + i));
  const indices = sobolIndices(fA, fB, fAB);
  const intervals = sobolBootstrap(fA, fB, fAB, resamples, namedGenerator(scenario.seed, 'bootstrap', 0));
  return {
    rtsim: { version: options.meta.version, sensitivityFormat: 1 },
    scenario: { name: scenario.name, hash: options.meta.scenarioHash },
    seed: scenario.seed,
    patients,
    output: { ...output, measure, label: sensitivityOutputLabel(output, measure) },
    parameters: ranges,
    evaluations: scenarios.length,
    tornado: {
      base: tornado.base,
      rows: tornado.rows.map((row) => {
        const range = ranges[row.index];
        return { label: row.name, path: range?.path ?? '', low: row.low, high: row.high, outputLow: row.outputLow, outputHigh: row.outputHigh, swing: row.swing };
      }),
    },
    sobol: {
      samples,
      resamples,
      mean: indices.mean,
      variance: indices.variance,
      indices: ranges.map((r, i) => ({
        label: r.label,
        path: r.path,
        first: indices.first[i] as number,
        firstCi95: intervals.first[i] as readonly [number, number],
        total: indices.total[i] as number,
        totalCi95: intervals.total[i] as readonly [number, number],
      })),
    },
  };
}
