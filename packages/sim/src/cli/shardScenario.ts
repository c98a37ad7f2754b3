import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { describeValue } from '../scenario/describeValue.js';
import type { PathKey } from '../scenario/fieldSchemas.js';
import { formatIssuePath } from '../scenario/formatIssuePath.js';
import { parseScenario } from '../scenario/parseScenario.js';
import { readScenarioText } from '../scenario/readScenarioText.js';
import { embeddedDvhFiles } from './embeddedDvhFiles.js';
import { scenarioHash } from '../scenario/scenarioHash.js';
import { maxPatients } from '../scenario/scenarioSchema.js';
import { firstJsonDifference } from './firstJsonDifference.js';
import { formatIssueLine } from './formatIssueLine.js';

/** Issues of an invalid scenario text quoted in a refusal; the rest are counted. */
const quotedIssues = 3;

const at = (value: unknown, path: readonly PathKey[]): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as Record<PathKey, unknown>)[key] : undefined), value);

/**
 * The scenario a shard file's blocks were simulated from, re-derived rather than trusted: its `scenarioText`
 * goes through the validator of `rtsim validate` (parseScenario, YAML or JSON by `scenarioFile`), the file's
 * `seed` and `patients` (the --seed and --patients of the run, in the ranges `rtsim run` accepts) are applied as
 * `rtsim run` applies them, and the result must be exactly the embedded `scenario` and hash to `scenarioHash`. The
 * plans of `dvh:` files and folders, which the shard does not carry, are taken from the embedded scenario.
 * @param file - the shard file's object, parsed (any content)
 * @returns the validated scenario, or the reason it cannot be had (naming the field and, for the embedded
 *   scenario, the path of the first difference)
 */
export async function shardScenario(file: Readonly<Record<string, unknown>>): Promise<{ readonly scenario: ResolvedScenario } | { readonly problem: string }> {
  const { scenarioFile, scenarioText, seed, patients, scenario: embedded } = file;
  const hash = file['scenarioHash'];
  if (typeof scenarioFile !== 'string' || typeof scenarioText !== 'string') return { problem: 'scenarioFile and scenarioText must be strings' };
  if (typeof hash !== 'string') return { problem: 'scenarioHash must be a "sha256:…" string' };
  if (!(typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0)) return { problem: 'seed must be a whole number from 0 to 2⁵³ − 1' };
  if (!(typeof patients === 'number' && Number.isSafeInteger(patients) && patients >= 1 && patients <= maxPatients)) {
    return { problem: `patients must be a whole number from 1 to ${maxPatients}` };
  }
  // A shard carries no DVH files: the plans come from its embedded scenario, and every other field is checked below.
  const read = readScenarioText(scenarioText, scenarioFile);
  const parsed = parseScenario(scenarioText, scenarioFile, read.ok ? embeddedDvhFiles(read.value, embedded) : undefined);
  if (!parsed.ok) {
    const lines = parsed.issues.slice(0, quotedIssues).map(formatIssueLine);
    const more = parsed.issues.length > quotedIssues ? `; … (${parsed.issues.length} problems in all)` : '';
    return { problem: `its scenarioText (${scenarioFile} as run) is not a valid scenario: ${lines.join('; ')}${more}` };
  }
  const scenario: ResolvedScenario = { ...parsed.scenario, patients, seed };
  // As JSON, so that values JSON cannot hold (undefined keys) compare as the file holds them.
  const expected: unknown = JSON.parse(JSON.stringify(scenario));
  const difference = firstJsonDifference(expected, embedded);
  if (difference !== undefined) {
    const where = formatIssuePath(['scenario', ...difference]);
    return { problem: `${where} is not what its scenarioText resolves to (expected ${describeValue(at(expected, difference))}, got ${describeValue(at(embedded, difference))}): was the file edited?` };
  }
  if ((await scenarioHash(scenario)) !== hash) return { problem: 'the embedded scenario does not match its recorded hash (was the file edited?)' };
  return { scenario };
}
