import type { SensitivityResults } from '../sensitivity/SensitivityResults.js';

// The order in which keys are written, wherever they occur; keys not listed follow, sorted. Identification first,
// then the analysis.
const keyOrder = ['rtsim', 'version', 'sensitivityFormat', 'scenario', 'name', 'hash', 'seed', 'patients', 'output', 'kind', 'arm', 'a', 'b', 'measure', 'label', 'path', 'evaluations', 'parameters', 'tornado', 'sobol'];

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const rank = (key: string): number => (keyOrder.includes(key) ? keyOrder.indexOf(key) : keyOrder.length);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, ordered(record[key])]));
}

/**
 * The text of sensitivity.json (what `rtsim sensitivity` writes, and the viewer's download): the
 * {@link SensitivityResults} with a stable key order (identification, then the analysis; the same order whatever
 * order the object was built in), indented by 2 spaces, with a trailing newline. NaN and ±∞ (an index of an output
 * with no variance) are written as `null`. Equal results give byte-identical text, in Node and in a browser.
 * @param results - the results of runSensitivity
 * @returns the JSON text
 */
export function sensitivityJson(results: SensitivityResults): string {
  return `${JSON.stringify(ordered(results), (_, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}
