import { blockCount } from '../cohort/blockCount.js';
import { modelVersion } from '../scenario/modelVersion.js';
import { recordedLibrary } from '../scenario/recordedLibrary.js';
import { serializeAccumulator } from '../cohort/serializeAccumulator.js';
import type { ShardSplit } from '../cohort/ShardSplit.js';
import { nodeSpawn } from '../pool/nodeSpawn.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { sensitivityDesign } from '../sensitivity/sensitivityDesign.js';
import type { SensitivitySettings } from '../sensitivity/SensitivitySettings.js';
import { runScenarioSets } from '../uncertainty/runScenarioSets.js';
import type { CliIo } from './CliIo.js';
import { createProgressBar } from './createProgressBar.js';
import { exitCodes } from './exitCodes.js';
import { rtsimVersion } from './rtsimVersion.js';
import { uncertaintyShardUnits } from '../trial/uncertaintyShardUnits.js';
import { sealShard } from './sealShard.js';
import { shardPartName } from '../trial/shardPartName.js';
import type { SensitivityShardFile } from './SensitivityShardFile.js';
import { shardFormatVersion } from '../trial/shardFormatVersion.js';
import { runFailureStatus } from './runFailureStatus.js';
import { terminalText } from './terminalText.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';

/** What `rtsim sensitivity` has read and checked before it hands a shard over. */
export interface SensitivityShardRequest {
  /** The scenario as its file says (with an uncertainty section, no correlations, the output's arms). */
  readonly scenario: ResolvedScenario;
  /** scenarioHash of `scenario`. */
  readonly hash: string;
  readonly file: { readonly fileName: string; readonly text: string };
  /** The analysis, every default filled in. */
  readonly settings: SensitivitySettings;
  /** Shard K of N (K from 1) and its split, absent for `strided` (written to the file as given). */
  readonly shard: { readonly index: number; readonly count: number; readonly split?: ShardSplit };
  /** Worker threads (0: the calling thread). */
  readonly workers: number;
  readonly json: boolean;
  readonly outDirectory: string;
}

/**
 * `rtsim sensitivity FILE --shard K/N [--split S]` (docs/sharding.md): simulates shard K of N of the analysis's
 * (evaluation, block) units (uncertaintyShardUnits over the evaluations of sensitivityDesign) on the worker
 * threads and writes `sensitivity-partial-K-of-N.json` (`…-contiguous.json` for --split contiguous, shardPartName; SensitivityShardFile) atomically, once complete, for
 * `rtsim merge`. Prints one line (or the file with --json). A shard with no unit writes a valid empty part and a
 * warning, so a fixed array size fits any analysis.
 * @param request - scenario, hash, file, settings, shard, workers, --json and output directory
 * @param io - output streams, abort signal
 * @returns the exit status (0, 1 or 130)
 */
export async function sensitivityShardCommand(request: SensitivityShardRequest, io: CliIo): Promise<number> {
  const { scenario, hash, file, settings, shard, workers, json, outDirectory } = request;
  let design;
  try {
    design = sensitivityDesign(scenario, settings.samples, settings.patients);
  } catch (error) {
    io.stderr.write(`rtsim sensitivity: the analysis failed: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const { scenarios } = design;
  const totalUnits = scenarios.length * blockCount(settings.patients);
  const units = uncertaintyShardUnits(scenarios, shard.index, shard.count, shard.split);
  const splitNote = shard.split === undefined ? '' : `, ${shard.split}`;
  if (units.length === 0) {
    io.stderr.write(`rtsim sensitivity: warning: shard ${shard.index}/${shard.count} has no blocks (the analysis has only ${totalUnits}); its partial result is empty\n`);
  }
  const threadCount = Math.min(workers, Math.max(1, units.length));
  const threads = workers === 0 ? 'in the main thread' : `on ${threadCount} worker thread${threadCount === 1 ? '' : 's'}`;
  io.stderr.write(
    `rtsim sensitivity: ${terminalText(scenario.name)}: shard ${shard.index}/${shard.count}${splitNote}: ${units.length} of ${totalUnits} blocks of ${scenarios.length} evaluations of ${settings.patients} patients, ${threads}\n`,
  );
  const bar = createProgressBar(io.stderr);
  const started = Date.now();
  let accumulators;
  try {
    accumulators = await runScenarioSets({
      scenarios,
      units,
      workers,
      ...(workers === 0 ? {} : { spawn: () => nodeSpawn() }),
      onProgress: (progress) => bar.update(progress),
      ...(io.signal === undefined ? {} : { signal: io.signal }),
    });
  } catch (error) {
    return runFailureStatus(io, bar, error, 'sensitivity', 'the analysis');
  }
  bar.clear();
  const touched = new Set(units.map(([evaluation]) => evaluation));
  const body: SensitivityShardFile = sealShard({
    format: 'rtsim-sensitivity-shard',
    formatVersion: shardFormatVersion,
    rtsim: rtsimVersion(),
    model: modelVersion,
    library: { ...recordedLibrary(scenario) },
    scenarioHash: hash,
    seed: scenario.seed,
    patients: scenario.patients,
    analysis: settings,
    shard,
    scenarioFile: file.fileName,
    scenarioText: file.text,
    scenario,
    accumulators: accumulators.map((accumulator, evaluation) => (accumulator !== undefined && touched.has(evaluation) ? serializeAccumulator(accumulator) : null)),
  });
  const name = shardPartName('sensitivity', shard);
  const content = `${JSON.stringify(body)}\n`;
  try {
    await writeFilesAtomically(outDirectory, [{ name, content }], io.signal);
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write('rtsim sensitivity: interrupted; nothing was written\n');
      return exitCodes.interrupted;
    }
    io.stderr.write(`rtsim sensitivity: could not write ${name} to ${outDirectory}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (json) io.stdout.write(content);
  else io.stdout.write(`shard ${shard.index}/${shard.count}${splitNote}: ${units.length} of ${totalUnits} blocks (${scenarios.length} evaluations) in ${seconds} s\n`);
  io.stderr.write(`rtsim sensitivity: wrote ${name} to ${outDirectory}\n`);
  return exitCodes.ok;
}
