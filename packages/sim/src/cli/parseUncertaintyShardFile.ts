import { accumulatorProblem } from '../cohort/accumulatorProblem.js';
import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { parseAccumulator } from '../cohort/parseAccumulator.js';
import { modelVersion } from '../scenario/modelVersion.js';
import { recordedLibrary } from '../scenario/recordedLibrary.js';
import type { TwoLevelTrialPart } from '../trial/TrialPart.js';
import { uncertaintyShardUnits } from '../trial/uncertaintyShardUnits.js';
import { shardVersionsProblem } from '../trial/shardVersionsProblem.js';
import { parameterSets } from '../uncertainty/parameterSets.js';
import { shardFileKind } from './shardFileKind.js';
import { shardHeader } from './shardHeader.js';
import { UsageError } from './UsageError.js';
import { rtsimVersion } from './rtsimVersion.js';
import { terminalText } from './terminalText.js';

/**
 * Whether a parsed JSON value says it is a two-level part (`format: "rtsim-uncertainty-shard"`).
 * @param value - a shard file's JSON, parsed
 * @returns true for an UncertaintyShardFile's format tag
 */
export const isUncertaintyShardFile = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as Record<string, unknown>)['format'] === 'rtsim-uncertainty-shard';

/**
 * Reads the parsed JSON of a two-level `partial-K-of-N.json` (see {@link UncertaintyShardFile}) and checks it,
 * trusting nothing: format tag, version and checksum; the shard field; the scenario, re-validated from its text
 * and equal to the embedded one and its hash (shardScenario); its model and library (shardVersionsProblem); `draws`; and each set's accumulator, which must be
 * present exactly for the sets the shard's units touch and be one those blocks can produce.
 * @param value - the file's JSON, parsed
 * @param name - the file's name, quoted in messages
 * @returns the checked part
 * @throws (rejects) UsageError naming the file and the first problem
 */
export async function parseUncertaintyShardFile(value: unknown, name: string): Promise<TwoLevelTrialPart> {
  const fail = (reason: string): never => {
    throw new UsageError(`rtsim merge: ${name}: not an rtsim partial result of a two-level run: ${reason}`);
  };
  if (!isUncertaintyShardFile(value)) return fail(`its format is not "rtsim-uncertainty-shard"${shardFileKind(value) === undefined ? '' : ` (it is ${shardFileKind(value)})`} (parts of one run must all be of one kind)`);
  const file = value as Record<string, unknown>;
  const { scenarioHash: hash, scenarioText, draws, accumulators } = file;
  const header = await shardHeader(file);
  if ('problem' in header) return fail(header.problem);
  const { rtsim, shard: shardField, scenario } = header;
  const versions = shardVersionsProblem(file, scenario, rtsimVersion());
  if (versions !== undefined) throw new UsageError(`rtsim merge: ${name} ${terminalText(versions)}`);
  if (scenario.uncertainty === undefined) return fail('its scenario has no uncertainty section');
  if (draws !== scenario.uncertainty.draws) fail(`draws ${JSON.stringify(draws)} is not its scenario's ${scenario.uncertainty.draws}`);
  const sets = parameterSets(scenario);
  if (!Array.isArray(accumulators) || accumulators.length !== sets.scenarios.length) {
    return fail(`accumulators must be a list of ${sets.scenarios.length} entries (one per parameter set), null or an accumulator`);
  }
  const units = uncertaintyShardUnits(sets.scenarios, shardField.index, shardField.count, shardField.split);
  const parsed: (Accumulator | null)[] = [];
  for (const [set, entry] of (accumulators as unknown[]).entries()) {
    const blocks = units.filter(([unitSet]) => unitSet === set).map(([, block]) => block);
    if (entry === null) {
      if (blocks.length > 0) fail(`accumulators[${set}] is null, but shard ${shardField.index}/${shardField.count} computes ${blocks.length} of its blocks`);
      parsed.push(null);
      continue;
    }
    if (blocks.length === 0) fail(`accumulators[${set}] is given, but shard ${shardField.index}/${shardField.count} computes none of its blocks`);
    let accumulator: Accumulator;
    try {
      accumulator = parseAccumulator(entry);
    } catch (error) {
      return fail(`accumulators[${set}]: ${(error as Error).message}`);
    }
    const problem = accumulatorProblem(accumulator, compilePlan(sets.scenarios[set]), blocks);
    if (problem !== undefined) fail(`accumulators[${set}]: ${problem}`);
    parsed.push(accumulator);
  }
  return {
    kind: 'two-level',
    name,
    rtsim,
    // The file's claim, just checked to be these (shardVersionsProblem).
    model: modelVersion,
    library: recordedLibrary(scenario),
    scenarioHash: hash as string,
    shard: shardField,
    scenarioText: scenarioText as string,
    scenario,
    accumulators: parsed,
  };
}
