// Competing events (issue 15, first step; docs/models.md, "Competing events"): local recurrence and death from other
// causes on one time axis, through the command line as built. Identities, an independent reference for a cohort
// without recurrence, paired deaths, LC unchanged, determinism under workers and shards, tampered shards.
import { readFileSync, rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { CompetingEventsOutcome, TrialResults } from '../../packages/sim/dist/index.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { inProcessCli } from './inProcessCli.js';
import { parsedScenario } from './parsedScenario.js';
import { resealShard } from './resealShard.js';
import type { ScenarioRun } from './scenarioRun.js';
import { scenarioRun } from './scenarioRun.js';
import { expectWorkersAndShardsIdentical, writeShards } from './shardedRun.js';
import { armOf } from './armOf.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-competing-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const run = scenarioRun(directory);
const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');

/** Reference survival from other-cause death of the two cohorts (scripts/reference/competing_events.py). */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/competing-events.json', import.meta.url), 'utf8')) as {
  cohorts: { lifeTable: string; femaleShare: number; survival: { years: number; survival: number }[] }[];
};

const mixed = '{ R0-wide: 0.55, R0-close: 0.25, R1-planned: 0.1, R1-unplanned: 0.05, R2: 0.05 }';
const arms = [
  `  - { id: preop, localControl: residual-disease, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: ${mixed} } }`,
  '  - { id: alone, localControl: residual-disease, schedule: { fractions: 32, dose: 2, perWeek: 5 } }',
  // The classic clonogen model at 40 × 10 Gy: every tumour controlled, so LRFS is survival from other causes alone.
  '  - { id: everything, schedule: { fractions: 40, dose: 10, perWeek: 5 } }',
];

function scenarioText(options: { patients?: number; background?: string; age?: string; seed?: number } = {}): string {
  return `version: 1
name: competing events
references: ["test scenario"]
seed: ${options.seed ?? 15}
patients: ${options.patients ?? 8200}
cohort:
  volume: { dist: lognormal, median: 150, sigma: 0.8 }
  covariates: { unplannedExcision: 0.2${options.age === undefined ? '' : `, age: ${options.age}`} }
  subtypes:
    # α at least 0.1 per Gy (the library's is truncated at 0 only), so that 40 × 10 Gy controls every tumour
    - { ref: sts, override: { alpha: { dist: normal, mean: 0.232, sd: 0.08, min: 0.1 } } }
arms:
${arms.join('\n')}
followUp: { years: 10, at: [1, 2, 5, 10] }
${options.background === undefined ? '' : `background: ${options.background}\n`}`;
}

const events = (arm: { competingEvents?: CompetingEventsOutcome }): CompetingEventsOutcome => {
  if (arm.competingEvents === undefined) throw new Error('no competing events');
  return arm.competingEvents;
};

let withBackground: ScenarioRun;
let without: ScenarioRun;
beforeAll(async () => {
  withBackground = await run('with', scenarioText({ background: '{ lifeTable: us-ssa-2017, sex: { female: 0.45 } }' }));
  without = await run('without', scenarioText());
});

describe('competing events: identities', () => {
  it('CIF(LR) + CIF(death before LR) + LRFS = 1 and LRFS ≤ LC (death censored) ≤ 1 at every time, for every arm and stratum', () => {
    let checked = 0;
    for (const arm of withBackground.results.arms) {
      for (const group of [arm, ...(arm.byStratum ?? [])]) {
        const outcome = events(group);
        for (const at of outcome.atTimes ?? []) {
          const { localRecurrenceIncidence: lr, otherCauseDeathIncidence: death, localRecurrenceFreeSurvival: lrfs, localControl } = at;
          if (lr === null || death === null || lrfs === null || localControl === null) throw new Error('a time inside follow-up is null');
          expect(Math.abs(lr + death + lrfs - 1)).toBeLessThan(1e-12);
          expect(lrfs).toBeLessThanOrEqual(localControl);
          expect(localControl).toBeLessThanOrEqual(1);
          // Each interval contains its estimate.
          for (const [value, ci] of [[localControl, at.localControlCi95], [lr, at.localRecurrenceIncidenceCi95], [lrfs, at.localRecurrenceFreeSurvivalCi95]] as const) {
            if (ci === null) throw new Error('no interval');
            expect(ci[0]).toBeLessThanOrEqual(value);
            expect(ci[1]).toBeGreaterThanOrEqual(value);
          }
          checked++;
        }
      }
      // The curves: the same identities in every time bin, and LRFS never rises.
      const curves = events(arm).curves;
      if (curves === undefined) throw new Error('no curves');
      curves.localRecurrenceFreeSurvival.forEach((lrfs, j) => {
        expect(Math.abs(lrfs + curves.localRecurrenceIncidence[j] + curves.otherCauseDeathIncidence[j] - 1)).toBeLessThan(1e-12);
        expect(lrfs).toBeLessThanOrEqual(curves.localControl[j]);
        if (j > 0) expect(lrfs).toBeLessThanOrEqual(curves.localRecurrenceFreeSurvival[j - 1]);
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('every arm sees the same deaths (a paired design): deaths first plus deaths after a recurrence are equal across arms', () => {
    const totals = withBackground.results.arms.map((arm) => events(arm).otherCauseDeathsFirst + events(arm).otherCauseDeathsAfterLocalRecurrence);
    expect(totals[0]).toBeGreaterThan(1000);
    expect(new Set(totals).size).toBe(1);
    // A worse arm has more recurrences first, so fewer deaths come first.
    expect(events(armOf(withBackground.results, 'alone')).otherCauseDeathsFirst).toBeLessThan(events(armOf(withBackground.results, 'preop')).otherCauseDeathsFirst);
  });

  it('the strata of each dimension partition the arm: first events add up to the arm’s', () => {
    for (const arm of withBackground.results.arms) {
      for (const by of ['grade', 'margin', 'size', 'site'] as const) {
        const strata = (arm.byStratum ?? []).filter((group) => group.by === by).map(events);
        expect(strata.reduce((n, s) => n + s.localRecurrencesFirst, 0)).toBe(events(arm).localRecurrencesFirst);
        expect(strata.reduce((n, s) => n + s.otherCauseDeathsFirst, 0)).toBe(events(arm).otherCauseDeathsFirst);
        expect(strata.reduce((n, s) => n + s.patients, 0)).toBe(arm.patients);
      }
    }
  });
});

describe('competing events: local control', () => {
  it('without background the results have no competing events, and with it every other field is unchanged (no draw moved)', () => {
    expect(without.results.background).toBeUndefined();
    expect(without.results.arms.every((arm) => arm.competingEvents === undefined)).toBe(true);
    const strip = (results: TrialResults): unknown => ({
      ...results,
      scenario: undefined,
      background: undefined,
      arms: results.arms.map((arm) => ({ ...arm, competingEvents: undefined, byStratum: arm.byStratum?.map((group) => ({ ...group, competingEvents: undefined })) })),
      comparisons: results.comparisons.map((pair) => ({ ...pair, competingEvents: undefined })),
    });
    expect(strip(withBackground.results)).toEqual(strip(without.results));
    expect(without.results.comparisons[0]?.localControlAtTimes?.length).toBe(without.results.followUp.at?.length);
  });

  it('LC with death censored agrees with LC without death within Monte Carlo error (death and recurrence independent)', () => {
    for (const arm of withBackground.results.arms) {
      const n = arm.patients;
      (events(arm).atTimes ?? []).forEach((at, i) => {
        const plain = arm.localControlAtTimes?.[i]?.localControl;
        if (at.localControl === null || plain === undefined || plain === null) throw new Error('missing LC');
        // The two estimates share most patients; their difference is well inside 3 binomial SEs of one of them.
        const se = Math.sqrt((plain * (1 - plain)) / n);
        expect(Math.abs(at.localControl - plain)).toBeLessThanOrEqual(3 * se + 1e-12);
      });
    }
  });
});

describe('competing events: a life table alone reproduces its own survival', () => {
  // Tolerance: 4 binomial standard errors of the engine's proportion (fixed seed).
  it.each([
    ['us-ssa-2017, 45% women, age 58 ± 15 (18–95)', '{ lifeTable: us-ssa-2017, sex: { female: 0.45 } }', undefined, 0],
    ['de-destatis-2022-2024, women, age 70 ± 8 (50–90)', '{ lifeTable: de-destatis-2022-2024, sex: female }', '{ dist: normal, mean: 70, sd: 8, min: 50, max: 90 }', 1],
  ] as const)('%s: LRFS of the arm without recurrence is the cohort’s life-table survival', async (_, background, age, cohort) => {
    const { results } = cohort === 0 ? withBackground : await run('german', scenarioText({ background, ...(age === undefined ? {} : { age }) }));
    const arm = armOf(results, 'everything');
    expect(events(arm).localRecurrencesFirst).toBe(0);
    const expected = fixture.cohorts[cohort]?.survival ?? [];
    expect(expected).toHaveLength(4);
    (events(arm).atTimes ?? []).forEach((at, i) => {
      const reference = expected[i]?.survival ?? Number.NaN;
      const se = Math.sqrt((reference * (1 - reference)) / arm.patients);
      expect(at.years).toBe(expected[i]?.years);
      expect(Math.abs((at.localRecurrenceFreeSurvival ?? Number.NaN) - reference)).toBeLessThan(4 * se);
      // With no recurrence LC is 1 and the death incidence is 1 − LRFS.
      expect(at.localControl).toBe(1);
    });
  });
});

describe('competing events: arms.csv, terminal table and report', () => {
  const parse = (csv: string): { head: string[]; rows: string[][] } => {
    const [head = '', ...rows] = csv.trimEnd().split('\n');
    return { head: head.split(','), rows: rows.map((row) => row.split(',')) };
  };

  it('arms.csv appends the endpoint columns with background only; arm and stratum rows hold the results.json values', () => {
    const plain = parse(without.csv);
    const { head, rows } = parse(withBackground.csv);
    // Files without background keep their columns; with it the competing-event columns follow them.
    expect(head.slice(0, plain.head.length)).toEqual(plain.head);
    expect(head.slice(plain.head.length)).toHaveLength(1 + 4 * 4 * 3);
    expect(head[plain.head.length]).toBe('competing_patients');
    const column = (name: string): number => {
      const index = head.indexOf(name);
      if (index < 0) throw new Error(`no column ${name}`);
      return index;
    };
    const arm = armOf(withBackground.results, 'preop');
    const armRow = rows.find((row) => row[0] === 'preop' && row[2] === 'arm') ?? [];
    const g3 = (arm.byStratum ?? []).find((group) => group.stratum === 'G3');
    const g3Row = rows.find((row) => row[0] === 'preop' && row[2] === 'grade' && row[3] === 'G3') ?? [];
    for (const [row, outcome] of [[armRow, events(arm)], [g3Row, g3 === undefined ? undefined : events(g3)]] as const) {
      if (outcome === undefined) throw new Error('no G3 stratum');
      expect(Number(row[column('competing_patients')])).toBe(outcome.patients);
      const at5 = outcome.atTimes?.[2];
      expect(Number(row[column('lrfs_at_5y')])).toBe(at5?.localRecurrenceFreeSurvival);
      expect(Number(row[column('lrfs_at_5y_ci95_lower')])).toBe(at5?.localRecurrenceFreeSurvivalCi95?.[0]);
      expect(Number(row[column('cif_local_recurrence_at_10y')])).toBe(outcome.atTimes?.[3]?.localRecurrenceIncidence);
      expect(Number(row[column('cif_other_cause_death_at_2y_ci95_upper')])).toBe(outcome.atTimes?.[1]?.otherCauseDeathIncidenceCi95?.[1]);
      expect(Number(row[column('local_control_death_censored_at_1y')])).toBe(outcome.atTimes?.[0]?.localControl);
    }
    // Subtype rows have no competing events: empty cells.
    const subtypeRow = rows.find((row) => row[2] === 'subtype') ?? [];
    expect(subtypeRow.slice(plain.head.length).every((cell) => cell === '')).toBe(true);
  });

  it('rtsim run prints LRFS beside LC, with a note on what each counts; without background neither', () => {
    expect(withBackground.stdout).toMatch(/LC 10 y \(%\)\s+LRFS 1 y \(%\)\s+LRFS 2 y \(%\)\s+LRFS 5 y \(%\)\s+LRFS 10 y \(%\)/);
    const lrfs10 = events(armOf(withBackground.results, 'alone')).atTimes?.[3]?.localRecurrenceFreeSurvival ?? Number.NaN;
    const line = withBackground.stdout.split('\n').find((text) => text.startsWith('alone ')) ?? '';
    expect(line.trimEnd().endsWith((100 * lrfs10).toFixed(1))).toBe(true);
    expect(withBackground.stdout).toContain('LRFS: local recurrence or death from other causes (us-ssa-2017, 45 % women)');
    expect(without.stdout).not.toMatch(/LRFS/);
  });

  it('the report has the LRFS curves and the endpoint table with background, and neither without', () => {
    expect(withBackground.html).toContain('<h2>Local recurrence and death from other causes</h2>');
    expect(withBackground.html).toMatch(/<svg[^>]*aria-labelledby="lrfs-title lrfs-desc"/);
    expect((withBackground.html.match(/Local-recurrence-free survival \(%\)/g) ?? []).length).toBe(1);
    expect(withBackground.html).toContain('CIF local recurrence (%)');
    expect(without.html).not.toContain('Local recurrence and death from other causes');
  });
});

describe('competing events: determinism and shards', () => {
  // 8200 patients are 3 blocks (4096 each, the last 8).
  const text = scenarioText({ patients: 8200, background: '{ lifeTable: de-destatis-2022-2024, sex: { female: 0.5 } }' });
  beforeAll(() => writeShards(directory, text));

  it('2 worker threads and 3 merged shards give results.json and arms.csv byte-identical to the single run', () => expectWorkersAndShardsIdentical(directory, text));

  it('a shard with a death after a recurrence that never came is refused (checksum recomputed), naming the file', async () => {
    const part = JSON.parse(read('parts', 'partial-2-of-3.json')) as { accumulator: { counts: number[]; dimensions: Record<string, number> } };
    const { counts, dimensions } = part.accumulator;
    expect(dimensions.competingEvents).toBe(1);
    // PartialLayout: the competing-events section, arms × (1 + 16) groups × 3T; arm 0's whole-arm group comes first,
    // its deaths after a recurrence at 2T + t. Bin 0: no recurrence can precede it there.
    const bins = dimensions.timeBins ?? 0;
    const start = compilePlan(parsedScenario(text)).layout.eventCounts;
    counts[start + 2 * bins] = (counts[start + 2 * bins] ?? 0) + 1;
    writeFileSync(join(directory, 'parts', 'edited.json'), JSON.stringify(resealShard(part)));
    const merged = await rtsim('merge', join('parts', 'partial-1-of-3.json'), join('parts', 'edited.json'), join('parts', 'partial-3-of-3.json'), '--out', 'never');
    expect(merged.status).toBe(exitCodes.invalidInput);
    expect(merged.stderr).toContain('edited.json');
    expect(merged.stderr).toContain('deaths after a recurrence');
  });
});

describe('competing events: validation', () => {
  it('background with classic arms only runs: the local-control stream draws the ages, local control is unchanged', async () => {
    const text = `version: 1
name: no model
references: ["test"]
seed: 1
patients: 10
cohort: { volume: 10, subtypes: [{ ref: sts }] }
arms: [{ id: a, schedule: { fractions: 25, dose: 2 } }]
followUp: { years: 5 }
background: { lifeTable: us-ssa-2017, sex: male }
`;
    const classic = await run('classic-background', text);
    const alone = await run('classic-alone', text.replace(/^background:.*\n/m, ''));
    const arm = classic.results.arms[0];
    // Every recurrence of the 10 patients is counted as a first event or came after the death: at most the arm's failures.
    expect(arm?.competingEvents?.localRecurrencesFirst).toBeLessThanOrEqual((arm?.patients ?? 0) - (arm?.controlled ?? 0));
    expect(arm?.byStratum).toBeUndefined();
    // Local control, its curve and every other field of the arm are those of the run without background.
    expect({ ...arm, competingEvents: undefined }).toEqual({ ...alone.results.arms[0], competingEvents: undefined });
  });

  it('background with an age covariate that can draw below 0 is refused at cohort.covariates.age; min 0 is accepted', async () => {
    for (const [age, refused] of [['{ dist: normal, mean: 20, sd: 15 }', true], ['{ dist: uniform, min: -1, max: 40 }', true], ['{ dist: normal, mean: 20, sd: 15, min: 0 }', false]] as const) {
      writeFileSync(join(directory, 'age.yaml'), scenarioText({ patients: 100, age, background: '{ lifeTable: us-ssa-2017, sex: male }' }));
      const outcome = await rtsim('validate', 'age.yaml');
      expect(outcome.status).toBe(refused ? exitCodes.invalidInput : exitCodes.ok);
      if (refused) expect(outcome.stderr).toMatch(/cohort\.covariates\.age.*ages must be ≥ 0/);
    }
  });
});
