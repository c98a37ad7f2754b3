// SBRT of metastases at lesion level in the cohort engine (issue 14; docs/local-control-model.md, "Engine wiring"),
// through the command line as built: outputs, paired properties on common random numbers, the dose–response
// gradient, determinism across workers and shards, refused tampering, an independent reference value, validation.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArmLesions, ArmResult, TrialResults } from '../../packages/sim/dist/index.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { inProcessCli } from './inProcessCli.js';
import { parsedScenario } from './parsedScenario.js';
import { scenarioRun } from './scenarioRun.js';
import { resealShard } from './resealShard.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-lesions-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);

const threeLesions = '{ 1: 0.5, 2: 0.3, 3: 0.2 }';
const lungSize = '{ dist: lognormal, median: 1.5, sigma: 0.4 }';

/** One lesion arm: `fractions` × `dose` Gy every other day. */
function lesionArm(id: string, fractions: number, dose: number, count = threeLesions, diameter = lungSize): string {
  return `  - { id: ${id}, localControl: residual-disease, target: lesions, lesions: { count: ${count}, diameter: ${diameter} }, schedule: { fractions: ${fractions}, dose: ${dose}, everyDays: 2 } }`;
}

function scenarioText(arms: readonly string[], options: { patients?: number; seed?: number; followUp?: string } = {}): string {
  return `version: 1
name: lesions
references: ["test scenario"]
seed: ${options.seed ?? 21}
patients: ${options.patients ?? 6000}
cohort:
  diameter: 1.5
  covariates: {}
  subtypes:
    - ref: sts
arms:
${arms.join('\n')}
followUp: ${options.followUp ?? '{ years: 3, at: [1, 2, 3] }'}
`;
}

const run = scenarioRun(directory);

function arm(results: TrialResults, id: string): ArmResult & { lesions: ArmLesions } {
  const found = results.arms.find((a) => a.id === id);
  if (found?.lesions === undefined) throw new Error(`no lesion arm ${id}`);
  return found as ArmResult & { lesions: ArmLesions };
}

/** Per-lesion (or, with `patient`, per-patient) Kaplan–Meier LC at the followUp.at times. */
function lcAt(a: ArmResult & { lesions: ArmLesions }, patient = false): number[] {
  return ((patient ? a.localControlAtTimes : a.lesions.localControlAtTimes) ?? []).map((x) => x.localControl as number);
}

function discordant(results: TrialResults, a: string, b: string): { aOnly: number; bOnly: number } {
  const pair = results.comparisons.find((c) => c.a === a && c.b === b);
  if (pair === undefined) throw new Error(`no comparison ${a} − ${b}`);
  return pair.discordant;
}

describe('per-lesion and per-patient local control in every output', () => {
  it('results.json, arms.csv, the terminal table and the report carry the per-lesion results', async () => {
    const { results, stdout, csv } = await run('outputs', scenarioText([lesionArm('5x10', 5, 10), lesionArm('3x15', 3, 15)]));
    const five = arm(results, '5x10');
    // 1 to 3 lesions with shares 0.5/0.3/0.2: 1.7 per patient on average (binomial SE about 0.01 at 6000 patients)
    expect(five.lesions.meanPerPatient).toBeGreaterThan(1.65);
    expect(five.lesions.meanPerPatient).toBeLessThan(1.75);
    expect(five.lesions.lesions).toBe(Math.round(five.lesions.meanPerPatient * five.patients));
    expect(five.lesions.controlRate).toBe(five.lesions.controlled / five.lesions.lesions);
    expect(five.lesions.localControlAtTimes?.map((x) => x.years)).toEqual([1, 2, 3]);
    for (const x of five.lesions.localControlAtTimes ?? []) expect((x.localControl as number) + (x.localRecurrence as number)).toBeCloseTo(1, 12);
    const header = csv.split('\n')[0];
    expect(header).toMatch(/,local_control_at_3y_ci95_upper,lesions,lesions_per_patient,lesions_controlled,lesion_control_rate,lesion_control_ci95_lower,lesion_control_ci95_upper,lesion_local_control_1y,lesion_local_control_2y,lesion_local_control_5y,lesion_local_control_at_1y,lesion_local_control_at_2y,lesion_local_control_at_3y$/);
    const row = csv.split('\n').find((line) => line.startsWith('5x10,5x10,arm,'))?.split(',') ?? [];
    const column = (name: string): string | undefined => row[header.split(',').indexOf(name)];
    expect(Number(column('lesions'))).toBe(five.lesions.lesions);
    expect(Number(column('lesion_local_control_at_2y'))).toBe(lcAt(five)[1]);
    expect(stdout).toMatch(/lesion LC 3 y \(%\)/);
    // the terminal row repeats results.json: lesions, lesions per patient (at most 2 decimals, trailing zeros dropped:
    // 1.70 prints as 1.7), lesion control (%, 1 decimal)
    const perPatient = String(Number(five.lesions.meanPerPatient.toFixed(2))).replace('.', '\\.');
    const rate = (100 * five.lesions.controlRate).toFixed(1).replace('.', '\\.');
    expect(stdout).toMatch(new RegExp(`\\n5x10 +${five.lesions.lesions} +${perPatient} +${rate} \\[`));
    const report = readFileSync(join(directory, 'outputs', 'report.html'), 'utf8');
    expect(report).toContain('<h2>Lesions</h2>');
    expect(report).toContain('Per-lesion local control (Kaplan–Meier over lesions)');
  });

  it('a scenario without lesion arms has no lesion fields or columns', async () => {
    const text = scenarioText(['  - { id: alone, localControl: residual-disease, schedule: { fractions: 32, dose: 2, perWeek: 5 } }']);
    const { results, csv, stdout } = await run('no-lesions', text);
    expect(results.arms[0]?.lesions).toBeUndefined();
    expect(csv.split('\n')[0]).not.toMatch(/lesion/);
    expect(stdout).not.toMatch(/lesion LC/);
  });
});

describe('paired properties on common random numbers (lesion j has the same uniforms in every arm)', () => {
  it('more dose per fraction never lowers per-lesion LC, and no patient is controlled at the lower dose only', async () => {
    const { results } = await run('dose', scenarioText([lesionArm('3x12', 3, 12), lesionArm('3x15', 3, 15), lesionArm('3x20', 3, 20)], { followUp: '{ years: 3, at: [1, 2, 3], firstVisitDays: 60 }' }));
    const ids = ['3x12', '3x15', '3x20'];
    for (let i = 1; i < ids.length; i++) {
      const low = arm(results, ids[i - 1]);
      const high = arm(results, ids[i]);
      expect(high.lesions.controlled).toBeGreaterThan(low.lesions.controlled);
      lcAt(high).forEach((lc, t) => expect(lc).toBeGreaterThanOrEqual(lcAt(low)[t]));
    }
    expect(discordant(results, '3x12', '3x15').aOnly).toBe(0);
    expect(discordant(results, '3x12', '3x20').aOnly).toBe(0);
  });

  it('larger lesions never raise per-lesion LC', async () => {
    const sizes = ['{ dist: lognormal, median: 1, sigma: 0.4 }', lungSize, '{ dist: lognormal, median: 2.5, sigma: 0.4 }'];
    const { results } = await run('size', scenarioText(sizes.map((size, i) => lesionArm(`d${i}`, 5, 10, threeLesions, size))));
    for (let i = 1; i < sizes.length; i++) {
      const small = arm(results, `d${i - 1}`);
      const large = arm(results, `d${i}`);
      expect(large.lesions.controlled).toBeLessThan(small.lesions.controlled);
      lcAt(large).forEach((lc, t) => expect(lc).toBeLessThanOrEqual(lcAt(small)[t]));
    }
    expect(discordant(results, 'd0', 'd2').bOnly).toBe(0);
  });

  it('a patient with more lesions is never controlled where it fails with fewer', async () => {
    const counts = ['{ 1: 1 }', threeLesions, '{ 3: 1 }'];
    const { results } = await run('count', scenarioText(counts.map((count, i) => lesionArm(`n${i}`, 5, 10, count))));
    expect(arm(results, 'n0').lesions.meanPerPatient).toBe(1);
    expect(arm(results, 'n2').lesions.meanPerPatient).toBe(3);
    for (let i = 1; i < counts.length; i++) {
      const few = arm(results, `n${i - 1}`);
      const many = arm(results, `n${i}`);
      expect(many.controlled).toBeLessThan(few.controlled);
      lcAt(many, true).forEach((lc, t) => expect(lc).toBeLessThanOrEqual(lcAt(few, true)[t]));
    }
    // the comparisons are n0 − n1 and n0 − n2: nobody is controlled with more lesions only
    expect(discordant(results, 'n0', 'n1').bOnly).toBe(0);
    expect(discordant(results, 'n0', 'n2').bOnly).toBe(0);
  });

  it('per-patient LC is at most per-lesion LC at every time (every lesion must be controlled)', async () => {
    const { results } = await run('patient-vs-lesion', scenarioText([lesionArm('3x15', 3, 15), lesionArm('5x10', 5, 10), lesionArm('single', 5, 10, '{ 1: 1 }')]));
    for (const id of ['3x15', '5x10']) {
      const a = arm(results, id);
      expect(a.controlRate).toBeLessThan(a.lesions.controlRate);
      lcAt(a, true).forEach((lc, t) => expect(lc).toBeLessThan(lcAt(a)[t]));
    }
    // with one lesion each, a patient is its lesion: the two agree exactly
    const single = arm(results, 'single');
    expect(lcAt(single, true)).toEqual(lcAt(single));
    expect(single.controlled).toBe(single.lesions.controlled);
  });
});

describe('the SBRT dose–response gradient (outcome-evidence F7)', () => {
  // F7 as the calibration reads it (calibration/local-control-evidence.yaml, F7-bed-gradient): 25 Gy / 5 (BED₃ 67 Gy)
  // and 35 Gy / 5 (BED₃ 117 Gy) for lesions of median 2.5 cm (σ 0.5), one per patient. Observed 1-year LC 46% and
  // 75% (58 and 80 lesions; Wilson 95% of the failures 41.1–66.0% and 16.8–35.5%). Measured here (4 seeds, 40000
  // patients): 52.1–52.6% and 73.7–74.6%, a gap of 21.2–22.0 points with a paired SE of about 0.3 points. The test
  // asks for at least 15 points (the flat model of the issue gave 4: 95 vs 99%) and both values inside F7's intervals.
  it('1-year per-lesion LC rises by at least 15 points from BED₃ 67 to 117 Gy, both inside the F7 intervals', async () => {
    const f7Size = '{ dist: lognormal, median: 2.5, sigma: 0.5 }';
    const { results } = await run('gradient', scenarioText([lesionArm('bed67', 5, 5, '{ 1: 1 }', f7Size), lesionArm('bed117', 5, 7, '{ 1: 1 }', f7Size)], { patients: 40000 }));
    const low = lcAt(arm(results, 'bed67'))[0];
    const high = lcAt(arm(results, 'bed117'))[0];
    expect(high - low).toBeGreaterThan(0.15);
    expect(low).toBeGreaterThan(1 - 0.66);
    expect(low).toBeLessThan(1 - 0.411);
    expect(high).toBeGreaterThan(1 - 0.355);
    expect(high).toBeLessThan(1 - 0.168);
  });
});

describe('determinism of the lesion streams', () => {
  const text = scenarioText([lesionArm('5x10', 5, 10), lesionArm('3x20', 3, 20, '{ 2: 0.6, 4: 0.4 }')], { patients: 9000 });

  it('results.json is byte-identical with 0 and 2 workers, and shards merged equal the whole run', async () => {
    const zero = await run('det-0', text, '--workers', '0');
    const two = await run('det-2', text, '--workers', '2');
    expect(two.json).toBe(zero.json);
    writeFileSync(join(directory, 'det.yaml'), text);
    for (const k of [1, 2, 3]) expect((await rtsim('run', 'det.yaml', '--workers', '0', '--shard', `${k}/3`, '--out', 'det-shards')).status).toBe(0);
    const merged = await rtsim('merge', parts(1), parts(2), parts(3), '--out', 'det-merged');
    expect(merged.status).toBe(0);
    expect(readFileSync(join(directory, 'det-merged', 'results.json'), 'utf8')).toBe(zero.json);
  });

  it('merge refuses a part whose lesion counts do not fit its patients (checksum recomputed)', async () => {
    const part = JSON.parse(readFileSync(join(directory, parts(2)), 'utf8')) as { accumulator: { counts: number[] } };
    const { counts } = part.accumulator;
    // The lesion section (PartialLayout): per arm [lesions, controlled, failures by time bin], arm 0 first.
    const at = compilePlan(parsedScenario(text)).layout.lesionCounts;
    const patients = counts[0];
    counts[at] = 4 * patients; // arm 0 has at most 3 lesions per patient
    writeFileSync(join(directory, 'tampered.json'), JSON.stringify(resealShard(part)));
    const outcome = await rtsim('merge', parts(1), 'tampered.json', parts(3), '--out', 'never');
    expect(outcome.status).not.toBe(0);
    expect(outcome.stderr).toContain('tampered.json');
    expect(outcome.stderr).toContain(`arm 0: ${4 * patients} lesions for ${patients} patients of 1 to 3 lesions`);
  });
});

/** Part k of det-shards. */
function parts(k: number): string {
  return join('det-shards', `partial-${k}-of-3.json`);
}

describe('an independent reference value (scripts/reference/local_control_engine_check.py, lesions)', () => {
  // Two lesions of 1.5 cm per patient, 40 Gy / 4 every other day, G2, α 0.2/Gy, α/β 5 Gy, OER 2.5, ρ 10⁷/cm³,
  // N_detect 10⁷. Expected per-lesion LC from the Python script (numerical, from the model document and the library
  // values, not from the engine); per-patient LC = per-lesion LC² (the lesions are independent given the biology).
  const expected: [number, number, number][] = [
    [1, 0.99993, 0.99986],
    [2, 0.85397, 0.72926],
    [3, 0.83541, 0.69791],
  ];
  it('per-lesion and per-patient LC at 1, 2 and 3 years match within 4 standard errors', async () => {
    const patients = 100000;
    const text = `version: 1
name: lesion reference
references: ["test scenario"]
seed: 8
patients: ${patients}
cohort:
  covariates: { grade: { G2: 1 } }
  subtypes:
    - id: check
      parameters: { alpha: 0.2, alphaBeta: 5, doublingTime: 30, kickoffTime: 0, clonogenDensity: 1.0e+7, volume: 50, oer: 2.5, detectionClonogens: 1.0e+7 }
arms:
${lesionArm('lesion-check', 4, 10, '{ 2: 1 }', '1.5')}
followUp: { years: 3, at: [1, 2, 3] }
`;
    const { results } = await run('reference', text);
    const a = arm(results, 'lesion-check');
    expect(a.overallTime).toBe(6); // the script's span T = 6 days
    expected.forEach(([, lesionLc, patientLc], t) => {
      expect(Math.abs((lcAt(a)[t]) - lesionLc)).toBeLessThan(4 * Math.sqrt((lesionLc * (1 - lesionLc)) / (2 * patients)) + 1e-4);
      expect(Math.abs((lcAt(a, true)[t]) - patientLc)).toBeLessThan(4 * Math.sqrt((patientLc * (1 - patientLc)) / patients) + 1e-4);
    });
  });
});

describe('validation', () => {
  const arm0 = (fields: string): string => scenarioText([`  - { id: a, schedule: { fractions: 5, dose: 10, everyDays: 2 }, ${fields} }`]);
  it.each([
    ['count shares not summing to 1', arm0(`localControl: residual-disease, target: lesions, lesions: { count: { 1: 0.5, 2: 0.3 }, diameter: 1.5 }`), 'arms[0].lesions.count: the lesion count shares must sum to 1, got 0.8'],
    ['a count above 10', arm0(`localControl: residual-disease, target: lesions, lesions: { count: { 1: 0.5, 11: 0.5 }, diameter: 1.5 }`), `arms[0].lesions.count["11"]: unknown key '11'`],
    ['a count that is not a whole number', arm0(`localControl: residual-disease, target: lesions, lesions: { count: { 1: 0.5, 1.5: 0.5 }, diameter: 1.5 }`), `expected one of: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`],
    ['a diameter that can be negative', arm0(`localControl: residual-disease, target: lesions, lesions: { count: { 1: 1 }, diameter: { dist: normal, mean: 1.5, sd: 0.5 } }`), 'arms[0].lesions.diameter: a normal distribution without min can give lesion diameter below 0'],
    ['a zero diameter', arm0(`localControl: residual-disease, target: lesions, lesions: { count: { 1: 1 }, diameter: 0 }`), 'arms[0].lesions.diameter: expected a number > 0'],
    ['target: lesions without the local-control model', arm0(`target: lesions, lesions: { count: { 1: 1 }, diameter: 1.5 }`), 'arms[0].target: target: lesions needs localControl: residual-disease on this arm'],
    ['target: lesions without lesions', arm0(`localControl: residual-disease, target: lesions`), 'arms[0].target: target: lesions needs lesions: { count, diameter } on this arm'],
    ['lesions without target', arm0(`localControl: residual-disease, lesions: { count: { 1: 1 }, diameter: 1.5 }`), 'arms[0].lesions: lesions need target: lesions on this arm'],
    ['a lesion arm with surgery', arm0(`localControl: residual-disease, target: lesions, lesions: { count: { 1: 1 }, diameter: 1.5 }, surgery: { day: 30, margins: { R0-wide: 1 } }`), 'arms[0].surgery: an arm with target: lesions irradiates its lesions without surgery'],
  ])('%s is refused with a message naming the place', async (_, text, message) => {
    writeFileSync(join(directory, 'bad.yaml'), text);
    const outcome = await rtsim('validate', 'bad.yaml');
    expect(outcome.status).not.toBe(0);
    expect(outcome.stdout + outcome.stderr).toContain(message);
  });
});
