// Distant metastasis with arms on the classic clonogen model (issue 15; docs/metastasis-model.md, "Engine wiring"):
// the probability of metastasis reads the local-control stream's covariate draws, seeding follows the classic arm's
// own detected recurrence. Through the command line as built: local control unchanged by adding metastasis and
// background, the endpoint identities, common random numbers (a better-controlling arm with the same span never has
// lower OS), the independent numpy reference of a cured cohort, determinism under workers and shards, and refusals.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { TrialResults } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import type { ScenarioRun } from './scenarioRun.js';
import { scenarioRun } from './scenarioRun.js';
import { expectWorkersAndShardsIdentical, writeShards } from './shardedRun.js';
import { armOf, metastasisOf } from './armOf.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-metastasis-classic-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const run = scenarioRun(directory);

const margins = '{ R0: 0.84, R1: 0.14, R2: 0.02 }';
// Classic arms (no localControl), the same 25 fractions and surgery day (same span), 2.4 Gy per fraction in the better one.
const classicArms = [
  `  - { id: low, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: ${margins} } }`,
  `  - { id: high, schedule: { fractions: 25, dose: 2.4, perWeek: 5 }, surgery: { day: 67, margins: ${margins} } }`,
];

function scenarioText(options: { patients?: number; sections?: string; arms?: readonly string[] } = {}): string {
  return `version: 1
name: metastasis with classic arms
references: ["test scenario"]
seed: 173
patients: ${options.patients ?? 8200}
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes:
    - ref: sts
arms:
${(options.arms ?? classicArms).join('\n')}
followUp: { years: 10, at: [1, 2, 5, 10] }
${options.sections ?? ''}`;
}

const withBoth = 'background: { lifeTable: us-ssa-2017, sex: { female: 0.45 } }\nmetastasis: {}\n';


let plain: ScenarioRun;
let both: ScenarioRun;
let metastasisAlone: ScenarioRun;
beforeAll(async () => {
  plain = await run('plain', scenarioText());
  both = await run('both', scenarioText({ sections: withBoth }));
  metastasisAlone = await run('alone', scenarioText({ sections: 'metastasis: {}\n' }));
});

describe('metastasis with classic arms: local control is unchanged', () => {
  it('adding metastasis and background changes no field of the classic run: only competingEvents, background and metastasis are added', () => {
    const strip = (results: TrialResults): unknown =>
      JSON.parse(JSON.stringify({ ...results, scenario: undefined, metastasis: undefined, background: undefined }), (key, value: unknown) =>
        key === 'competingEvents' ? undefined : value,
      );
    for (const outcome of [both, metastasisAlone]) expect(strip(outcome.results)).toEqual(strip(plain.results));
    expect(plain.json).not.toContain('competingEvents');
    // No strata: a classic arm has no graded margin class to stratify by.
    for (const arm of both.results.arms) expect(arm.byStratum).toBeUndefined();
    // The terminal table keeps its LC columns and adds DMFS and OS.
    expect(both.stdout).toContain('DMFS 10 y (%)');
    expect(both.stdout).toContain('OS 10 y (%)');
  });
});

describe('metastasis with classic arms: identities and common random numbers', () => {
  it('DMFS in [0, 1], DMFS ≤ 1 − CIF(metastasis), OS ≤ DSS at every follow-up time; without background DSS = OS', () => {
    let checked = 0;
    for (const outcome of [both, metastasisAlone]) {
      for (const arm of outcome.results.arms) {
        for (const at of metastasisOf(arm).atTimes ?? []) {
          const { distantMetastasisFreeSurvival: dmfs, metastasisIncidence: cif, overallSurvival: os, diseaseSpecificSurvival: dss } = at;
          if (dmfs === null || cif === null || os === null || dss === null) throw new Error('a time inside follow-up is null');
          expect(dmfs).toBeGreaterThanOrEqual(0);
          expect(dmfs).toBeLessThanOrEqual(1);
          expect(dmfs).toBeLessThanOrEqual(1 - cif + 1e-12);
          expect(os).toBeLessThanOrEqual(dss + 1e-15);
          if (outcome === metastasisAlone) expect(os).toBeCloseTo(dss, 12);
          checked++;
        }
      }
    }
    expect(checked).toBe(16);
    // Metastases do happen (the check is not empty): p of the library's mix is far from 0.
    expect(metastasisOf(armOf(both.results, 'low')).metastasesFirst).toBeGreaterThan(0.1 * 8200);
  });

  it('the better-controlling arm (same span) never has lower OS nor more metastases or sarcoma deaths, at any bin', () => {
    for (const outcome of [both, metastasisAlone]) {
      const low = metastasisOf(armOf(outcome.results, 'low'));
      const high = metastasisOf(armOf(outcome.results, 'high'));
      expect(high.metastasesFirst).toBeLessThanOrEqual(low.metastasesFirst);
      expect(high.sarcomaDeaths).toBeLessThanOrEqual(low.sarcomaDeaths);
      const lowCurve = low.curves?.overallSurvival ?? [];
      const highCurve = high.curves?.overallSurvival ?? [];
      expect(highCurve.length).toBe(lowCurve.length);
      expect(highCurve.length).toBeGreaterThan(500);
      for (const [j, value] of highCurve.entries()) expect(value).toBeGreaterThanOrEqual(lowCurve[j] ?? Number.NaN);
      // Seeding follows the classic arm's own recurrences: the arm with more of them seeds more metastases.
      expect(armOf(outcome.results, 'high').controlled).toBeGreaterThan(armOf(outcome.results, 'low').controlled);
      expect(high.metastasesFirst).toBeLessThan(low.metastasesFirst);
    }
  });
});

/** DMFS and DSS of a cohort without recurrence or other-cause death (scripts/reference/metastasis_engine.py, numpy). */
const reference = JSON.parse(readFileSync(new URL('../fixtures/metastasis-engine.json', import.meta.url), 'utf8')) as {
  spanDays: number;
  times: { years: number; dmfs: number; dss: number }[];
};

describe('metastasis with classic arms: an independent reference', () => {
  it('a cured classic arm of G3, deep, primary, 8.3 cm patients matches the numpy DMFS and DSS within 4 standard errors', async () => {
    const patients = 20000;
    const text = `version: 1
name: classic metastasis reference
references: ["test scenario"]
seed: 11
patients: ${patients}
cohort:
  volume: 300
  covariates: { grade: { G1: 0, G2: 0, G3: 1 }, depth: { deep: 1, superficial: 0 }, presentation: { primary: 1, recurrent: 0 } }
  subtypes:
    # α at least 0.1 per Gy: the library's lower tail (α near 0) leaves a few tumours uncontrolled at any dose.
    - { ref: sts, override: { alpha: { dist: normal, mean: 0.232, sd: 0.08, min: 0.1 } } }
arms:
  # 20 × 10 Gy before surgery on day ${reference.spanDays}: the clonogen model controls every tumour, so nothing seeds.
  - { id: cured, schedule: { fractions: 20, dose: 10, perWeek: 5 }, surgery: { day: ${reference.spanDays}, margins: { R0: 1, R1: 0, R2: 0 } } }
followUp: { years: 10, at: [${reference.times.map((row) => row.years).join(', ')}] }
metastasis: {}
`;
    const outcome = await run('reference', text);
    const arm = outcome.results.arms[0];
    expect(arm?.controlled).toBe(patients);
    const metastasis = metastasisOf(arm ?? {});
    for (const row of reference.times) {
      const at = metastasis.atTimes?.find((time) => time.years === row.years);
      for (const [engine, expected] of [[at?.distantMetastasisFreeSurvival, row.dmfs], [at?.diseaseSpecificSurvival, row.dss]] as const) {
        const standardError = Math.sqrt((expected * (1 - expected)) / patients);
        expect(Math.abs((engine ?? Number.NaN) - expected)).toBeLessThan(4 * standardError);
      }
    }
  });
});

describe('metastasis with classic arms: determinism and shards', () => {
  const text = scenarioText({ patients: 8200, sections: withBoth });
  const shards = join(directory, 'shards');
  beforeAll(async () => {
    mkdirSync(shards);
    await writeShards(shards, text);
  });

  it('2 worker threads and 3 merged shards give results.json and arms.csv byte-identical to the single run', async () => {
    await expectWorkersAndShardsIdentical(shards, text);
  });
});

describe('metastasis with classic arms: validation', () => {
  const refused = async (name: string, text: string): Promise<string> => {
    writeFileSync(join(directory, `${name}.yaml`), text);
    const outcome = await rtsim('validate', `${name}.yaml`);
    expect(outcome.status).toBe(exitCodes.invalidInput);
    return outcome.stderr;
  };

  it('an arm that treats lesions is still refused at its target', async () => {
    const lesions = `  - { id: sbrt, target: lesions, localControl: residual-disease, lesions: { count: { 1: 1 }, diameter: 1.5 }, schedule: { fractions: 3, dose: 15 } }`;
    expect(await refused('lesions', scenarioText({ sections: 'metastasis: {}\n', arms: [classicArms[0] ?? '', lesions] }))).toMatch(/arms\[1\]\.target.*non-metastatic at diagnosis/);
  });

  it('a scenario with biomarkers and a cell-therapy kill (scenarios/multimodal/tcr-t-synovial-sarcoma.yaml) is refused with metastasis, and with background alone', async () => {
    const tcr = readFileSync(new URL('../../scenarios/multimodal/tcr-t-synovial-sarcoma.yaml', import.meta.url), 'utf8');
    const withMetastasis = await refused('tcr-metastasis', `${tcr}metastasis: {}\n`);
    expect(withMetastasis).toMatch(/metastasis: biomarkers \(MAGE-A4\) are not supported with metastasis yet/);
    expect(withMetastasis).toMatch(/arms\[1\]\.modifiers: modifiers are not supported with metastasis yet \(arm 'tcr-t-rt'\)/);
    const withBackground = await refused('tcr-background', `${tcr}background: { lifeTable: us-ssa-2017, sex: male }\n`);
    expect(withBackground).toMatch(/arms\[1\]\.modifiers: modifiers are not supported with background yet/);
  });

  it("a classic arm's modifiers are refused at their path, naming the arm", async () => {
    const modified = `  - { id: chemo, schedule: { fractions: 25, dose: 2 }, modifiers: [{ type: systemic, agent: doxorubicin, doseModifyingFactor: 1.1, fromDay: 0 }] }`;
    expect(await refused('modifiers', scenarioText({ sections: 'metastasis: {}\n', arms: [modified] }))).toMatch(/arms\[0\]\.modifiers.*not supported with metastasis yet.*arm 'chemo'/);
  });
});
