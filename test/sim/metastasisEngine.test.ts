// The metastasis model wired into the cohort engine (issue 15; docs/metastasis-model.md, "Engine wiring"): identities
// of the endpoints, treatment of the primary and OS under common random numbers, no draw moved without the section,
// an independent reference (scripts/reference/metastasis_engine.py), determinism under workers and shards, validation.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { ArmResult, CompetingEventsOutcome, MetastasisEndpoints, TrialResults } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import type { ScenarioRun } from './scenarioRun.js';
import { scenarioRun } from './scenarioRun.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-metastasis-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const run = scenarioRun(directory);
const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');

/** DMFS and DSS of a cohort without recurrence or other-cause death (scripts/reference/metastasis_engine.py). */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/metastasis-engine.json', import.meta.url), 'utf8')) as {
  p: number;
  times: { years: number; dmfs: number; dss: number }[];
};

const mixed = '{ R0-wide: 0.55, R0-close: 0.25, R1-planned: 0.1, R1-unplanned: 0.05, R2: 0.05 }';
// Two arms that differ only in dose per fraction (same days, same surgery, hence the same span and margins).
const arms = [
  `  - { id: low, localControl: residual-disease, schedule: { fractions: 25, dose: 1.6, perWeek: 5 }, surgery: { day: 67, margins: ${mixed} } }`,
  `  - { id: high, localControl: residual-disease, schedule: { fractions: 25, dose: 2.2, perWeek: 5 }, surgery: { day: 67, margins: ${mixed} } }`,
  '  - { id: alone, localControl: residual-disease, schedule: { fractions: 32, dose: 2, perWeek: 5 } }',
];

function scenarioText(options: { patients?: number; background?: boolean; metastasis?: string } = {}): string {
  return `version: 1
name: metastasis
references: ["test scenario"]
seed: 15
patients: ${options.patients ?? 6000}
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  covariates: { grade: { G1: 0.2, G2: 0.35, G3: 0.45 }, unplannedExcision: 0.2 }
  subtypes:
    - ref: sts
arms:
${arms.join('\n')}
followUp: { years: 10, at: [1, 2, 5, 10] }
${options.background === false ? '' : 'background: { lifeTable: us-ssa-2017, sex: { female: 0.43 } }\n'}${options.metastasis === undefined ? '' : `metastasis: ${options.metastasis}\n`}`;
}

const events = (group: { competingEvents?: CompetingEventsOutcome }): CompetingEventsOutcome => {
  if (group.competingEvents === undefined) throw new Error('no competing events');
  return group.competingEvents;
};
const metastasisOf = (group: { competingEvents?: CompetingEventsOutcome }): MetastasisEndpoints => {
  const found = events(group).metastasis;
  if (found === undefined) throw new Error('no metastasis endpoints');
  return found;
};
const armOf = (results: TrialResults, id: string): ArmResult => {
  const found = results.arms.find((arm) => arm.id === id);
  if (found === undefined) throw new Error(`no arm ${id}`);
  return found;
};
const value = (x: number | null | undefined): number => {
  if (x === null || x === undefined) throw new Error('a time inside follow-up is null');
  return x;
};

let withMetastasis: ScenarioRun;
let backgroundOnly: ScenarioRun;
beforeAll(async () => {
  withMetastasis = await run('with', scenarioText({ metastasis: '{ era: 2004 }' }));
  backgroundOnly = await run('background', scenarioText());
});

describe('metastasis: identities', () => {
  it('OS ≤ DSS, metastasis incidence ≤ 1 − DMFS, LRFS ≤ LC and CIF(LR) + CIF(death) + LRFS = 1 at every time, every arm and stratum', () => {
    let checked = 0;
    let groups = 0;
    for (const arm of withMetastasis.results.arms) {
      // Strata without patients are left out: at least grade, size band and site are there.
      expect(arm.byStratum?.length ?? 0).toBeGreaterThanOrEqual(10);
      groups += 1 + (arm.byStratum?.length ?? 0);
      for (const group of [arm, ...(arm.byStratum ?? [])]) {
        const outcome = events(group);
        const metastasis = metastasisOf(group);
        (outcome.atTimes ?? []).forEach((at, i) => {
          const lr = value(at.localRecurrenceIncidence);
          const death = value(at.otherCauseDeathIncidence);
          const lrfs = value(at.localRecurrenceFreeSurvival);
          expect(Math.abs(lr + death + lrfs - 1)).toBeLessThan(1e-12);
          expect(lrfs).toBeLessThanOrEqual(value(at.localControl));
          const m = metastasis.atTimes?.[i];
          if (m === undefined) throw new Error('no metastasis time');
          expect(m.years).toBe(at.years);
          expect(value(m.overallSurvival)).toBeLessThanOrEqual(value(m.diseaseSpecificSurvival) + 1e-12);
          expect(value(m.metastasisIncidence)).toBeLessThanOrEqual(1 - value(m.distantMetastasisFreeSurvival) + 1e-12);
          // Nobody dies of sarcoma without a metastasis first: DSS ≥ DMFS is not implied (censoring differs), but the
          // sarcoma deaths never exceed the metastases.
          checked++;
        });
        expect(metastasis.sarcomaDeaths).toBeLessThanOrEqual(metastasis.metastasesFirst);
      }
    }
    expect(checked).toBe(4 * groups);
  });

  it('the whole arm has metastases, sarcoma deaths and other-cause deaths (the model runs), and OS at 10 y is below the other-cause survival', () => {
    for (const arm of withMetastasis.results.arms) {
      const metastasis = metastasisOf(arm);
      expect(metastasis.metastasesFirst).toBeGreaterThan(0.1 * arm.patients);
      expect(metastasis.sarcomaDeaths).toBeGreaterThan(0.05 * arm.patients);
      expect(metastasis.otherCauseDeaths).toBeGreaterThan(0);
      // The same patients die of other causes with or without the model (their own stream); by the horizon (10 y)
      // OS also loses the sarcoma deaths, so it is below the other-cause survival of the run without metastasis.
      const os10 = value(metastasis.atTimes?.[3]?.overallSurvival);
      const plain = events(armOf(backgroundOnly.results, arm.id));
      expect(os10).toBeLessThan(1 - (plain.otherCauseDeathsFirst + plain.otherCauseDeathsAfterLocalRecurrence) / arm.patients);
    }
  });
});

describe('metastasis: common random numbers', () => {
  it('the arm with the higher dose (same days) never has lower OS, DSS or DMFS at any time, nor more metastases or sarcoma deaths', () => {
    const low = metastasisOf(armOf(withMetastasis.results, 'low'));
    const high = metastasisOf(armOf(withMetastasis.results, 'high'));
    expect(events(armOf(withMetastasis.results, 'high')).localRecurrencesFirst).toBeLessThan(events(armOf(withMetastasis.results, 'low')).localRecurrencesFirst);
    expect(high.metastasesFirst).toBeLessThanOrEqual(low.metastasesFirst);
    expect(high.sarcomaDeaths).toBeLessThanOrEqual(low.sarcomaDeaths);
    const lowCurves = low.curves;
    const highCurves = high.curves;
    if (lowCurves === undefined || highCurves === undefined) throw new Error('no curves');
    // OS has no censoring: per bin, the higher dose's deaths by t never exceed the lower's (a per-patient property).
    highCurves.overallSurvival.forEach((os, j) => expect(os).toBeGreaterThanOrEqual(lowCurves.overallSurvival[j] ?? Number.NaN));
    highCurves.metastasisIncidence.forEach((cif, j) => expect(cif).toBeLessThanOrEqual(lowCurves.metastasisIncidence[j] ?? Number.NaN));
  });
});

describe('metastasis: no draw moved', () => {
  it('with metastasis, every result outside the competing events is as without it; without it nothing of it is reported', () => {
    expect(backgroundOnly.results.metastasis).toBeUndefined();
    expect(backgroundOnly.results.arms.every((arm) => events(arm).metastasis === undefined)).toBe(true);
    expect(backgroundOnly.results.comparisons.every((pair) => pair.competingEvents?.overallSurvival === undefined)).toBe(true);
    expect(withMetastasis.results.metastasis?.era).toBe(2004);
    const strip = (results: TrialResults): unknown => ({
      ...results,
      scenario: undefined,
      metastasis: undefined,
      arms: results.arms.map((arm) => ({ ...arm, competingEvents: undefined, byStratum: arm.byStratum?.map((group) => ({ ...group, competingEvents: undefined })) })),
      comparisons: results.comparisons.map((pair) => ({ ...pair, competingEvents: undefined })),
    });
    expect(strip(withMetastasis.results)).toEqual(strip(backgroundOnly.results));
    // Other-cause deaths are the same patients: those before any LR or metastasis can only fall when sarcoma deaths
    // compete; their total over the arm (before and after a metastasis) equals the run without metastasis only when
    // sarcoma death never comes first, so check the inequality.
    for (const arm of withMetastasis.results.arms) {
      const plain = events(armOf(backgroundOnly.results, arm.id));
      expect(metastasisOf(arm).otherCauseDeaths).toBeLessThanOrEqual(plain.otherCauseDeathsFirst + plain.otherCauseDeathsAfterLocalRecurrence);
    }
  });

  it('the comparisons add DMFS, DSS and OS (log-rank, HR, RMST difference) to each pair', () => {
    for (const pair of withMetastasis.results.comparisons) {
      for (const endpoint of [pair.competingEvents?.distantMetastasisFreeSurvival, pair.competingEvents?.diseaseSpecificSurvival, pair.competingEvents?.overallSurvival]) {
        expect(endpoint).toBeDefined();
        expect(JSON.stringify(endpoint)).not.toContain('null,null');
      }
    }
  });
});

describe('metastasis: an independent reference', () => {
  it('DMFS and DSS of a G3, deep, 8.3 cm cohort without recurrence or background match 1 − p·P(S + T_D < t) and its convolution within 4 SE', async () => {
    // 40 × 10 Gy with wide margins (α ≥ 0.1 per Gy): no recurrence, so no seeding; no background, so DMFS and DSS
    // are the plain proportions. Fractions days 0–53, surgery day 60: span S = 60 days (the fixture's).
    const text = `version: 1
name: metastasis reference
references: ["test scenario"]
seed: 7
patients: 12000
cohort:
  volume: { dist: fixed, value: 300 }
  covariates: { grade: { G3: 1 }, depth: { deep: 1 }, presentation: { primary: 1 }, unplannedExcision: 0 }
  subtypes:
    - { ref: sts, override: { alpha: { dist: normal, mean: 0.232, sd: 0.08, min: 0.1 } } }
arms:
  - { id: cured, localControl: residual-disease, schedule: { fractions: 40, dose: 10, perWeek: 5 }, surgery: { day: 60, margins: { R0-wide: 1 } } }
followUp: { years: 10, at: [1, 2, 5, 10] }
metastasis: {}
`;
    const { results } = await run('reference', text);
    const arm = armOf(results, 'cured');
    expect(events(arm).localRecurrencesFirst).toBe(0);
    const metastasis = metastasisOf(arm);
    expect(metastasis.otherCauseDeaths).toBe(0);
    expect(fixture.times).toHaveLength(4);
    fixture.times.forEach((reference, i) => {
      const at = metastasis.atTimes?.[i];
      expect(at?.years).toBe(reference.years);
      const n = arm.patients;
      const seDmfs = Math.sqrt((reference.dmfs * (1 - reference.dmfs)) / n);
      const seDss = Math.sqrt((reference.dss * (1 - reference.dss)) / n);
      expect(Math.abs(value(at?.distantMetastasisFreeSurvival) - reference.dmfs)).toBeLessThan(4 * seDmfs);
      expect(Math.abs(value(at?.diseaseSpecificSurvival) - reference.dss)).toBeLessThan(4 * seDss);
      // Without other-cause death OS is DSS, and the incidence is 1 − DMFS.
      expect(at?.overallSurvival).toBeCloseTo(value(at?.diseaseSpecificSurvival), 12);
      expect(at?.metastasisIncidence).toBeCloseTo(1 - value(at?.distantMetastasisFreeSurvival), 12);
    });
  });
});

describe('metastasis: determinism and shards', () => {
  // 8200 patients are 3 blocks (4096 each, the last 8).
  const text = scenarioText({ patients: 8200, metastasis: '{ era: 2015 }' });
  beforeAll(async () => {
    writeFileSync(join(directory, 'sharded.yaml'), text);
    for (const k of [1, 2, 3]) expect((await rtsim('run', 'sharded.yaml', '--workers', '0', '--shard', `${k}/3`, '--out', 'parts')).status).toBe(exitCodes.ok);
  });

  it('2 worker threads and 3 merged shards give results.json and arms.csv byte-identical to the single run', async () => {
    const single = await run('single', text);
    expect(single.results.metastasis?.era).toBe(2015);
    const threads = await run('threads', text, '--workers', '2');
    expect(threads.json).toBe(single.json);
    const merged = await rtsim('merge', ...[1, 2, 3].map((k) => join('parts', `partial-${k}-of-3.json`)), '--out', 'merged');
    expect(merged.status).toBe(exitCodes.ok);
    expect(read('merged', 'results.json')).toBe(single.json);
    expect(read('merged', 'arms.csv')).toBe(single.csv);
  });
});

describe('metastasis: validation', () => {
  it('an arm without the local-control model is refused at its path, naming it; nothing is written', async () => {
    const text = scenarioText({ metastasis: '{}' }).replace(
      '  - { id: alone, localControl: residual-disease,',
      '  - { id: alone,',
    );
    writeFileSync(join(directory, 'classic.yaml'), text);
    const outcome = await rtsim('run', 'classic.yaml', '--workers', '0', '--out', 'classic');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    expect(outcome.stderr).toContain('arms[2]');
    expect(outcome.stderr).toContain("arm 'alone' has none");
    expect(() => read('classic', 'results.json')).toThrow();
  });

  it('an era outside 1950–2100 or not a whole year is refused at metastasis.era', async () => {
    for (const era of ['1900', '2004.5']) {
      writeFileSync(join(directory, 'era.yaml'), scenarioText({ metastasis: `{ era: ${era} }` }));
      const outcome = await rtsim('run', 'era.yaml', '--workers', '0', '--out', 'era');
      expect(outcome.status).toBe(exitCodes.invalidInput);
      expect(outcome.stderr).toContain('metastasis.era');
    }
  });
});
