import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioRun } from './scenarioRun.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-endpoints-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const run = scenarioRun(directory);
const scenario = (name: string): string => readFileSync(join(import.meta.dirname, '../../scenarios', name), 'utf8');

type Json = Record<string, unknown>;
type Entry = Record<string, unknown> & { readonly years: number };

/**
 * Where each endpoint of endpoints.csv lives in a group of results.json (written from the JSON's field names, not from
 * endpointsCsv): the list of at-time entries, the value's key and the interval's key (none: no interval).
 */
const sources: Readonly<Record<string, readonly [(group: Json) => unknown, string, string | undefined]>> = {
  local_control: [(g) => g.localControlAtTimes, 'localControl', 'localControlCi95'],
  local_recurrence: [(g) => g.localControlAtTimes, 'localRecurrence', undefined],
  local_control_death_censored: [(g) => (g.competingEvents as Json | undefined)?.atTimes, 'localControl', 'localControlCi95'],
  lrfs: [(g) => (g.competingEvents as Json | undefined)?.atTimes, 'localRecurrenceFreeSurvival', 'localRecurrenceFreeSurvivalCi95'],
  cif_local_recurrence: [(g) => (g.competingEvents as Json | undefined)?.atTimes, 'localRecurrenceIncidence', 'localRecurrenceIncidenceCi95'],
  cif_death_before_local_recurrence: [(g) => (g.competingEvents as Json | undefined)?.atTimes, 'otherCauseDeathIncidence', 'otherCauseDeathIncidenceCi95'],
  dmfs: [(g) => ((g.competingEvents as Json | undefined)?.metastasis as Json | undefined)?.atTimes, 'distantMetastasisFreeSurvival', 'distantMetastasisFreeSurvivalCi95'],
  cif_metastasis: [(g) => ((g.competingEvents as Json | undefined)?.metastasis as Json | undefined)?.atTimes, 'metastasisIncidence', 'metastasisIncidenceCi95'],
  dss: [(g) => ((g.competingEvents as Json | undefined)?.metastasis as Json | undefined)?.atTimes, 'diseaseSpecificSurvival', 'diseaseSpecificSurvivalCi95'],
  cif_sarcoma_death: [(g) => ((g.competingEvents as Json | undefined)?.metastasis as Json | undefined)?.atTimes, 'sarcomaDeathIncidence', 'sarcomaDeathIncidenceCi95'],
  os: [(g) => ((g.competingEvents as Json | undefined)?.metastasis as Json | undefined)?.atTimes, 'overallSurvival', 'overallSurvivalCi95'],
  lesion_local_control: [(g) => (g.lesions as Json | undefined)?.localControlAtTimes, 'localControl', 'localControlCi95'],
  progression_free_survival: [(g) => g.atTimes ?? (g.progression as Json | undefined)?.atTimes, 'progressionFreeSurvival', 'progressionFreeSurvivalCi95'],
  overall_survival: [(g) => g.atTimes ?? (g.progression as Json | undefined)?.atTimes, 'overallSurvival', 'overallSurvivalCi95'],
};

/** The results.json group a row names: the arm, a subtype, a local-control stratum or a progression stratum. */
function groupOf(arm: Json, scope: string, id: string): Json | undefined {
  if (scope === 'arm') return arm;
  if (scope === 'subtype') return (arm.bySubtype as Json[]).find((g) => g.subtype === id);
  if (scope.startsWith('progression-')) return ((arm.progression as Json).byStratum as Json[]).find((g) => `progression-${String(g.by)}` === scope && g.stratum === id);
  return ((arm.byStratum ?? []) as Json[]).find((g) => g.by === scope && g.stratum === id);
}

/** A number as a cell: JSON's text, empty for null. */
const cell = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** Every row of endpoints.csv against results.json; returns the endpoints seen and the number of rows checked. */
function checkAgainstResults(results: Json, csv: string): { endpoints: Set<string>; rows: number } {
  const [header, ...rows] = csv.trimEnd().split('\n');
  expect(header).toBe('arm_id,scope,group_id,endpoint,years,value,ci95_lower,ci95_upper,patients,lesions');
  const arms = new Map((results.arms as Json[]).map((arm) => [arm.id as string, arm]));
  const endpoints = new Set<string>();
  for (const row of rows) {
    // The bundled scenarios' ids hold no comma or quote, so a plain split reads the row.
    const [armId = '', scope = '', id = '', endpoint = '', years, value, lower, upper, patients, lesions] = row.split(',');
    const arm = arms.get(armId);
    const group = arm === undefined ? undefined : groupOf(arm, scope, id);
    const source = Object.hasOwn(sources, endpoint) ? sources[endpoint] : undefined;
    expect({ row, group: group !== undefined, source: source !== undefined }).toEqual({ row, group: true, source: true });
    if (group === undefined || source === undefined) continue;
    const [entries, valueKey, intervalKey] = source;
    const entry = (entries(group) as Entry[]).find((candidate) => cell(candidate.years) === years);
    const interval = intervalKey === undefined ? undefined : (entry?.[intervalKey] as [number, number] | null);
    expect([row, value, lower, upper, patients]).toEqual([row, cell(entry?.[valueKey]), cell(interval?.[0]), cell(interval?.[1]), cell(group.patients)]);
    // Lesion local control is a proportion of the arm's lesions (results.json lesions.lesions), the others of patients.
    expect([row, lesions]).toEqual([row, endpoint === 'lesion_local_control' ? cell((group.lesions as Json).lesions) : '']);
    endpoints.add(endpoint);
  }
  return { endpoints, rows: rows.length };
}

/** How many rows results.json calls for: Σ over groups and endpoints of the at-time entries the group holds. */
function expectedRows(results: Json): number {
  let count = 0;
  for (const arm of results.arms as Json[]) {
    const groups = [arm, ...(arm.bySubtype as Json[]), ...((arm.byStratum ?? []) as Json[]), ...(((arm.progression as Json | undefined)?.byStratum ?? []) as Json[])];
    for (const group of groups) {
      // A progression stratum holds PFS and OS only (its own atTimes); other groups every endpoint they have.
      const progressionStratum = group !== arm && 'progressions' in group;
      for (const [endpoint, [entries]] of Object.entries(sources)) {
        if (progressionStratum && endpoint !== 'progression_free_survival' && endpoint !== 'overall_survival') continue;
        count += ((entries(group) ?? []) as unknown[]).length;
      }
    }
  }
  return count;
}

describe('endpoints.csv of rtsim run holds every time-indexed endpoint of results.json, value for value', () => {
  it('metastasis-and-survival.yaml (background, metastasis, local-control strata): all of LC to OS, on arm and stratum rows', async () => {
    const { results, endpoints } = await run('metastasis', scenario('metastasis-and-survival.yaml'), '--patients', '3000');
    const seen = checkAgainstResults(results as unknown as Json, endpoints);
    expect(seen.rows).toBe(expectedRows(results as unknown as Json));
    expect([...seen.endpoints]).toEqual(['local_control', 'local_recurrence', 'local_control_death_censored', 'lrfs', 'cif_local_recurrence', 'cif_death_before_local_recurrence', 'dmfs', 'cif_metastasis', 'dss', 'cif_sarcoma_death', 'os']);
    expect(endpoints).toMatch(/\n[^,]+,grade,G3,dmfs,5,0\.\d+,0\.\d+,0\.\d+,\d+,\n/);
  });

  it('sbrt-lung-metastases-lesions.yaml (progression, lesions, no background): PFS and OS after SBRT with their strata, lesion LC', async () => {
    const { results, endpoints } = await run('progression', scenario('sbrt-lung-metastases-lesions.yaml'), '--patients', '1000');
    const seen = checkAgainstResults(results as unknown as Json, endpoints);
    expect(seen.rows).toBe(expectedRows(results as unknown as Json));
    expect([...seen.endpoints].sort()).toEqual(['lesion_local_control', 'local_control', 'local_recurrence', 'overall_survival', 'progression_free_survival']);
    expect(endpoints).toContain(',progression-grade,G');
  });

  it('a scenario without background or metastasis has only local control and local recurrence', async () => {
    const text = scenario('local-control-over-time.yaml').replace(/^background:.*$/m, '');
    const { results, endpoints } = await run('plain', text, '--patients', '1000');
    const seen = checkAgainstResults(results as unknown as Json, endpoints);
    expect(seen.rows).toBe(expectedRows(results as unknown as Json));
    expect([...seen.endpoints]).toEqual(['local_control', 'local_recurrence']);
  });
});
