import type { Accumulator } from '../cohort/createAccumulator.js';
import { parseAccumulator } from '../cohort/parseAccumulator.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { scenarioHash } from '../scenario/scenarioHash.js';
import type { ShardField } from './parseShardField.js';
import { parseShardField } from './parseShardField.js';
import { UsageError } from './UsageError.js';

/** A partial result read back and checked. */
export interface ParsedShard {
  readonly rtsim: string;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly patients: number;
  /** Shard K of N, K from 1, and its split (`strided` when the file records none). */
  readonly shard: ShardField;
  readonly scenarioFile: string;
  readonly scenarioText: string;
  readonly scenario: ResolvedScenario;
  readonly accumulator: Accumulator;
}

/**
 * Reads the parsed JSON of a `partial-K-of-N.json` file (see {@link ShardFile}) and checks it: format tag and
 * version, every field's type (an absent `shard.split` is `strided`), the accumulator (parseAccumulator), that
 * the embedded scenario still has the recorded hash, and that seed and patients agree between scenario, file and
 * accumulator.
 * @param value - the file's JSON, parsed
 * @param fileName - the file's name, quoted in messages
 * @returns the checked contents
 * @throws (rejects) UsageError naming the file and the first problem
 */
export async function parseShardFile(value: unknown, fileName: string): Promise<ParsedShard> {
  const fail = (reason: string): never => {
    throw new UsageError(`${fileName}: not an rtsim partial result: ${reason}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected a JSON object');
  const file = value as Record<string, unknown>;
  if (file['format'] !== 'rtsim-shard') return fail(`format must be "rtsim-shard" (write partial results with rtsim run FILE --shard K/N)`);
  if (file['formatVersion'] !== 1) return fail(`unsupported formatVersion ${JSON.stringify(file['formatVersion'])}`);
  const { rtsim, seed, patients, shard, scenarioFile, scenarioText, scenario } = file;
  const hash = file['scenarioHash'];
  if (typeof rtsim !== 'string') fail('rtsim (the version) must be a string');
  if (typeof hash !== 'string' || !hash.startsWith('sha256:')) fail('scenarioHash must be a "sha256:…" string');
  if (!(typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0)) fail('seed must be a whole number ≥ 0');
  if (!(typeof patients === 'number' && Number.isSafeInteger(patients) && patients >= 1)) fail('patients must be a whole number ≥ 1');
  let shardField: ShardField;
  try {
    shardField = parseShardField(shard);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (typeof scenarioFile !== 'string' || typeof scenarioText !== 'string') fail('scenarioFile and scenarioText must be strings');
  if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) return fail('scenario must be an object');
  const resolved = scenario as ResolvedScenario;
  if (resolved.seed !== seed || resolved.patients !== patients) fail('the scenario\'s seed or patients differ from the file\'s');
  let accumulator: Accumulator;
  try {
    accumulator = parseAccumulator(file['accumulator']);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (accumulator.seed !== seed || accumulator.patients !== patients) fail('the accumulator\'s seed or patients differ from the file\'s');
  if ((await scenarioHash(resolved)) !== hash) fail('the embedded scenario does not match its recorded hash (was the file edited?)');
  return {
    rtsim: rtsim as string,
    scenarioHash: hash as string,
    seed: seed as number,
    patients: patients as number,
    shard: shardField,
    scenarioFile: scenarioFile as string,
    scenarioText: scenarioText as string,
    scenario: resolved,
    accumulator,
  };
}
