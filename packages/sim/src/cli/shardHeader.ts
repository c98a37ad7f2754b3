import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ShardField } from '../trial/parseShardField.js';
import { parseShardField } from '../trial/parseShardField.js';
import { shardScenario } from './shardScenario.js';
import { shardSealProblem } from './shardSealProblem.js';

/** What every kind of shard file holds alike, checked. */
export interface ShardHeader {
  /** The rtsim version that wrote the file. */
  readonly rtsim: string;
  readonly shard: ShardField;
  /** The scenario re-derived from `scenarioText` (shardScenario), equal to the embedded one. */
  readonly scenario: ResolvedScenario;
}

/**
 * The part every shard file (`rtsim-shard`, `rtsim-uncertainty-shard`, `rtsim-sensitivity-shard`) shares, checked
 * in the order a refusal names its first problem: the seal (format version and checksum, shardSealProblem), the
 * `rtsim` version, the `shard` field, then the scenario re-derived from its text (shardScenario).
 * @param file - the shard file's object, parsed (its `format` already checked by the caller)
 * @returns the checked header, or the first problem
 */
export async function shardHeader(file: Readonly<Record<string, unknown>>): Promise<ShardHeader | { readonly problem: string }> {
  const seal = shardSealProblem(file);
  if (seal !== undefined) return { problem: seal };
  const rtsim = file['rtsim'];
  if (typeof rtsim !== 'string') return { problem: 'rtsim (the version) must be a string' };
  let shard: ShardField;
  try {
    shard = parseShardField(file['shard']);
  } catch (error) {
    return { problem: (error as Error).message };
  }
  const derived = await shardScenario(file);
  if ('problem' in derived) return derived;
  return { rtsim, shard, scenario: derived.scenario };
}
