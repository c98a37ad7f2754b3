import { libraryRelease } from '@rtsim/core';
import { basename } from 'node:path';
import { blockCount } from '../cohort/blockCount.js';
import { modelVersion } from '../scenario/modelVersion.js';
import { serializeAccumulator } from '../cohort/serializeAccumulator.js';
import { shardBlocks } from '../cohort/shardBlocks.js';
import type { ShardSplit } from '../cohort/ShardSplit.js';
import { nodeSpawn } from '../pool/nodeSpawn.js';
import type { PoolProgress } from '../pool/PoolProgress.js';
import { resultsJson } from '../report/resultsJson.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { parameterSets } from '../uncertainty/parameterSets.js';
import type { SetBlock } from '../uncertainty/runScenarioSets.js';
import { runScenarioSets } from '../uncertainty/runScenarioSets.js';
import { runUncertainty } from '../uncertainty/runUncertainty.js';
import type { CliIo } from './CliIo.js';
import { comparisonTable } from './comparisonTable.js';
import { createProgressBar } from './createProgressBar.js';
import { exitCodes } from './exitCodes.js';
import { resultFiles } from './resultFiles.js';
import { rtsimVersion } from './rtsimVersion.js';
import { terminalText } from './terminalText.js';
import { uncertaintyTable } from './uncertaintyTable.js';
import { sealShard } from './sealShard.js';
import type { UncertaintyShardFile } from './UncertaintyShardFile.js';
import { shardFormatVersion } from './shardSealProblem.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';
import { runFailureStatus } from './runFailureStatus.js';
import { writeFailureStatus } from './writeFailureStatus.js';

/** What `rtsim run` has read and decided before it hands a scenario with parameter uncertainty over. */
export interface UncertainRunRequest {
  /** The resolved scenario with the --patients / --seed overrides applied (and its uncertainty section). */
  readonly scenario: ResolvedScenario;
  /** scenarioHash of `scenario`. */
  readonly hash: string;
  readonly file: { readonly fileName: string; readonly text: string };
  /** Worker threads (0: the calling thread). */
  readonly workers: number;
  /** Shard K of N (K from 1) and its split, absent for `strided` (written to the file as given). */
  readonly shard?: { readonly index: number; readonly count: number; readonly split?: ShardSplit };
  readonly json: boolean;
  readonly outDirectory: string;
}

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
  return shardBlocks(all.length, index - 1, count, split).map((u) => all[u] as SetBlock);
}

/**
 * `rtsim run` for a scenario with an `uncertainty` section (docs/uncertainty.md): the nominal set and K drawn
 * parameter sets, each a cohort of the scenario's patients with its seed, as (set, block) units on the worker
 * threads with one progress bar. Prints the comparison table of the nominal set and the two-level tables (or
 * results.json with --json) and writes results.json (with its `uncertainty` field), arms.csv and report.html
 * (with a "Parameter uncertainty" section). With --shard K/N (and --split) it simulates only its units and writes
 * partial-K-of-N.json (UncertaintyShardFile) for rtsim merge.
 * @param request - scenario, hash, file, workers, shard, --json and output directory from `rtsim run`
 * @param io - output streams, abort signal
 * @returns the exit status (0, 1 or 130)
 */
export async function runUncertainCommand(request: UncertainRunRequest, io: CliIo): Promise<number> {
  const { scenario, hash, file, workers, shard, json, outDirectory } = request;
  let sets;
  try {
    sets = parameterSets(scenario);
  } catch (error) {
    io.stderr.write(`rtsim run: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const blocksPerSet = blockCount(scenario.patients);
  const totalUnits = sets.scenarios.length * blocksPerSet;
  const units = shard === undefined ? undefined : uncertaintyShardUnits(sets.scenarios, shard.index, shard.count, shard.split);
  const unitCount = units?.length ?? totalUnits;
  const threads = workers === 0 ? 'in the main thread' : `on ${Math.min(workers, Math.max(1, unitCount))} worker thread${Math.min(workers, unitCount) === 1 ? '' : 's'}`;
  const splitNote = shard?.split === undefined ? '' : `, ${shard.split}`;
  const part = shard === undefined ? '' : ` (shard ${shard.index}/${shard.count}${splitNote}: ${unitCount} of ${totalUnits} blocks)`;
  const draws = sets.values.length;
  io.stderr.write(
    `rtsim run: ${terminalText(scenario.name)}: ${scenario.patients} patients × ${draws + 1} parameter sets (nominal + ${draws} drawn), seed ${scenario.seed}${part}, ${threads}\n`,
  );
  const bar = createProgressBar(io.stderr);
  const onProgress = (progress: PoolProgress): void => bar.update(progress);
  const pool = {
    workers,
    ...(workers === 0 ? {} : { spawn: () => nodeSpawn() }),
    onProgress,
    ...(io.signal === undefined ? {} : { signal: io.signal }),
  };
  const started = Date.now();
  const failed = (error: unknown): number => runFailureStatus(io, bar, error);
  try {
    if (shard !== undefined) {
      let accumulators;
      try {
        accumulators = await runScenarioSets({ scenarios: sets.scenarios, units: units ?? [], ...pool });
      } catch (error) {
        return failed(error);
      }
      bar.clear();
      const touched = new Set((units ?? []).map(([set]) => set));
      const body: UncertaintyShardFile = sealShard({
        format: 'rtsim-uncertainty-shard',
        formatVersion: shardFormatVersion,
        rtsim: rtsimVersion(),
        model: modelVersion,
        library: { version: libraryRelease.version, hash: libraryRelease.hash },
        scenarioHash: hash,
        seed: scenario.seed,
        patients: scenario.patients,
        draws,
        shard,
        scenarioFile: file.fileName,
        scenarioText: file.text,
        scenario,
        accumulators: accumulators.map((accumulator, set) => (accumulator !== undefined && touched.has(set) ? serializeAccumulator(accumulator) : null)),
      });
      const name = `partial-${shard.index}-of-${shard.count}.json`;
      const content = `${JSON.stringify(body)}\n`;
      await writeFilesAtomically(outDirectory, [{ name, content }], io.signal);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (json) io.stdout.write(content);
      else io.stdout.write(`shard ${shard.index}/${shard.count}${splitNote}: ${unitCount} of ${totalUnits} blocks (${draws + 1} parameter sets) in ${seconds} s\n`);
      io.stderr.write(`rtsim run: wrote ${basename(name)} to ${outDirectory}\n`);
      return exitCodes.ok;
    }
    let results;
    try {
      results = await runUncertainty(scenario, { ...pool, meta: { version: rtsimVersion(), scenarioHash: hash } });
    } catch (error) {
      return failed(error);
    }
    bar.clear();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const files = resultFiles(results, file.text);
    const printed = json ? resultsJson(results) : `${comparisonTable(results)}\n${uncertaintyTable(results)}`;
    await writeFilesAtomically(outDirectory, files, io.signal);
    io.stdout.write(printed);
    io.stderr.write(`rtsim run: ${scenario.patients} patients × ${draws + 1} parameter sets in ${seconds} s; wrote ${files.map((f) => f.name).join(', ')} to ${outDirectory}\n`);
    return exitCodes.ok;
  } catch (error) {
    return writeFailureStatus(io, outDirectory, error);
  }
}
