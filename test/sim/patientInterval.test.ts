// An earlier first doctor visit (`pathway.patientInterval`, an awareness campaign; issue 17, docs/scenarios.md "The
// diagnostic pathway"): usual care (1) is the scenario without the field, byte for byte; a shorter patient interval
// meets a smaller tumour and shortens the symptom duration, against closed forms of the library's laws; every
// patient's symptom duration is shorter (common random numbers); refusals.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { ArmPathway, TrialResults } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import { scenarioRun } from './scenarioRun.js';
import { armOf } from './armOf.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-patient-interval-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const run = scenarioRun(directory);

const margins = '{ R0-wide: 0.55, R0-close: 0.25, R1-planned: 0.1, R1-unplanned: 0.05, R2: 0.05 }';
const arm = (id: string, pathway: string): string =>
  `  - { id: ${id}, localControl: residual-disease, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: ${margins} }, pathway: ${pathway} }`;

function scenarioText(arms: string[], patients: number, cohort = 'volume: { dist: lognormal, median: 300, sigma: 0.8 }'): string {
  return `version: 1
name: patient interval
references: ["test scenario"]
seed: 179
patients: ${patients}
cohort:
  ${cohort}
  covariates: { grade: { G1: 0.3, G2: 0.35, G3: 0.35 }, depth: { deep: 1, superficial: 0 } }
  subtypes:
    - ref: sts
arms:
${arms.join('\n')}
followUp: { years: 10, at: [2, 5, 10] }
`;
}

const pathwayOf = (results: TrialResults, id: string): ArmPathway => {
  const found = armOf(results, id).pathway;
  if (found === undefined) throw new Error(`no pathway in arm ${id}`);
  return found;
};

describe('pathway.patientInterval: an earlier first visit meets a smaller tumour', () => {
  it('patientInterval: 1 is usual care: results.json byte for byte the scenario without the field', async () => {
    const without = await run('usual', scenarioText([arm('a', '{}')], 4100));
    const explicit = await run('explicit', scenarioText([arm('a', '{ patientInterval: 1 }')], 4100));
    expect(explicit.json).toBe(without.json);
    expect(pathwayOf(without.results, 'a').patientInterval).toBeUndefined();
  });

  it('halving it: the tumour at the visit and the symptom duration against closed forms of the library laws', async () => {
    // Every tumour 8 cm at the usual visit, no diagnostic wait, no unplanned excision: the tumour at treatment is
    // d_v = 8·2^{−0.5·log₂R} with log₂R lognormal (median 0.585, σ 0.7203), below 5 cm when log₂R > 2·log₂(8/5):
    // 1 − Φ(ln(1.3561/0.585)/0.7203) = 0.12155. The symptom duration is 0.5·T_p = 1.5·T_d·log₂R, lognormal with median
    // 1.5·52.12·0.585 d and σ = √(0.9101² + 0.7203²): P(< 84 d) = 0.69979 (usual care, 3·T_d·log₂R: 0.47074).
    const none = '{ primaryCare: 0, secondaryCare: 0, sarcomaCentre: 0, treatment: 0 }';
    const text = scenarioText(
      [arm('usual', `{ intervals: ${none}, unplannedExcision: none }`), arm('aware', `{ intervals: ${none}, unplannedExcision: none, patientInterval: 0.5 }`)],
      24600,
      'diameter: 8',
    );
    const { results, stdout } = await run('halved', text);
    const n = 24600;
    const within = (observed: number, expected: number): void => {
      expect(Math.abs(observed - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / n));
    };
    const under5 = (id: string): number => (armOf(results, id).byStratum?.find((s) => s.by === 'size' && s.stratum === 'under-5cm')?.patients ?? 0) / n;
    within(under5('aware'), 0.12155);
    expect(under5('usual')).toBe(0);
    const within12Weeks = (id: string): number => pathwayOf(results, id).symptomToDiagnosisDays.weeklyCounts.slice(0, 12).reduce((sum, c) => sum + c, 0) / n;
    within(within12Weeks('aware'), 0.69979);
    within(within12Weeks('usual'), 0.47074);
    expect(pathwayOf(results, 'aware').patientInterval).toBe(0.5);
    // the terminal's pathway table says so beside the referral; usual care says nothing
    expect(stdout).toMatch(/aware\s+local, patient interval × 0\.5/);
    expect(stdout).toMatch(/usual\s+local\s/);
    // every patient's symptom duration is shorter (the same uniforms): the weekly distribution is dominated everywhere
    const cumulative = (id: string): number[] => {
      let sum = 0;
      return pathwayOf(results, id).symptomToDiagnosisDays.weeklyCounts.map((c) => (sum += c));
    };
    const usual = cumulative('usual');
    cumulative('aware').forEach((count, week) => expect(count).toBeGreaterThanOrEqual(usual[week] ?? 0));
    // a smaller tumour is controlled at least as often here (no unplanned excision; the same margins)
    expect(armOf(results, 'aware').controlled).toBeGreaterThanOrEqual(armOf(results, 'usual').controlled);
  });

  it('refuses 0, a value above 1, and a treatment table naming an arm with another patient interval', async () => {
    writeFileSync(join(directory, 'zero.yaml'), scenarioText([arm('a', '{ patientInterval: 0 }'), arm('b', '{ patientInterval: 1.5 }')], 100));
    const outcome = await rtsim('validate', 'zero.yaml');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    expect(outcome.stderr).toMatch(/arms\[0\]\.pathway\.patientInterval: expected .*got 0/);
    expect(outcome.stderr).toMatch(/arms\[1\]\.pathway\.patientInterval: expected .*got 1\.5/);
    writeFileSync(join(directory, 'routed.yaml'), scenarioText([arm('a', '{}'), `${arm('b', '{ patientInterval: 0.5 }').slice(0, -2)}, treatmentByGrade: { 1: a } }`], 100));
    const routed = await rtsim('validate', 'routed.yaml');
    expect(routed.status).toBe(exitCodes.invalidInput);
    expect(routed.stderr).toMatch(/arms\[1\]\.treatmentByGrade\["1"\]: arm 'a' has another pathway before the diagnosis/);
  });
});
