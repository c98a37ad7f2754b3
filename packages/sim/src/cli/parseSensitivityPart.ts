import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SensitivitySettings } from '../sensitivity/SensitivitySettings.js';
import type { ShardField } from '../trial/parseShardField.js';
import { shardVersionsProblem } from '../trial/shardVersionsProblem.js';
import { parseSensitivitySettings } from './parseSensitivitySettings.js';
import { shardFileKind } from './shardFileKind.js';
import { shardHeader } from './shardHeader.js';
import { UsageError } from './UsageError.js';
import { rtsimVersion } from './rtsimVersion.js';
import { terminalText } from './terminalText.js';

/** A sensitivity part whose seal, fields, scenario and analysis are checked; its accumulators still raw. */
export interface SensitivityPart {
  /** The file as the user named it. */
  readonly name: string;
  readonly rtsim: string;
  readonly hash: string;
  readonly shard: ShardField;
  readonly settings: SensitivitySettings;
  readonly scenarioText: string;
  /** Re-derived from `scenarioText` (shardScenario), equal to the embedded one. */
  readonly scenario: ResolvedScenario;
  /** As in the file: one entry per evaluation, checked by mergeSensitivityParts against the design. */
  readonly accumulators: readonly unknown[];
}

/**
 * Reads the parsed JSON of a `sensitivity-partial-K-of-N.json` (SensitivityShardFile) and checks all of it that does
 * not need the analysis's design: format tag, version and checksum (shardSealProblem), the version and shard
 * fields, the scenario re-validated from its text and equal to the embedded one and its hash (shardScenario), its
 * model and library (shardVersionsProblem), that
 * it has an uncertainty section, the analysis (parseSensitivitySettings) and that `accumulators` is a list.
 * @param value - the file's JSON, parsed
 * @param name - the file's name, quoted in messages
 * @returns the checked part
 * @throws (rejects) UsageError naming the file and the first problem; a part of another kind is named as such
 */
export async function parseSensitivityPart(value: unknown, name: string): Promise<SensitivityPart> {
  const fail = (reason: string): never => {
    throw new UsageError(`rtsim merge: ${name}: not an rtsim partial result of a sensitivity analysis: ${reason}`);
  };
  const kind = shardFileKind(value);
  if (kind !== 'a part of rtsim sensitivity --shard') {
    return fail(`its format is not "rtsim-sensitivity-shard"${kind === undefined ? '' : ` (it is ${kind})`}: parts of one merge must all be of one kind`);
  }
  const file = value as Record<string, unknown>;
  const { scenarioHash: hash, scenarioText, accumulators } = file;
  const header = await shardHeader(file);
  if ('problem' in header) return fail(header.problem);
  const { rtsim, shard, scenario } = header;
  const versions = shardVersionsProblem(file, scenario, rtsimVersion());
  if (versions !== undefined) throw new UsageError(`rtsim merge: ${name} ${terminalText(versions)}`);
  if (scenario.uncertainty === undefined) return fail('its scenario has no uncertainty section');
  let settings: SensitivitySettings;
  try {
    settings = parseSensitivitySettings(file['analysis'], scenario);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (!Array.isArray(accumulators)) return fail('accumulators must be a list, one entry per evaluation');
  return { name, rtsim, hash: hash as string, shard, settings, scenarioText: scenarioText as string, scenario, accumulators };
}
