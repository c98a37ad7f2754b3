// Progression and survival of metastatic patients after SBRT of their lesions (issue 15, SBRT part;
// docs/metastasis-model.md, "Metastatic patients treated with SBRT"), through the command line as built: an
// independent numpy-free reference, PFS ≤ OS, common random numbers, nothing else moves with `progression`,
// determinism across workers and shards, validation.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { ArmProgression, ArmResult, TrialResults } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import type { ScenarioRun } from './scenarioRun.js';
import { scenarioRun } from './scenarioRun.js';
import { expectWorkersAndShardsIdentical, writeShards } from './shardedRun.js';
import { resealShard } from './resealShard.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-progression-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const run = scenarioRun(directory);
const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');

const lesions = '{ count: { 1: 0.5, 2: 0.3, 3: 0.2 }, diameter: { dist: lognormal, median: 1.5, sigma: 0.4 } }';
const arms = [
  `  - { id: 3x15, localControl: residual-disease, target: lesions, lesions: ${lesions}, schedule: { fractions: 3, dose: 15, everyDays: 2 } }`,
  `  - { id: 3x20, localControl: residual-disease, target: lesions, lesions: ${lesions}, schedule: { fractions: 3, dose: 20, everyDays: 2 } }`,
];

function scenarioText(options: { patients?: number; progression?: string; background?: boolean; arms?: readonly string[] } = {}): string {
  return `version: 1
name: progression engine
references: ["test scenario"]
seed: 15
patients: ${options.patients ?? 6000}
cohort:
  diameter: 1.5
  covariates: {}
  subtypes:
    - ref: sts
arms:
${(options.arms ?? arms).join('\n')}
followUp: { years: 3, at: [1, 2, 3] }
${options.background === false ? '' : 'background: { lifeTable: us-ssa-2017, sex: { female: 0.5 } }\n'}${options.progression === undefined ? '' : `progression: ${options.progression}\n`}`;
}

function progressionOf(arm: ArmResult): ArmProgression {
  if (arm.progression === undefined) throw new Error(`arm ${arm.id} has no progression`);
  return arm.progression;
}

let withProgression: ScenarioRun;
let withoutProgression: ScenarioRun;
beforeAll(async () => {
  withProgression = await run('with', scenarioText({ progression: '{}' }));
  withoutProgression = await run('without', scenarioText());
});

describe('progression: identities', () => {
  it('PFS ≤ OS at every weekly bin of every arm, both never rise, and both start at most 1', () => {
    let checked = 0;
    for (const arm of withProgression.results.arms) {
      const { progressionFreeSurvival: pfs, overallSurvival: os } = progressionOf(arm).curves;
      expect(pfs.length).toBe(os.length);
      for (let j = 0; j < pfs.length; j++) {
        expect(pfs[j]).toBeLessThanOrEqual(os[j]);
        expect(os[j]).toBeLessThanOrEqual(1);
        if (j > 0) {
          expect(pfs[j]).toBeLessThanOrEqual(pfs[j - 1]);
          expect(os[j]).toBeLessThanOrEqual(os[j - 1]);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('the better schedule (same span, common random numbers) has OS equal and PFS at least as high at every bin', () => {
    const [low, high] = withProgression.results.arms.map((arm) => progressionOf(arm).curves);
    expect(high.overallSurvival).toEqual(low.overallSurvival);
    let better = 0;
    for (let j = 0; j < low.progressionFreeSurvival.length; j++) {
      expect(high.progressionFreeSurvival[j]).toBeGreaterThanOrEqual(low.progressionFreeSurvival[j]);
      if (high.progressionFreeSurvival[j] > low.progressionFreeSurvival[j]) better++;
    }
    // Not an empty check: 3 × 20 Gy controls more lesions than 3 × 15 Gy, so PFS is strictly higher somewhere.
    expect(better).toBeGreaterThan(0);
  });

  it('the comparison 3x15 vs 3x20 reports a PFS hazard ratio above 1 (more progression with the lower dose) and OS with HR 1', () => {
    const comparison = withProgression.results.comparisons[0].progression;
    expect(comparison).toBeDefined();
    expect(comparison?.progressionFreeSurvival.hazardRatio).toBeGreaterThan(1);
    expect(comparison?.progressionFreeSurvival.restrictedMeanDifferenceDays).toBeLessThan(0);
    expect(comparison?.overallSurvival.hazardRatio).toBe(1);
    expect(comparison?.overallSurvival.restrictedMeanDifferenceDays).toBe(0);
  });

  it('OS is identical in every arm: the curves bin for bin, so the tables print no OS test or interval but say why', () => {
    // The model shares each patient's death day across arms (evaluateProgression), so the arms' OS curves are equal
    // bin for bin; results.json keeps the statistics of two independent samples (HR 1 with an interval, p 1).
    const curves = withProgression.results.arms.map((arm) => progressionOf(arm).curves.overallSurvival);
    for (const curve of curves) expect(curve).toEqual(curves[0]);
    expect(withProgression.results.comparisons[0]?.progression?.overallSurvival.hazardRatioCi95[0]).toBeLessThan(1);
    const pairsHead = withProgression.stdout.split('\n').find((line) => line.startsWith('comparison') && line.includes('PFS HR')) ?? '';
    expect(pairsHead).not.toMatch(/OS HR|OS log-rank|OS ΔRMST/);
    expect(withProgression.stdout).toContain('OS is identical in every arm, patient by patient (death is drawn once per patient and shared by the arms), so the pairs are not compared on it: no test or interval.');
    expect(withProgression.html).not.toMatch(/OS HR|OS log-rank p/);
    expect(withProgression.html).toContain('OS is identical in every arm, patient by patient');
  });

  it('results.json records the era and the values the run used (library: λ_N 0.0003146/d; μ_S 589.6 d · e^{0.0237·12 + 0.113})', () => {
    const recorded = withProgression.results.progression;
    expect(recorded?.era).toBe(2016);
    expect(recorded?.newMetastasisRatePerDay).toBe(0.0003146);
    // 589.6 · exp(0.0237 · 12 + 0.113) = 877.296 d (hand arithmetic: exp(0.3974) = 1.48795).
    expect(recorded?.survivalMedianDays).toBeCloseTo(877.296, 2);
    expect(recorded?.survivalSigma).toBe(1.4205);
  });
});

describe('progression: what a run shows', () => {
  it('arms.csv ends with PFS and OS at each time with their intervals, equal to results.json on arm rows', () => {
    const [head, ...rows] = withProgression.csv.trim().split('\n').map((line) => line.split(','));
    const column = (name: string): number => head.indexOf(name);
    expect(head.slice(-18, -15)).toEqual(['progression_free_survival_at_1y', 'progression_free_survival_at_1y_ci95_lower', 'progression_free_survival_at_1y_ci95_upper']);
    expect(head.at(-1)).toBe('overall_survival_at_3y_ci95_upper');
    for (const arm of withProgression.results.arms) {
      const row = rows.find((cells) => cells[0] === arm.id && cells[2] === 'arm');
      const at2 = progressionOf(arm).atTimes?.[1];
      expect(Number(row?.[column('progression_free_survival_at_2y')])).toBe(at2?.progressionFreeSurvival);
      expect(Number(row?.[column('overall_survival_at_2y_ci95_lower')])).toBe(at2?.overallSurvivalCi95?.[0]);
    }
    expect(withoutProgression.csv.split('\n')[0]).not.toMatch(/progression_free/);
  });

  it('arms.csv ends with one row per arm and progression stratum, its PFS and OS equal to results.json', () => {
    const [head, ...rows] = withProgression.csv.trim().split('\n').map((line) => line.split(','));
    const column = (name: string): number => head.indexOf(name);
    const strataRows = rows.filter((cells) => cells[2].startsWith('progression-'));
    const strata = withProgression.results.arms.flatMap((arm) => progressionOf(arm).byStratum.map((stratum) => ({ arm, stratum })));
    expect(strataRows.length).toBe(strata.length);
    // After every other row of the file, in the order of the arms and of their strata.
    expect(rows.slice(-strata.length)).toEqual(strataRows);
    strata.forEach(({ arm, stratum }, i) => {
      const cells = strataRows[i];
      expect(cells.slice(0, 5)).toEqual([arm.id, arm.name ?? '', `progression-${stratum.by}`, stratum.stratum, String(stratum.patients)]);
      expect(Number(cells[column('progression_free_survival_at_3y')])).toBe(stratum.atTimes?.[2]?.progressionFreeSurvival);
      expect(Number(cells[column('overall_survival_at_1y_ci95_upper')])).toBe(stratum.atTimes?.[0]?.overallSurvivalCi95?.[1]);
      expect(cells[column('control_rate')]).toBe('');
    });
  });

  it('the terminal shows PFS and OS per arm and the pairs compared; the report has its section and two curves', () => {
    expect(withProgression.stdout).toMatch(/PFS 1 y \[95% CI\] \(%\)/);
    expect(withProgression.stdout).toMatch(/PFS HR \[95% CI\]/);
    expect(withProgression.stdout).toMatch(/PFS trial patients\/arm/);
    // OS is the same in every arm (shared times of death): no hazard ratio to detect, no trial.
    expect(withProgression.results.comparisons[0]?.progression?.overallSurvival.trialPatientsPerArm).toBeNull();
    expect(withProgression.results.comparisons[0]?.progression?.progressionFreeSurvival.trialPatientsPerArm).toBeGreaterThan(0);
    // PFS's paired difference at each time is exactly PFS_a − PFS_b of the arms.
    const pair = withProgression.results.comparisons[0];
    const pfs = (id: string | undefined, years: number): number =>
      progressionOf(withProgression.results.arms.find((arm) => arm.id === id) as ArmResult).atTimes?.find((at) => at.years === years)?.progressionFreeSurvival ?? Number.NaN;
    const paired = pair?.progression?.progressionFreeSurvival.atTimes ?? [];
    expect(paired.map((at) => at.years)).toEqual([1, 2, 3]);
    for (const at of paired) expect(Math.abs((at.difference ?? Number.NaN) - (pfs(pair?.a, at.years) - pfs(pair?.b, at.years)))).toBeLessThan(1e-12);
    // With PFS last among the paired endpoints, the local recurrence's (death from any cause competing) is exactly the arms' too.
    const recurrence = (id: string | undefined, years: number): number =>
      (withProgression.results.arms.find((arm) => arm.id === id) as ArmResult).competingEvents?.atTimes?.find((at) => at.years === years)?.localRecurrenceIncidence ?? Number.NaN;
    const incidence = pair?.competingEvents?.localControl.incidenceAtTimes ?? [];
    expect(incidence.map((at) => at.years)).toEqual([1, 2, 3]);
    for (const at of incidence) expect(Math.abs((at.difference ?? Number.NaN) - (recurrence(pair?.a, at.years) - recurrence(pair?.b, at.years)))).toBeLessThan(1e-12);
    expect(withProgression.stdout).toContain('PFS Δ 3 y [95% CI] (points)');
    expect(withProgression.html).toContain('PFS of arm a minus arm b at each follow-up time');
    expect(withProgression.html).toContain('<h2>Progression and survival after SBRT</h2>');
    expect(withProgression.html).toContain('progression-progressionFreeSurvival');
    expect(withProgression.html).toContain('progression-overallSurvival');
    expect(withoutProgression.html).not.toContain('Progression and survival after SBRT');
  });

  it('the terminal and the report give PFS and OS per stratum: each grade, and 1, 2 and 3 lesions treated', () => {
    const arm = withProgression.results.arms[0];
    const three = progressionOf(arm).byStratum.find((stratum) => stratum.by === 'lesions' && stratum.stratum === '3');
    const pfs = three?.atTimes?.[0]?.progressionFreeSurvival ?? Number.NaN;
    // The terminal row of arm 0 with 3 lesions: its patients and PFS at 1 year in percent (one decimal).
    expect(withProgression.stdout).toMatch(new RegExp(`${arm.id}\\s+lesions\\s+3 lesions\\s+${three?.patients}\\s+${(100 * pfs).toFixed(1)} \\[`));
    expect(withProgression.stdout).toMatch(/3x20\s+grade\s+G2\s+\d+/);
    expect(withProgression.html).toContain('By stratum: the patient&#39;s FNCLCC grade');
    expect(withProgression.html).toContain('<td class="text">1 lesion</td>');
  });
});

describe('progression: nothing else moves', () => {
  it('every result but the progression fields and the death-dependent endpoints is the same with and without progression (its own stream)', () => {
    // With background, the local-recurrence endpoints that count death (LRFS, cumulative incidences, their comparisons)
    // take the progression model's death too: one death per patient-arm in every endpoint of the run.
    const strip = (results: TrialResults): unknown => ({
      ...results,
      scenario: { name: results.scenario.name },
      progression: undefined,
      arms: results.arms.map((arm) => ({ ...arm, progression: undefined, competingEvents: undefined, byStratum: arm.byStratum?.map((stratum) => ({ ...stratum, competingEvents: undefined })) })),
      comparisons: results.comparisons.map((comparison) => ({ ...comparison, progression: undefined, competingEvents: undefined })),
    });
    expect(withoutProgression.results.arms[0].progression).toBeUndefined();
    expect(JSON.stringify(strip(withProgression.results))).toBe(JSON.stringify(strip(withoutProgression.results)));
  });

  it('with background, LRFS counts the sarcoma deaths of the progression model: the deaths of both endpoints agree', () => {
    for (const arm of withProgression.results.arms) {
      const without = withoutProgression.results.arms.find((a) => a.id === arm.id);
      const lrfs = (a: ArmResult | undefined): number => a?.competingEvents?.atTimes?.at(-1)?.localRecurrenceFreeSurvival ?? Number.NaN;
      // more deaths (sarcoma on top of other causes) can only lower LRFS
      expect(lrfs(arm)).toBeLessThan(lrfs(without));
      // LRFS ≤ OS of the progression model at 3 years: a death ends both
      expect(lrfs(arm)).toBeLessThanOrEqual(progressionOf(arm).atTimes?.at(-1)?.overallSurvival ?? Number.NaN);
    }
  });
});

describe('progression: determinism and shards', () => {
  const text = scenarioText({ patients: 8200, progression: '{ era: 2012 }' });
  beforeAll(() => writeShards(directory, text));

  it('2 worker threads and 3 merged shards give results.json and arms.csv byte-identical to the single run', async () => {
    await expectWorkersAndShardsIdentical(directory, text);
    expect((JSON.parse(read('single', 'results.json')) as TrialResults).progression?.era).toBe(2012);
  });

  it('a shard whose deaths outnumber its progressions (resealed) is refused by merge, naming the file and arm', async () => {
    const part = JSON.parse(read('parts', 'partial-2-of-3.json')) as { accumulator: { counts: number[]; dimensions: { timeBins: number } } };
    // The progression section comes just before the paired event times (1 pair × 4 endpoints, local recurrence with
    // death ignored, LRFS, local recurrence as first event and PFS, of 4T counts each, partialLayout); arm 1's is its last stride: 2T arm counts, then 13 strata of 1 + 2T. Its last arm
    // count is the deaths in the last time bin.
    const counts = part.accumulator.counts;
    const bins = part.accumulator.dimensions.timeBins;
    const pairedTimes = 4 * 4 * bins;
    const armOne = counts.length - pairedTimes - (2 * bins + 13 * (1 + 2 * bins));
    counts[armOne + 2 * bins - 1] += 5000;
    writeFileSync(join(directory, 'tampered.json'), JSON.stringify(resealShard(part)));
    const outcome = await rtsim('merge', join('parts', 'partial-1-of-3.json'), 'tampered.json', join('parts', 'partial-3-of-3.json'), '--out', 'never');
    expect(outcome.status).not.toBe(0);
    expect(outcome.stderr).toContain('tampered.json');
    expect(outcome.stderr).toMatch(/arm 1: \d+ deaths by time bin \d+, but only \d+ progressions/);
  });

  it('a shard whose strata do not add up to its arm (resealed) is refused by merge, naming the dimension', async () => {
    const part = JSON.parse(read('parts', 'partial-2-of-3.json')) as { accumulator: { counts: number[]; dimensions: { timeBins: number } } };
    // The last count before the paired event times (1 pair × 4 endpoints × 4T, PFS last): arm 1's deaths in the last
    // time bin among patients with 10 lesions (a stratum alone).
    const counts = part.accumulator.counts;
    counts[counts.length - 4 * 4 * part.accumulator.dimensions.timeBins - 1] += 1;
    writeFileSync(join(directory, 'tampered-stratum.json'), JSON.stringify(resealShard(part)));
    const outcome = await rtsim('merge', join('parts', 'partial-1-of-3.json'), 'tampered-stratum.json', join('parts', 'partial-3-of-3.json'), '--out', 'never');
    expect(outcome.status).not.toBe(0);
    expect(outcome.stderr).toContain('tampered-stratum.json');
    expect(outcome.stderr).toMatch(/arm 1: the lesions strata of progression count \d+ deaths in time bin \d+, the arm \d+/);
  });

  it('a shard whose paired event times close more spans than they open (resealed) is refused by merge', async () => {
    const part = JSON.parse(read('parts', 'partial-2-of-3.json')) as { accumulator: { counts: number[]; dimensions: { timeBins: number } } };
    // The last endpoint's (PFS) first "closed in arm a" count of bin 0, with nothing opened before it.
    const counts = part.accumulator.counts;
    const bins = part.accumulator.dimensions.timeBins;
    counts[counts.length - 4 * bins + bins] += 1;
    writeFileSync(join(directory, 'tampered-pair.json'), JSON.stringify(resealShard(part)));
    const outcome = await rtsim('merge', join('parts', 'partial-1-of-3.json'), 'tampered-pair.json', join('parts', 'partial-3-of-3.json'), '--out', 'never');
    expect(outcome.status).not.toBe(0);
    expect(outcome.stderr).toMatch(/pair 0, paired endpoint 3: -1 and \d+ patients with the event in one arm only by time bin 0/);
  });

  it('a shard whose paired event times disagree with its arms\' own events (resealed) is refused by merge', async () => {
    const part = JSON.parse(read('parts', 'partial-2-of-3.json')) as { accumulator: { counts: number[]; dimensions: { timeBins: number } } };
    // PFS's "opened in arm a" count of the last bin: one more patient with a progression in arm a only, which the arms'
    // own progressions do not show (every span check still holds).
    const counts = part.accumulator.counts;
    const bins = part.accumulator.dimensions.timeBins;
    counts[counts.length - 4 * bins + bins - 1] += 1;
    writeFileSync(join(directory, 'tampered-identity.json'), JSON.stringify(resealShard(part)));
    const outcome = await rtsim('merge', join('parts', 'partial-1-of-3.json'), 'tampered-identity.json', join('parts', 'partial-3-of-3.json'), '--out', 'never');
    expect(outcome.status).not.toBe(0);
    expect(outcome.stderr).toContain('tampered-identity.json');
    expect(outcome.stderr).toMatch(new RegExp(`pair 0, paired endpoint 3: \\d+ patients with the event in arm 0 only and \\d+ in arm 1 only by time bin ${bins - 1}, but the arms' own events differ by -?\\d+`));
  });
});

describe('progression: validation', () => {
  it('an arm that treats the tumour is refused at its path, named', async () => {
    const tumourArm = '  - { id: primary, localControl: residual-disease, schedule: { fractions: 25, dose: 2, perWeek: 5 } }';
    writeFileSync(join(directory, 'mixed.yaml'), scenarioText({ progression: '{}', arms: [...arms, tumourArm] }));
    const outcome = await rtsim('validate', 'mixed.yaml');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    expect(outcome.stderr).toMatch(/arms\[2\]/);
    expect(outcome.stderr).toMatch(/arm 'primary' does not treat lesions/);
  });

  it('an era outside 1950–2100 is refused at progression.era', async () => {
    writeFileSync(join(directory, 'era.yaml'), scenarioText({ progression: '{ era: 1900 }' }));
    const outcome = await rtsim('validate', 'era.yaml');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    expect(outcome.stderr).toMatch(/progression\.era/);
  });

  it('an unknown field of progression is refused', async () => {
    writeFileSync(join(directory, 'field.yaml'), scenarioText({ progression: '{ rate: 0.1 }' }));
    const outcome = await rtsim('validate', 'field.yaml');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    expect(outcome.stderr).toMatch(/progression/);
  });
});

/** PFS and OS of a cohort whose lesions are all controlled, without background (scripts/reference/progression_engine.py). */
const reference = JSON.parse(readFileSync(new URL('../fixtures/progression-engine.json', import.meta.url), 'utf8')) as {
  era: number;
  times: { years: number; os: number; pfs: number }[];
};

describe('progression: an independent reference', () => {
  it('OS = Φ(−ln(t/μ_S)/σ_S) and PFS = e^{−λ_N t}·OS of a cohort with every lesion controlled match the reference within 4 standard errors', async () => {
    const patients = 20000;
    // Ten daily fractions of 60 Gy on 0.5 cm lesions (span 9 days): all but a handful of lesions controlled (the
    // cohort's most radioresistant draws fail even so); their share is added to the PFS tolerance.
    const certain = '  - { id: certain, localControl: residual-disease, target: lesions, lesions: { count: { 1: 1 }, diameter: 0.5 }, schedule: { fractions: 10, dose: 60, everyDays: 1 } }';
    const text = scenarioText({ patients, progression: `{ era: ${reference.era} }`, background: false, arms: [certain] }).replace(
      'followUp: { years: 3, at: [1, 2, 3] }',
      `followUp: { years: 5, at: [${reference.times.map((t) => t.years).join(', ')}] }`,
    );
    const { results } = await run('reference', text);
    const arm = results.arms[0];
    const failedShare = (patients - arm.controlled) / patients;
    expect(failedShare).toBeLessThan(0.001);
    const atTimes = progressionOf(arm).atTimes ?? [];
    expect(atTimes.length).toBe(reference.times.length);
    for (const [i, expected] of reference.times.entries()) {
      const at = atTimes[i];
      const seOs = Math.sqrt((expected.os * (1 - expected.os)) / patients);
      const sePfs = Math.sqrt((expected.pfs * (1 - expected.pfs)) / patients);
      expect(Math.abs((at.overallSurvival ?? Number.NaN) - expected.os), `OS at ${expected.years} y`).toBeLessThanOrEqual(4 * seOs);
      expect(Math.abs((at.progressionFreeSurvival ?? Number.NaN) - expected.pfs), `PFS at ${expected.years} y`).toBeLessThanOrEqual(4 * sePfs + failedShare);
    }
    // Neither time depends on grade in the model: each grade stratum matches the same reference on its own n.
    const grades = progressionOf(arm).byStratum.filter((stratum) => stratum.by === 'grade');
    expect(grades.map((stratum) => stratum.stratum)).toEqual(['G1', 'G2', 'G3']);
    for (const stratum of grades) {
      for (const [i, expected] of reference.times.entries()) {
        const at = (stratum.atTimes ?? [])[i];
        const seOs = Math.sqrt((expected.os * (1 - expected.os)) / stratum.patients);
        const sePfs = Math.sqrt((expected.pfs * (1 - expected.pfs)) / stratum.patients);
        expect(Math.abs((at.overallSurvival ?? Number.NaN) - expected.os), `${stratum.stratum} OS at ${expected.years} y`).toBeLessThanOrEqual(4 * seOs);
        expect(Math.abs((at.progressionFreeSurvival ?? Number.NaN) - expected.pfs), `${stratum.stratum} PFS at ${expected.years} y`).toBeLessThanOrEqual(4 * sePfs + (patients * failedShare) / stratum.patients);
      }
    }
  });
});

describe('progression by stratum: grade and the number of lesions treated', () => {
  it('each dimension partitions every arm: patients, progressions and deaths add up to the arm, and PFS ≤ OS in every stratum', () => {
    for (const arm of withProgression.results.arms) {
      const progression = progressionOf(arm);
      for (const by of ['grade', 'lesions'] as const) {
        const strata = progression.byStratum.filter((stratum) => stratum.by === by);
        expect(strata.length, `${arm.id} ${by}`).toBeGreaterThan(0);
        expect(strata.reduce((sum, stratum) => sum + stratum.patients, 0)).toBe(arm.patients);
        expect(strata.reduce((sum, stratum) => sum + stratum.progressions, 0)).toBe(progression.progressions);
        expect(strata.reduce((sum, stratum) => sum + stratum.deaths, 0)).toBe(progression.deaths);
        for (const stratum of strata) {
          const { progressionFreeSurvival, overallSurvival } = stratum.curves;
          progressionFreeSurvival.forEach((pfs, j) => expect(pfs).toBeLessThanOrEqual(overallSurvival[j]));
        }
      }
      // The lesion counts of the scenario (1, 2, 3), no others.
      expect(progression.byStratum.filter((stratum) => stratum.by === 'lesions').map((stratum) => stratum.stratum)).toEqual(['1', '2', '3']);
    }
  });

  it('more lesions treated, more local failures that end PFS: PFS at 3 y falls from 1 to 3 lesions; OS, which no lesion count changes in the model, agrees within its sampling error', () => {
    for (const arm of withProgression.results.arms) {
      const byCount = progressionOf(arm).byStratum.filter((stratum) => stratum.by === 'lesions');
      const last = (stratum: (typeof byCount)[number]): { pfs: number; os: number } => {
        const at = stratum.atTimes?.at(-1);
        return { pfs: at?.progressionFreeSurvival ?? Number.NaN, os: at?.overallSurvival ?? Number.NaN };
      };
      const [one, , three] = byCount;
      expect(last(one).pfs, arm.id).toBeGreaterThan(last(three).pfs);
      const se = Math.sqrt((last(one).os * (1 - last(one).os)) / one.patients + (last(three).os * (1 - last(three).os)) / three.patients);
      expect(Math.abs(last(one).os - last(three).os), arm.id).toBeLessThanOrEqual(4 * se);
    }
  });
});
