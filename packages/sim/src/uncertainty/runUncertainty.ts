import type { Accumulator } from '../cohort/createAccumulator.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import type { SummaryMeta } from '../cohort/summarize.js';
import { summarize } from '../cohort/summarize.js';
import type { TrialResults } from '../cohort/TrialResults.js';
import type { PoolWorker } from '../pool/PoolWorker.js';
import type { PoolProgress } from '../pool/PoolProgress.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { DrawOutcome } from './drawOutcome.js';
import { drawOutcome } from './drawOutcome.js';
import type { ParameterSets } from './parameterSets.js';
import { parameterSets } from './parameterSets.js';
import { runScenarioSets } from './runScenarioSets.js';
import { summarizeUncertainty } from './summarizeUncertainty.js';

/** Options of {@link runUncertainty}. */
export interface RunUncertaintyOptions {
  /** Worker count; 0 (or no spawn) runs in the calling thread. */
  readonly workers: number;
  readonly spawn?: () => PoolWorker;
  readonly onProgress?: (progress: PoolProgress) => void;
  readonly signal?: AbortSignal;
  /** Version and scenario hash recorded in the results. */
  readonly meta: SummaryMeta;
}

/**
 * Completes a two-level run from the accumulators of its sets: the nominal set's ordinary results with the
 * `uncertainty` summary added. Each set must be complete (every block covered).
 * @param sets - the parameter sets (parameterSets of the scenario)
 * @param setResults - summarize(accumulator, plan, meta) of each set, set 0 the nominal one
 * @returns the run's TrialResults
 */
export function uncertainResults(sets: ParameterSets, setResults: readonly TrialResults[]): TrialResults {
  const [nominal, ...draws] = setResults;
  if (nominal === undefined) throw new RangeError('a two-level run needs at least the nominal set');
  return { ...nominal, uncertainty: summarizeUncertainty(sets, nominal, draws.map(drawOutcome)) };
}

/**
 * Runs a scenario with parameter uncertainty (docs/uncertainty.md): the nominal set and K parameter sets drawn
 * from (seed, 'outer', k), each a whole cohort with the scenario's seed and patients (common random numbers), as
 * (set, block) units on one worker pool (runScenarioSets), each set summarised as it completes. The results are
 * the nominal set's TrialResults (what `rtsim run` gives without the section) plus `uncertainty`; they are a
 * function of the scenario alone: the same for every worker count.
 * @param scenario - a validated scenario (with an `uncertainty` section; without one the result has K = 0)
 * @param options - workers and spawn, progress, abort signal, version and hash to record
 * @returns (a promise of) the results
 * @throws (rejects) as runScenarioSets; Error when a draw makes the scenario invalid (parameterSets) or a set has
 *   invalid patients (summarize, prefixed with the set)
 */
export async function runUncertainty(scenario: ResolvedScenario, options: RunUncertaintyOptions): Promise<TrialResults> {
  const sets = parameterSets(scenario);
  const outcomes = new Array<TrialResults | DrawOutcome | undefined>(sets.scenarios.length);
  const onSetDone = (set: number, accumulator: Accumulator, plan: EnginePlan): void => {
    let results: TrialResults;
    try {
      results = summarize(accumulator, plan, options.meta);
    } catch (error) {
      const where = set === 0 ? 'the nominal parameter set' : `parameter set ${set} of ${sets.values.length} (${sets.parameters.map((p, j) => `${p.label} = ${sets.values[set - 1]?.[j]}`).join(', ')})`;
      throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
    }
    // Keep the nominal set whole; of each draw only the few numbers the summary needs.
    outcomes[set] = set === 0 ? results : drawOutcome(results);
  };
  await runScenarioSets({
    scenarios: sets.scenarios,
    workers: options.workers,
    ...(options.spawn === undefined ? {} : { spawn: options.spawn }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    onSetDone,
  });
  const nominal = outcomes[0] as TrialResults;
  return { ...nominal, uncertainty: summarizeUncertainty(sets, nominal, outcomes.slice(1) as DrawOutcome[]) };
}
