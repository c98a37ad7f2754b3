import { compilePlan } from '../cohort/compilePlan.js';
import { modelVersion } from '../scenario/modelVersion.js';
import { recordedLibrary } from '../scenario/recordedLibrary.js';
import type { AccumulatorFile } from '../cohort/serializeAccumulator.js';
import { serializeAccumulator } from '../cohort/serializeAccumulator.js';
import type { SummaryMeta } from '../cohort/summarize.js';
import { summarize } from '../cohort/summarize.js';
import type { TrialResults } from '../cohort/TrialResults.js';
import type { PoolWorker } from '../pool/PoolWorker.js';
import { runBlocks } from '../pool/runBlocks.js';
import type { PoolProgress } from '../pool/PoolProgress.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { scenarioHash } from '../scenario/scenarioHash.js';
import type { ParameterSets } from '../uncertainty/parameterSets.js';
import { runScenarioSets } from '../uncertainty/runScenarioSets.js';
import { runUncertainty } from '../uncertainty/runUncertainty.js';
import { shardFormatVersion } from './shardFormatVersion.js';
import type { TrialPartial } from './TrialPartial.js';
import type { TrialPlan } from './trialPlan.js';
import { trialPlan } from './trialPlan.js';
import type { TrialShard } from './TrialShard.js';

/** A shard to compute, and the scenario file its partial result records (merge re-derives the scenario from it). */
export interface TrialShardRequest extends TrialShard {
  /** Base name of the scenario file (its extension says YAML or JSON). */
  readonly scenarioFile: string;
  /** The scenario file as written (before --patients / --seed). */
  readonly scenarioText: string;
}

/** Options of {@link runTrial}. */
export interface RunTrialOptions {
  /** Workers, a whole number ≥ 0; 0 runs in the calling thread. */
  readonly workers: number;
  /** Starts one worker running the cohort worker API: `nodeSpawn` in Node, a module Web Worker in a page. */
  readonly spawn: () => PoolWorker;
  /** Called after each batch of blocks. */
  readonly onProgress?: (progress: PoolProgress) => void;
  /** Aborting stops the workers; the run then rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** rtsim version recorded in the results and the partial (`rtsimVersion()` in Node, the build's in a page). */
  readonly version: string;
  /** Compute only this shard and return its partial result (default: the whole run, summarised). */
  readonly shard?: TrialShardRequest;
}

/** A whole run, summarised. */
export interface TrialResultsRun {
  readonly kind: 'results';
  readonly results: TrialResults;
  readonly plan: TrialPlan;
}

/** One shard of a run: its partial result, to be sealed and written for mergeTrialParts. */
export interface TrialPartialRun {
  readonly kind: 'partial';
  readonly partial: TrialPartial;
  readonly plan: TrialPlan;
}

/** What {@link runTrial} returns. */
export type TrialRun = TrialResultsRun | TrialPartialRun;

/**
 * The front door of a run (docs/architecture.md), for plain and two-level (uncertainty) scenarios alike, whole or
 * one shard, in Node or in a page: simulates the scenario's blocks (of each parameter set, for a scenario with an
 * `uncertainty` section) on the pool, then summarises them (a whole run) or returns the shard's exact totals (a
 * shard). The results are a function of the scenario alone: byte-identical for every worker count, shard split and
 * platform. No file is read or written (trialFiles gives a run's output set).
 * @param scenario - a validated, resolved scenario with the --patients / --seed overrides applied
 * @param options - workers and spawn, progress, abort signal, version, shard
 * @returns (a promise of) the results, or the shard's partial result, with the plan that was run
 * @throws (rejects) Error when a parameter draw makes the scenario invalid or the run fails (naming the block or
 *   set), AbortError when aborted
 */
export function runTrial(scenario: ResolvedScenario, options: RunTrialOptions & { readonly shard: TrialShardRequest }): Promise<TrialPartialRun>;
export function runTrial(scenario: ResolvedScenario, options: RunTrialOptions & { readonly shard?: undefined }): Promise<TrialResultsRun>;
export function runTrial(scenario: ResolvedScenario, options: RunTrialOptions): Promise<TrialRun>;
export async function runTrial(scenario: ResolvedScenario, options: RunTrialOptions): Promise<TrialRun> {
  const { shard } = options;
  const plan = trialPlan(scenario, shard);
  const meta: SummaryMeta = { version: options.version, scenarioHash: await scenarioHash(scenario) };
  const pool = {
    workers: options.workers,
    spawn: options.spawn,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  if (shard !== undefined) return { kind: 'partial', partial: await runShard(scenario, plan, shard, meta, pool), plan };
  const results = plan.sets === undefined
    ? summarize(await runBlocks({ scenario, ...pool }), compilePlan(scenario), meta)
    : await runUncertainty(scenario, { ...pool, meta });
  return { kind: 'results', results, plan };
}

type Pool = Pick<RunTrialOptions, 'workers' | 'spawn' | 'onProgress' | 'signal'>;

/** Simulates a shard's units and returns its partial result, fields in the order of the shard file formats. */
async function runShard(scenario: ResolvedScenario, plan: TrialPlan, request: TrialShardRequest, meta: SummaryMeta, pool: Pool): Promise<TrialPartial> {
  // The split is recorded only when it is not the default, so strided shard files keep their earlier form.
  const shard: TrialShard = { index: request.index, count: request.count, ...(request.split === undefined || request.split === 'strided' ? {} : { split: request.split }) };
  const head = {
    formatVersion: shardFormatVersion,
    rtsim: meta.version,
    model: modelVersion,
    library: { ...recordedLibrary(scenario) },
    scenarioHash: meta.scenarioHash,
    seed: scenario.seed,
    patients: scenario.patients,
  } as const;
  const source = { scenarioFile: request.scenarioFile, scenarioText: request.scenarioText };
  if (plan.sets === undefined) {
    const accumulator = await runBlocks({ scenario, blocks: plan.blocks ?? [], ...pool });
    return { format: 'rtsim-shard', ...head, shard, ...source, scenario, accumulator: serializeAccumulator(accumulator) };
  }
  const accumulators = await runSetUnits(plan.sets, plan, pool);
  return { format: 'rtsim-uncertainty-shard', ...head, draws: plan.sets.values.length, shard, ...source, scenario, accumulators };
}

/** Simulates a two-level shard's (set, block) units; each set it touched serialised, null for the others. */
async function runSetUnits(sets: ParameterSets, plan: TrialPlan, pool: Pool): Promise<(AccumulatorFile | null)[]> {
  const units = plan.units ?? [];
  const accumulators = await runScenarioSets({ scenarios: sets.scenarios, units, ...pool });
  const touched = new Set(units.map(([set]) => set));
  return accumulators.map((accumulator, set) => (accumulator !== undefined && touched.has(set) ? serializeAccumulator(accumulator) : null));
}
