// Complications (issue 16; docs/toxicity-model.md, "Engine wiring"): the wound complication and grade ≥ 2 late
// effects drawn per patient, through the command line as built. Rates against the library's published-form models
// computed here by hand, common random numbers, composite bounds, results unchanged elsewhere, determinism under
// workers and shards, tampered shards and refused scenarios.
import { mkdirSync, readFileSync, rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { ArmComplications, ArmResult, TrialResults } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import { resealShard } from './resealShard.js';
import type { ScenarioRun } from './scenarioRun.js';
import { scenarioRun } from './scenarioRun.js';
import { expectWorkersAndShardsIdentical, writeShards } from './shardedRun.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-complications-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const run = scenarioRun(directory);
const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');

// The library's coefficients (packages/core/src/library/toxicityDefaults.ts, calibrated by
// scripts/reference/toxicity_models.py), typed here from docs/toxicity-model.md's table, not read from the code.
const wound = { intercept: -2.212, preoperative: 0.9617, perGy: 0.0238, large: 0.8192 };
const lateEffects = { fibrosis: [67.88, 0.6349], oedema: [123.1, 0.4799], stiffness: [178.9, 0.3] } as const;
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const eqd2 = (fractions: number, dose: number, alphaBeta: number): number => (fractions * dose * (dose + alphaBeta)) / (2 + alphaBeta);
const woundProbability = (preoperative: boolean, eqd2Wound: number, large: boolean): number =>
  logistic(wound.intercept + (preoperative ? wound.preoperative + wound.perGy * (eqd2Wound - 50) : 0) + (large ? wound.large : 0));
const lateProbability = (effect: keyof typeof lateEffects, eqd2Late: number): number => {
  const [d50, gamma50] = lateEffects[effect];
  return 1 / (1 + (d50 / eqd2Late) ** (4 * gamma50));
};

const arms = [
  '  - { id: preop, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } } }',
  '  - { id: short, schedule: { fractions: 5, dose: 6, perWeek: 5 }, surgery: { day: 39, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } } }',
  '  - { id: postop, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } } }',
  '  - { id: alone, schedule: { fractions: 32, dose: 2, perWeek: 5 } }',
];

function scenarioText(options: { patients?: number; volume?: string; complications?: string; comparisons?: string } = {}): string {
  return `version: 1
name: complications
references: ["test scenario"]
seed: 16
patients: ${options.patients ?? 20000}
cohort:
  volume: ${options.volume ?? '{ dist: lognormal, median: 250, sigma: 0.9 }'}
  subtypes: [{ ref: sts }]
arms:
${arms.join('\n')}
followUp: { years: 5 }
${options.comparisons === undefined ? '' : `comparisons: ${options.comparisons}\n`}${options.complications === undefined ? '' : `complications: ${options.complications}\n`}`;
}

const armOf = (results: TrialResults, id: string): ArmResult => {
  const found = results.arms.find((arm) => arm.id === id);
  if (found === undefined) throw new Error(`no arm ${id}`);
  return found;
};
const complicationsOf = (results: TrialResults, id: string): ArmComplications => {
  const found = armOf(results, id).complications;
  if (found === undefined) throw new Error(`no complications in arm ${id}`);
  return found;
};
const rateOf = (c: ArmComplications, endpoint: string): number => {
  const found = c.endpoints.find((rate) => rate.endpoint === endpoint);
  if (found === undefined) throw new Error(`no ${endpoint}`);
  return found.rate;
};

// A fixed 4 cm³ tumour (diameter 1.97 cm, ≤ 5 cm) and a fixed 1000 cm³ one (12.4 cm): one size class each.
let small: ScenarioRun;
let large: ScenarioRun;
let mixed: ScenarioRun;
let without: ScenarioRun;
beforeAll(async () => {
  small = await run('small', scenarioText({ volume: '4', complications: '{}', comparisons: 'all' }));
  large = await run('large', scenarioText({ volume: '1000', complications: '{}', comparisons: 'all' }));
  mixed = await run('mixed', scenarioText({ complications: '{ endpoints: [wound, fibrosis] }' }));
  without = await run('without', scenarioText());
});

describe('complications: rates', () => {
  it('each rate lies within 4 binomial standard errors of the model computed by hand, by timing, schedule and size', () => {
    let checked = 0;
    for (const [runResult, isLarge] of [[small, false], [large, true]] as const) {
      for (const [id, fractions, dose, preoperative] of [['preop', 25, 2, true], ['short', 5, 6, true], ['postop', 33, 2, false]] as const) {
        const c = complicationsOf(runResult.results, id);
        expect(c.timing).toBe(preoperative ? 'preoperative' : 'postoperative');
        expect(c.eqd2WoundGy).toBeCloseTo(eqd2(fractions, dose, 10), 12);
        expect(c.eqd2LateGy).toBeCloseTo(eqd2(fractions, dose, 3), 12);
        const expected: [string, number][] = [
          ['wound', woundProbability(preoperative, eqd2(fractions, dose, 10), isLarge)],
          ...(['fibrosis', 'oedema', 'stiffness'] as const).map((effect): [string, number] => [effect, lateProbability(effect, eqd2(fractions, dose, 3))]),
        ];
        for (const [endpoint, p] of expected) {
          const se = Math.sqrt((p * (1 - p)) / 20000);
          expect(Math.abs(rateOf(c, endpoint) - p), `${id} ${endpoint}`).toBeLessThan(4 * se);
          checked++;
        }
      }
    }
    expect(checked).toBe(24);
  });

  it('an arm without surgery reports none, and no comparison involving it does', () => {
    expect(armOf(small.results, 'alone').complications).toBeUndefined();
    const involving = small.results.comparisons.filter((comparison) => comparison.a === 'alone' || comparison.b === 'alone');
    expect(involving.length).toBe(3);
    for (const comparison of involving) expect(comparison.complications).toBeUndefined();
  });

  it('surgery alone (one 0 Gy fraction and an operation) carries the wound risk without preoperative RT and no late effect', async () => {
    for (const [volume, isLarge] of [['4', false], ['1000', true]] as const) {
      const text = scenarioText({ volume, complications: '{}', patients: 8000 }).replace(
        arms[3] ?? '',
        '  - { id: excision, schedule: { fractions: 1, dose: 0 }, surgery: { day: 0, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } } }',
      );
      const { results } = await run(`excision-${volume}`, text);
      const c = complicationsOf(results, 'excision');
      expect(c.timing).toBe('surgery-alone');
      const p = woundProbability(false, 0, isLarge);
      expect(Math.abs(rateOf(c, 'wound') - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 8000));
      // The same probability as the postoperative arm on the same uniforms: the same patients, exactly.
      expect(c.endpoints.find((rate) => rate.endpoint === 'wound')?.events).toBe(complicationsOf(results, 'postop').endpoints.find((rate) => rate.endpoint === 'wound')?.events);
      for (const effect of ['fibrosis', 'oedema', 'stiffness']) expect(rateOf(c, effect)).toBe(0);
    }
  });

  it('complication-free control is at most control and at most 1 − each endpoint rate; equals their conjunction count', () => {
    for (const arm of [...small.results.arms, ...large.results.arms, ...mixed.results.arms]) {
      const c = arm.complications;
      if (c === undefined) continue;
      expect(c.complicationFreeControl.events).toBeLessThanOrEqual(arm.controlled);
      for (const rate of c.endpoints) expect(c.complicationFreeControl.events).toBeLessThanOrEqual(rate.patients - rate.events);
      expect(c.complicationFreeControl.rateCi95[0]).toBeLessThanOrEqual(c.complicationFreeControl.rate);
      expect(c.complicationFreeControl.rateCi95[1]).toBeGreaterThanOrEqual(c.complicationFreeControl.rate);
    }
  });

  it('common random numbers: the arm with the higher probability has every event of the other (one discordant direction)', () => {
    for (const comparison of large.results.comparisons) {
      if (comparison.complications === undefined) continue;
      for (const c of comparison.complications) {
        if (c.endpoint === 'complicationFreeControl') continue;
        const a = rateOf(complicationsOf(large.results, comparison.a), c.endpoint);
        const b = rateOf(complicationsOf(large.results, comparison.b), c.endpoint);
        if (a >= b) expect(c.discordant.bOnly, `${comparison.a}-${comparison.b} ${c.endpoint}`).toBe(0);
        else expect(c.discordant.aOnly, `${comparison.a}-${comparison.b} ${c.endpoint}`).toBe(0);
        expect(c.rateDifference).toBeCloseTo(a - b, 12);
      }
    }
  });

  it('scoring fewer endpoints moves no other draw: the wound and fibrosis rates are those of the full run', async () => {
    const full = await run('mixed-all', scenarioText({ complications: '{}' }));
    for (const id of ['preop', 'short', 'postop']) {
      const some = complicationsOf(mixed.results, id);
      expect(some.endpoints.map((rate) => rate.endpoint)).toEqual(['wound', 'fibrosis']);
      for (const endpoint of ['wound', 'fibrosis']) expect(rateOf(some, endpoint)).toBe(rateOf(complicationsOf(full.results, id), endpoint));
    }
  });

  it('local control and every other result are those of the scenario without complications', () => {
    const strip = (results: TrialResults): unknown => ({
      ...results,
      scenario: { ...results.scenario, hash: '' },
      arms: results.arms.map(({ complications: _c, ...rest }) => rest),
      comparisons: results.comparisons.map(({ complications: _c, therapeuticRatio: _t, ...rest }) => rest),
    });
    expect(strip(mixed.results)).toEqual(strip(without.results));
    expect(without.csv).not.toContain('complication');
    expect(without.html).not.toContain('Complications');
  });

  it('the terminal, arms.csv and the report show the rates', () => {
    expect(small.stdout).toMatch(/wound ≤ 120 d \(%\)/);
    expect(small.stdout).toMatch(/complication-free LC/);
    const [head, armRow] = small.csv.split('\n');
    const columns = (head ?? '').split(',');
    const cells = (armRow ?? '').split(',');
    const at = columns.indexOf('complication_wound_rate');
    expect(at).toBeGreaterThan(0);
    expect(Number(cells[at])).toBe(rateOf(complicationsOf(small.results, 'preop'), 'wound'));
    expect(columns.at(-3)).toBe('complication_free_control_rate');
    expect(small.html).toContain('<h2>Complications</h2>');
  });

  it('the terminal and the report show the therapeutic ratio: NNT and NNH to one decimal with their intervals', () => {
    const comparison = small.results.comparisons.find((c) => c.a === 'preop' && c.b === 'postop');
    const ratio = comparison?.therapeuticRatio;
    if (ratio === undefined) throw new Error('no therapeutic ratio for preop − postop');
    const wound = ratio.harms[0]?.numberNeededToHarm;
    const interval = wound?.patientsCi95;
    if (wound?.patients == null || interval == null) throw new Error('the wound NNH of preop − postop has no interval');
    // Preoperative doubles the odds of a wound complication: NNH about 1/(0.223 − 0.099) ≈ 8 patients (4-SE band of the test above).
    expect(wound.patients).toBeGreaterThan(6);
    expect(wound.patients).toBeLessThan(10);
    // Preoperative has more wound complications: a harm of the first arm, NNTH, its interval's ends by size.
    const text = `NNTH ${wound.patients.toFixed(1)} [${interval[0].toFixed(1)}, ${interval[1].toFixed(1)}]`;
    const line = small.stdout.split('\n').find((row) => row.startsWith('preop − postop') && row.includes(text));
    expect(line, small.stdout).toBeDefined();
    expect(small.stdout).toContain('therapeutic ratio');
    expect(small.html).toContain('Therapeutic ratio');
    // The control-rate difference is headed for what it is: ΔLC would read as the LC-at-a-time differences (LC Δ t y).
    expect(small.stdout).toMatch(/^therapeutic ratio\s+Δ control rate \(points\)/m);
    expect(small.html).toContain('<th scope="col">Δ control rate (points)</th>');
    expect(small.stdout + small.html).not.toContain('ΔLC');
    // Numbers needed are positive, the word saying which way (Altman 1998): no minus sign in an NNT cell.
    const ratioLines = small.stdout.split('\n').filter((row) => / − /.test(row) && row.includes('NNT'));
    expect(ratioLines.length).toBeGreaterThan(0);
    for (const row of ratioLines) expect(row.match(/NNT[BH] \S+/g)?.every((cell) => !cell.includes('-'))).toBe(true);
    expect(small.html).toContain(text);
  });
});

describe('complications: by stratum', () => {
  // Sphere volume of a 5 cm diameter (cm³), and the lognormal cohort's share below it: Φ(ln(65.45/250)/0.9).
  const volumeAt5cm = (Math.PI / 6) * 125;
  const normalCdf = (x: number): number => {
    // Abramowitz and Stegun 26.2.17 (|error| < 7.5e-8), enough against a 4-SE tolerance.
    const t = 1 / (1 + 0.2316419 * Math.abs(x));
    const tail = (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return x >= 0 ? 1 - tail : tail;
  };
  const smallShare = normalCdf(Math.log(volumeAt5cm / 250) / 0.9);

  it('without the local-control model: the 3 size bands partition each arm, in the lognormal shares, each at its size class rate', () => {
    for (const [id, fractions, dose, preoperative] of [['preop', 25, 2, true], ['short', 5, 6, true], ['postop', 33, 2, false]] as const) {
      const c = complicationsOf(mixed.results, id);
      expect(c.byStratum.map((group) => `${group.by}:${group.stratum}`)).toEqual(['size:under-5cm', 'size:5-10cm', 'size:over-10cm']);
      expect(c.byStratum.reduce((total, group) => total + group.patients, 0)).toBe(20000);
      c.endpoints.forEach((rate, e) => expect(c.byStratum.reduce((total, group) => total + (group.endpoints[e]?.events ?? 0), 0)).toBe(rate.events));
      expect(c.byStratum.reduce((total, group) => total + group.complicationFreeControl.events, 0)).toBe(c.complicationFreeControl.events);
      const under = c.byStratum[0];
      expect(Math.abs((under?.patients ?? 0) / 20000 - smallShare)).toBeLessThan(4 * Math.sqrt((smallShare * (1 - smallShare)) / 20000));
      for (const group of c.byStratum) {
        const p = woundProbability(preoperative, eqd2(fractions, dose, 10), group.stratum !== 'under-5cm');
        const wound = group.endpoints[0];
        expect(wound?.endpoint).toBe('wound');
        expect(Math.abs((wound?.rate ?? 0) - p), `${id} ${group.stratum}`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / group.patients));
        expect(wound?.rateCi95[0]).toBeLessThanOrEqual(wound?.rate ?? 0);
        expect(wound?.rateCi95[1]).toBeGreaterThanOrEqual(wound?.rate ?? 0);
      }
    }
  });

  it('arms.csv ends with one row per arm and stratum (scope complications-size), its rates those of results.json', () => {
    const [head, ...rows] = mixed.csv.trimEnd().split('\n');
    const columns = (head ?? '').split(',');
    const strataRows = rows.filter((line) => line.split(',')[2]?.startsWith('complications-'));
    expect(strataRows).toHaveLength(9);
    // Last in the file: every other row comes before them.
    expect(rows.slice(-9)).toEqual(strataRows);
    for (const line of strataRows) {
      const cells = line.split(',');
      const group = complicationsOf(mixed.results, cells[0] ?? '').byStratum.find((g) => `complications-${g.by}` === cells[2] && g.stratum === cells[3]);
      expect(Number(cells[columns.indexOf('patients')])).toBe(group?.patients);
      expect(Number(cells[columns.indexOf('complication_wound_rate')])).toBe(group?.endpoints[0]?.rate);
      expect(Number(cells[columns.indexOf('complication_free_control_rate_ci95_upper')])).toBe(group?.complicationFreeControl.rateCi95[1]);
      expect(cells[columns.indexOf('control_rate')]).toBe('');
    }
  });

  it('with the local-control model: size, grade and site strata hold the patients of the local-control strata, counted apart', async () => {
    const lcArms = arms.slice(0, 3).map((line) => line.replace('{ id: ', '{ localControl: residual-disease, id: '));
    const text = scenarioText({ patients: 8000, complications: '{}' }).replace(arms.join('\n'), lcArms.join('\n'));
    expect(text).toContain('localControl: residual-disease');
    const lc = await run('lc-strata', text);
    for (const arm of lc.results.arms) {
      const c = arm.complications;
      if (c === undefined) throw new Error(`no complications in ${arm.id}`);
      expect(new Set(c.byStratum.map((group) => group.by))).toEqual(new Set(['size', 'grade', 'site']));
      for (const group of c.byStratum) {
        const same = (arm.byStratum ?? []).find((other) => other.by === group.by && other.stratum === group.stratum);
        expect(group.patients, `${arm.id} ${group.stratum}`).toBe(same?.patients);
        expect(group.complicationFreeControl.events).toBeLessThanOrEqual(same?.controlled ?? -1);
      }
      for (const by of ['size', 'grade', 'site'] as const) {
        const groups = c.byStratum.filter((group) => group.by === by);
        expect(groups.reduce((total, group) => total + group.patients, 0)).toBe(arm.patients);
        c.endpoints.forEach((rate, e) => expect(groups.reduce((total, group) => total + (group.endpoints[e]?.events ?? 0), 0)).toBe(rate.events));
      }
    }
  });
});

describe('complications: the therapeutic ratio', () => {
  it('is the paired LC difference of the comparison, with NNT 1/ΔLC and per endpoint NNH 1/Δ and ΔLC/Δ', () => {
    let checked = 0;
    for (const comparison of large.results.comparisons) {
      const ratio = comparison.therapeuticRatio;
      if (comparison.complications === undefined) {
        expect(ratio).toBeUndefined();
        continue;
      }
      if (ratio === undefined) throw new Error('no therapeutic ratio');
      const armA = armOf(large.results, comparison.a);
      const armB = armOf(large.results, comparison.b);
      const delta = (comparison.discordant.aOnly - comparison.discordant.bOnly) / 20000;
      expect(ratio.localControlDifference).toBeCloseTo(armA.controlled / 20000 - armB.controlled / 20000, 12);
      expect(ratio.localControlDifference).toBeCloseTo(delta, 12);
      expect(ratio.numberNeededToTreat.patients).toBe(delta === 0 ? null : 1 / delta);
      for (const harm of ratio.harms) {
        const cost = rateOf(complicationsOf(large.results, comparison.a), harm.endpoint) - rateOf(complicationsOf(large.results, comparison.b), harm.endpoint);
        if (cost === 0) expect(harm.numberNeededToHarm.patients).toBeNull();
        else expect(harm.numberNeededToHarm.patients).toBeCloseTo(1 / cost, 6);
        if (cost !== 0) expect(harm.controlGainPerComplication).toBeCloseTo(delta / cost, 9);
        checked++;
      }
      const free = complicationsOf(large.results, comparison.a).complicationFreeControl.rate - complicationsOf(large.results, comparison.b).complicationFreeControl.rate;
      expect(ratio.complicationFreeControlDifference).toBeCloseTo(free, 12);
    }
    expect(checked).toBe(12);
  });
});

describe('complications: determinism and shards', () => {
  // 8200 patients are 3 blocks (4096 each, the last 8).
  const text = scenarioText({ patients: 8200, complications: '{}' });
  beforeAll(() => writeShards(directory, text));

  it('2 worker threads and 3 merged shards give results.json and arms.csv byte-identical to the single run', () => expectWorkersAndShardsIdentical(directory, text));

  it('a shard whose discordant counts no longer match its arms is refused (checksum recomputed), naming the file', async () => {
    const part = JSON.parse(read('parts', 'partial-2-of-3.json')) as { accumulator: { counts: number[]; dimensions: Record<string, number> } };
    const { counts, dimensions } = part.accumulator;
    expect(dimensions.complications).toBe(4);
    // Without the local-control model only the 3 size bands: 4 arms × 3 strata × (1 + 4 + 1) counts end the file.
    expect(dimensions.complicationStrata).toBe(3);
    // PartialLayout: the complications section, arms × 5 then pairs × 2 × 5, comes before the strata; its last count
    // is the last pair's complication-free control "in b only".
    const last = counts.length - 1 - 4 * 3 * 6;
    counts[last] = (counts[last] ?? 0) + 1;
    writeFileSync(join(directory, 'parts', 'edited.json'), JSON.stringify(resealShard(part)));
    const merged = await rtsim('merge', join('parts', 'partial-1-of-3.json'), join('parts', 'edited.json'), join('parts', 'partial-3-of-3.json'), '--out', 'never');
    expect(merged.status).toBe(exitCodes.invalidInput);
    expect(merged.stderr).toContain('edited.json');
    expect(merged.stderr).toContain('discordant complication counts');
  });
});

describe('complications: strata under workers and shards (local-control path, 10 strata)', () => {
  const lcDirectory = join(directory, 'lc');
  const lcArms = arms.slice(0, 3).map((line) => line.replace('{ id: ', '{ localControl: residual-disease, id: '));
  const text = scenarioText({ patients: 8200, complications: '{}' }).replace(arms.join('\n'), lcArms.join('\n'));
  beforeAll(async () => {
    mkdirSync(lcDirectory);
    await writeShards(lcDirectory, text);
  });

  it('2 worker threads and 3 merged shards give results.json and arms.csv byte-identical to the single run', () => expectWorkersAndShardsIdentical(lcDirectory, text));

  it('a shard whose strata no longer add up to its arm is refused (checksum recomputed), naming the file', async () => {
    const part = JSON.parse(readFileSync(join(lcDirectory, 'parts', 'partial-2-of-3.json'), 'utf8')) as { accumulator: { counts: number[]; dimensions: Record<string, number> } };
    const { counts, dimensions } = part.accumulator;
    expect(dimensions.complicationStrata).toBe(10);
    // The strata end the counts: 3 arms × 10 strata × (1 + 4 + 1); the last cell is the last arm's head-and-neck
    // complication-free control. One more there no longer adds up to the arm's complication-free count.
    counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
    writeFileSync(join(lcDirectory, 'parts', 'edited.json'), JSON.stringify(resealShard(part)));
    const merged = await inProcessCli(lcDirectory)('merge', join('parts', 'partial-1-of-3.json'), join('parts', 'edited.json'), join('parts', 'partial-3-of-3.json'), '--out', 'never');
    expect(merged.status).toBe(exitCodes.invalidInput);
    expect(merged.stderr).toContain('edited.json');
    expect(merged.stderr).toContain('complication strata');
  });
});

describe('complications: validation', () => {
  const base = `version: 1
name: refused
references: ["test"]
seed: 1
patients: 10
cohort: { volume: 10, subtypes: [{ ref: sts }] }
followUp: { years: 5 }
`;
  const refused = async (text: string): Promise<string> => {
    writeFileSync(join(directory, 'refused.yaml'), text);
    const outcome = await rtsim('validate', 'refused.yaml');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    return outcome.stderr;
  };

  it('no arm with surgery: refused at complications, saying why', async () => {
    const stderr = await refused(`${base}arms: [{ id: a, schedule: { fractions: 25, dose: 2 } }]\ncomplications: {}\n`);
    expect(stderr).toMatch(/complications/);
    expect(stderr).toMatch(/no arm has surgery/);
  });

  it('an endpoint listed twice, an unknown endpoint, an empty list: each refused at its path', async () => {
    const arm = 'arms: [{ id: a, schedule: { fractions: 25, dose: 2 }, surgery: { day: 60, margins: { R0: 1, R1: 0, R2: 0 } } }]\n';
    expect(await refused(`${base}${arm}complications: { endpoints: [wound, wound] }\n`)).toMatch(/complications\.endpoints\[1\].*listed twice/);
    expect(await refused(`${base}${arm}complications: { endpoints: [bleeding] }\n`)).toMatch(/complications\.endpoints\[0\].*expected one of 'wound'/);
    expect(await refused(`${base}${arm}complications: { endpoints: [] }\n`)).toMatch(/complications\.endpoints.*at least one/);
    expect(await refused(`${base}${arm}complications: { wound: true }\n`)).toMatch(/complications/);
  });

  it('a GARD-prescribed arm: refused at its gardTarget', async () => {
    const arm = 'arms: [{ id: a, schedule: { fractions: 25, perWeek: 5, gardTarget: 30 }, surgery: { day: 60, margins: { R0: 1, R1: 0, R2: 0 } } }]\n';
    expect(await refused(`${base}${arm}complications: {}\n`)).toMatch(/arms\[0\]\.schedule\.gardTarget.*complications/);
  });
});

describe('complications: pinned library', () => {
  it('a scenario pinned to library 1.0.0 (no toxicity values) is refused at complications, naming the library that has them', async () => {
    const text = `version: 1
pin: { model: 1, library: "1.0.0" }
name: pinned
references: ["test"]
seed: 1
patients: 10
cohort: { volume: 10, subtypes: [{ ref: sts }] }
arms: [{ id: a, schedule: { fractions: 25, dose: 2 }, surgery: { day: 60, margins: { R0: 1, R1: 0, R2: 0 } } }]
followUp: { years: 5 }
complications: {}
`;
    writeFileSync(join(directory, 'pinned.yaml'), text);
    const outcome = await rtsim('validate', 'pinned.yaml');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    expect(outcome.stderr).toMatch(/complications: the toxicity models' parameters are not in parameter library 1\.0\.0.*added in library 1\.1\.0/);
  });
});

describe('metastasis: pinned library', () => {
  it('a scenario pinned to library 1.0.0 (no metastasis values) is refused at metastasis, naming the library that has them', async () => {
    const text = `version: 1
pin: { model: 1, library: "1.0.0" }
name: pinned
references: ["test"]
seed: 1
patients: 10
cohort: { volume: 10, subtypes: [{ ref: sts }] }
arms: [{ id: a, schedule: { fractions: 25, dose: 2 } }]
followUp: { years: 5 }
metastasis: {}
`;
    writeFileSync(join(directory, 'pinned-metastasis.yaml'), text);
    const outcome = await rtsim('validate', 'pinned-metastasis.yaml');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    expect(outcome.stderr).toMatch(/metastasis: the metastasis model's parameters are not in parameter library 1\.0\.0.*added in library 1\.1\.0/);
  });
});
