import { blockCount } from '../cohort/blockCount.js';
import { shardBlocks } from '../cohort/shardBlocks.js';
import type { ShardSplit } from '../cohort/ShardSplit.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SetBlock } from '../uncertainty/runScenarioSets.js';

/**
 * The units of shard `index` (from 1) of `count` of a two-level run: shardBlocks over the (set, block) list in
 * set order, so every `count`-th unit from `index − 1` (strided) or one range of consecutive units (contiguous).
 * @param scenarios - the K + 1 parameter sets
 * @param index - K, from 1
 * @param count - N
 * @param split - how the units are divided among the shards (default `strided`)
 * @returns the shard's units
 */
export function uncertaintyShardUnits(scenarios: readonly ResolvedScenario[], index: number, count: number, split: ShardSplit = 'strided'): SetBlock[] {
  const all = scenarios.flatMap((scenario, set) => Array.from({ length: blockCount(scenario.patients) }, (_, block): SetBlock => [set, block]));
  return shardBlocks(all.length, index - 1, count, split).map((u) => all[u]);
}
