import { blockCount } from '../cohort/blockCount.js';
import { shardBlocks } from '../cohort/shardBlocks.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ParameterSets } from '../uncertainty/parameterSets.js';
import { parameterSets } from '../uncertainty/parameterSets.js';
import type { SetBlock } from '../uncertainty/runScenarioSets.js';
import type { TrialShard } from './TrialShard.js';
import { uncertaintyShardUnits } from './uncertaintyShardUnits.js';

/** The work of one run, decided before anything is simulated (see {@link trialPlan}). */
export interface TrialPlan {
  /** The K + 1 parameter sets of a two-level run (a scenario with an `uncertainty` section); undefined for a plain run. */
  readonly sets: ParameterSets | undefined;
  /** Work units of the whole run: its blocks (plain), or the blocks of all its parameter sets (two-level). */
  readonly unitCount: number;
  /** Units this run simulates: all of them, or a shard's. */
  readonly unitsToRun: number;
  /** Blocks of a plain run's shard; undefined for a whole run or a two-level run. */
  readonly blocks: readonly number[] | undefined;
  /** (set, block) units of a two-level run's shard; undefined for a whole run or a plain run. */
  readonly units: readonly SetBlock[] | undefined;
}

/**
 * What runTrial will simulate for a scenario and (optionally) a shard: the parameter sets of a two-level run and
 * the unit counts, so that a caller can say what is about to run (or that a shard is empty) before it starts.
 * @param scenario - a validated, resolved scenario (overrides applied)
 * @param shard - shard K of N, or undefined for the whole run
 * @returns the plan
 * @throws Error when a parameter draw makes the scenario invalid (parameterSets)
 */
export function trialPlan(scenario: ResolvedScenario, shard?: TrialShard): TrialPlan {
  const blocksPerSet = blockCount(scenario.patients);
  if (scenario.uncertainty === undefined) {
    const blocks = shard === undefined ? undefined : shardBlocks(blocksPerSet, shard.index - 1, shard.count, shard.split);
    return { sets: undefined, unitCount: blocksPerSet, unitsToRun: blocks?.length ?? blocksPerSet, blocks, units: undefined };
  }
  const sets = parameterSets(scenario);
  const unitCount = sets.scenarios.length * blocksPerSet;
  const units = shard === undefined ? undefined : uncertaintyShardUnits(sets.scenarios, shard.index, shard.count, shard.split);
  return { sets, unitCount, unitsToRun: units?.length ?? unitCount, blocks: undefined, units };
}
