import type { TrialResults } from '../cohort/TrialResults.js';

// The order in which keys are written, wherever they occur; keys not listed follow, sorted. Identification first,
// then the headline numbers, then the long arrays and the nested breakdowns.
const keyOrder = [
  'rtsim', 'version', 'resultsFormat', 'scenario', 'id', 'subtype', 'a', 'b', 'name', 'hash', 'seed', 'patients', 'blockSize',
  'followUp', 'years', 'binDays', 'subtypes', 'weight', 'fractions', 'totalDose', 'overallTime', 'controlModel',
  'meanTcp', 'meanTcpSe', 'controlled', 'controlRate', 'controlCi95', 'localControl', 'year1', 'year2', 'year5',
  'toxicity', 'organ', 'ntcp', 'uncomplicatedControl',
  'meanTcpDifference', 'meanTcpDifferenceCi95', 'discordant', 'aOnly', 'bOnly', 'mcnemarP', 'logRankP', 'trialPatientsPerArm',
  'tcpHistogram', 'binWidth', 'counts', 'localControlCurve', 'bySubtype', 'arms', 'comparisons',
];
const rank = new Map(keyOrder.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const ra = rank.get(a) ?? keyOrder.length;
  const rb = rank.get(b) ?? keyOrder.length;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  // fromEntries defines each key as its own: assigning would turn a key '__proto__' into the prototype.
  return Object.fromEntries(Object.keys(record).sort(compareKeys).map((key) => [key, ordered(record[key])]));
}

/**
 * The text of results.json: the {@link TrialResults} with a stable key order (identification, headline numbers,
 * then curves, histograms and breakdowns; the same order whatever order the object was built in), indented by 2
 * spaces, with a trailing newline. NaN and ±∞ (statistics of groups too small for them) are written as `null`.
 * Equal results give byte-identical text: a single run and a merge of its shards write the same file.
 * @param results - the results of a run
 * @returns the JSON text
 */
export function resultsJson(results: TrialResults): string {
  return `${JSON.stringify(ordered(results), null, 2)}\n`;
}
