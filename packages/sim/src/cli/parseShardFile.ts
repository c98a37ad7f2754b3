import type { LibraryRelease } from '@rtsim/core';
import { accumulatorProblem } from '../cohort/accumulatorProblem.js';
import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { parseAccumulator } from '../cohort/parseAccumulator.js';
import { shardBlocks } from '../cohort/shardBlocks.js';
import { modelVersion } from '../scenario/modelVersion.js';
import { recordedLibrary } from '../scenario/recordedLibrary.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ShardField } from '../trial/parseShardField.js';
import { shardVersionsProblem } from '../trial/shardVersionsProblem.js';
import { shardFileKind } from './shardFileKind.js';
import { shardHeader } from './shardHeader.js';
import { UsageError } from './UsageError.js';
import { rtsimVersion } from './rtsimVersion.js';
import { terminalText } from './terminalText.js';

/** A partial result read back and checked. */
export interface ParsedShard {
  readonly rtsim: string;
  /** The model version and parameter library that computed it: this rtsim's for its scenario (checked). */
  readonly model: number;
  readonly library: LibraryRelease;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly patients: number;
  /** Shard K of N, K from 1, and its split (`strided` when the file records none). */
  readonly shard: ShardField;
  readonly scenarioFile: string;
  readonly scenarioText: string;
  /** The scenario re-derived from `scenarioText` (see shardScenario), equal to the embedded one. */
  readonly scenario: ResolvedScenario;
  readonly accumulator: Accumulator;
}

/**
 * Reads the parsed JSON of a `partial-K-of-N.json` file (see {@link ShardFile}) and checks it, trusting nothing:
 * format tag, version and checksum (shardSealProblem); every field's type (an absent `shard.split` is
 * `strided`); the scenario, re-validated from its text and equal to the embedded one and its hash
 * (shardScenario); its model and library those this rtsim computes that scenario with (shardVersionsProblem);
 * the accumulator's shape (parseAccumulator), and that it is one the shard's blocks of that
 * scenario can produce (accumulatorProblem: fingerprint, dimensions, exactly shard K/N's blocks under its split,
 * counts and sums within their bounds).
 * @param value - the file's JSON, parsed
 * @param fileName - the file's name, quoted in messages
 * @returns the checked contents
 * @throws (rejects) UsageError naming the file and the first problem
 */
export async function parseShardFile(value: unknown, fileName: string): Promise<ParsedShard> {
  const fail = (reason: string): never => {
    throw new UsageError(`rtsim merge: ${fileName}: not an rtsim partial result: ${reason}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected a JSON object');
  const file = value as Record<string, unknown>;
  if (file['format'] !== 'rtsim-shard') {
    const kind = shardFileKind(file);
    return fail(`format must be "rtsim-shard" (write partial results with rtsim run FILE --shard K/N)${kind === undefined ? '' : `; it is ${kind}, and parts of one merge must all be of one kind`}`);
  }
  const { seed, patients, scenarioFile, scenarioText } = file;
  const hash = file['scenarioHash'];
  const header = await shardHeader(file);
  if ('problem' in header) return fail(header.problem);
  const { rtsim, shard: shardField, scenario } = header;
  const versions = shardVersionsProblem(file, scenario, rtsimVersion());
  if (versions !== undefined) throw new UsageError(`rtsim merge: ${fileName} ${terminalText(versions)}`);
  if (scenario.uncertainty !== undefined) fail('its scenario has an uncertainty section, but the file is not a two-level part ("rtsim-uncertainty-shard")');
  let accumulator: Accumulator;
  try {
    accumulator = parseAccumulator(file['accumulator']);
  } catch (error) {
    return fail(`accumulator: ${(error as Error).message}`);
  }
  const plan = compilePlan(scenario);
  const problem = accumulatorProblem(accumulator, plan, shardBlocks(plan.blockCount, shardField.index - 1, shardField.count, shardField.split));
  if (problem !== undefined) fail(`accumulator: ${problem}`);
  return {
    rtsim,
    // The file's claim, just checked to be these (shardVersionsProblem).
    model: modelVersion,
    library: recordedLibrary(scenario),
    scenarioHash: hash as string,
    seed: seed as number,
    patients: patients as number,
    shard: shardField,
    scenarioFile: scenarioFile as string,
    scenarioText: scenarioText as string,
    scenario,
    accumulator,
  };
}
