// Organ complications (issue 16; docs/toxicity-model.md, "Engine wiring"): femoral fracture from the femoral-neck mean
// dose and grade ≥ 2 radiation pneumonitis from the mean lung EQD2, drawn per patient from each arm's `organs`,
// through the command line as built. Expected values from scripts/reference/organ_complications.py (an independent
// Python reference), typed in here; the existing draws unmoved; determinism under workers and shards; refusals.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { ArmComplications, TrialResults } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import type { ScenarioRun } from './scenarioRun.js';
import { scenarioRun } from './scenarioRun.js';
import { expectWorkersAndShardsIdentical, writeShards } from './shardedRun.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-organ-complications-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const run = scenarioRun(directory);

const complicationsOf = (results: TrialResults, id: string): ArmComplications => {
  const found = results.arms.find((arm) => arm.id === id)?.complications;
  if (found === undefined) throw new Error(`no complications in arm ${id}`);
  return found;
};
const eventsOf = (c: ArmComplications, endpoint: string): { events: number; patients: number; rate: number } => {
  const found = c.endpoints.find((rate) => rate.endpoint === endpoint);
  if (found === undefined) throw new Error(`no ${endpoint}`);
  return found;
};
const withinFourSe = (rate: number, p: number, patients: number): void => {
  expect(Math.abs(rate - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / patients));
};

// scripts/reference/organ_complications.py: the shipped lung scenario's mean lung EQD2 at α/β 3 Gy and LKB NTCP.
const lungReference = [
  ['3x15', 7.2970875, 0.019585660652],
  ['3x20', 11.7456, 0.047259669383],
  ['5x10', 6.42775, 0.016231320438],
  ['8x7.5', 6.705225, 0.017244031513],
] as const;

const lungScenario = readFileSync(join(import.meta.dirname, '../../scenarios/sbrt-lung-metastases-pneumonitis.yaml'), 'utf8');

describe('pneumonitis: the shipped lung SBRT scenario', () => {
  let lung: ScenarioRun;
  beforeAll(async () => {
    lung = await run('lung', lungScenario);
  });

  it('each arm reports its mean lung EQD2 as the reference computes it and a pneumonitis rate within 4 SE of the LKB NTCP', () => {
    for (const [id, meanLungEqd2Gy, ntcp] of lungReference) {
      const c = complicationsOf(lung.results, id);
      expect(c.timing).toBe('none');
      expect(c.meanLungEqd2Gy).toBeCloseTo(meanLungEqd2Gy, 9);
      expect(c.meanFemoralNeckEqd2Gy).toBeUndefined();
      const pneumonitis = eventsOf(c, 'pneumonitis');
      expect(pneumonitis.patients).toBe(20000);
      withinFourSe(pneumonitis.rate, ntcp, 20000);
    }
  });

  it('common random numbers: the arm with the higher NTCP has every pneumonitis of the lower (one discordant direction)', () => {
    const pair = lung.results.comparisons.find((comparison) => comparison.a === '3x15' && comparison.b === '3x20');
    const pneumonitis = pair?.complications?.find((endpoint) => endpoint.endpoint === 'pneumonitis');
    expect(pneumonitis).toBeDefined();
    expect(pneumonitis?.discordant.aOnly).toBe(0);
    expect(pneumonitis?.discordant.bOnly).toBeGreaterThan(0);
  });

  it('by stratum and in the therapeutic ratio as the other endpoints: grade strata partition the arm, harms name pneumonitis', () => {
    for (const [id] of lungReference) {
      const c = complicationsOf(lung.results, id);
      const grades = c.byStratum.filter((stratum) => stratum.by === 'grade');
      expect(grades.map((stratum) => stratum.stratum)).toEqual(['G1', 'G2', 'G3']);
      expect(grades.reduce((sum, stratum) => sum + stratum.patients, 0)).toBe(20000);
      const events = grades.reduce((sum, stratum) => sum + (stratum.endpoints.find((rate) => rate.endpoint === 'pneumonitis')?.events ?? Number.NaN), 0);
      expect(events).toBe(eventsOf(c, 'pneumonitis').events);
    }
    const ratio = lung.results.comparisons.find((comparison) => comparison.a === '3x15' && comparison.b === '3x20')?.therapeuticRatio;
    expect(ratio?.harms.map((harm) => harm.endpoint)).toEqual(['pneumonitis']);
  });

  it('lesion control is unchanged by scoring pneumonitis: the per-patient control equals the same arms without organs', async () => {
    const without = await run('lesions', readFileSync(join(import.meta.dirname, '../../scenarios/sbrt-lung-metastases-lesions.yaml'), 'utf8'));
    for (const arm of without.results.arms) {
      const scored = lung.results.arms.find((other) => other.id === arm.id);
      expect(scored?.controlled).toBe(arm.controlled);
      expect(scored?.lesions).toStrictEqual(arm.lesions);
    }
  });

  it('docs/scenarios.md\'s table of the shipped scenario is the run: mean lung EQD2, reference NTCP, drawn rate and control', () => {
    const docs = readFileSync(join(import.meta.dirname, '../../docs/scenarios.md'), 'utf8');
    const percent = (x: number): string => (100 * x).toFixed(1);
    for (const [id, meanLungEqd2Gy, ntcp] of lungReference) {
      const [fractions, dose] = id.split('x');
      const c = complicationsOf(lung.results, id);
      const p = eventsOf(c, 'pneumonitis');
      const interval = c.endpoints.find((rate) => rate.endpoint === 'pneumonitis')?.rateCi95 ?? [Number.NaN, Number.NaN];
      const controlled = lung.results.arms.find((arm) => arm.id === id)?.controlled ?? Number.NaN;
      const row = `| ${fractions} × ${dose} Gy | ${meanLungEqd2Gy.toFixed(2)} | ${(100 * ntcp).toFixed(2)}% | ${percent(p.rate)}% [${percent(interval[0])}, ${percent(interval[1])}] | ${percent(controlled / 20000)}% |`;
      expect(docs).toContain(row);
    }
  });

  it('the terminal table, the report and arms.csv name pneumonitis', () => {
    expect(lung.stdout).toMatch(/pneumonitis ≥ G2 \(%\)/);
    expect(lung.html).toMatch(/Radiation pneumonitis grade ≥ 2/);
    expect(lung.html).toMatch(/Mean lung EQD2₃ \(Gy\)/);
    expect(lung.html).not.toMatch(/Femoral-neck mean dose/);
    expect(lung.csv).toMatch(/pneumonitis/);
  });
});

// An extremity trial with the femoral-neck dose: a mean dose on one arm, a two-bin DVH on the other.
function extremity(endpoints: string, organs = true): string {
  const neck = (dose: string): string => (organs ? `, organs: { femoralNeck: ${dose} }` : '');
  return `version: 1
name: fracture
references: ["test scenario"]
seed: 1616
patients: 20000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
  - { id: preop, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } }${neck('{ meanDose: 50 }')} }
  - { id: postop, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } }${neck('{ dvh: [{ dose: 20, volume: 0.4 }, { dose: 55, volume: 0.6 }] }')} }
followUp: { years: 5 }
complications: { endpoints: ${endpoints} }
`;
}

describe('fracture: the femoral-neck mean dose', () => {
  let both: ScenarioRun;
  let woundOnly: ScenarioRun;
  beforeAll(async () => {
    both = await run('both', extremity('[wound, fracture]'));
    woundOnly = await run('wound', extremity('[wound]', false));
  });

  it('each arm reports its femoral-neck mean EQD2 and a fracture rate within 4 SE of the logistic (reference: 50 Gy 13.27%, 36.57 Gy 4.75%)', () => {
    // scripts/reference/organ_complications.py: 50 Gy uniform in 25 fractions is EQD2₃ 50 Gy; the two-bin DVH (0.4 at
    // 20 Gy, 0.6 at 55 Gy, physical mean 41 Gy) in 33 fractions has a mean EQD2₃ of 36.5697 Gy
    for (const [id, meanEqd2, p] of [['preop', 50, 0.132733839903], ['postop', 36.569696969697, 0.047460394602]] as const) {
      const c = complicationsOf(both.results, id);
      expect(c.meanFemoralNeckEqd2Gy).toBeCloseTo(meanEqd2, 12);
      withinFourSe(eventsOf(c, 'fracture').rate, p, 20000);
    }
  });

  it('a hypofractionated course reads its femoral-neck dose as EQD2: 30 Gy uniform in 5 × 6 Gy is 54 Gy, 17.6% (2.8% if read as physical)', async () => {
    // scripts/reference/organ_complications.py: EQD2₃ of 30 Gy in 5 fractions = 30·(6 + 3)/5 = 54 Gy, p 0.176134410133
    const text = extremity('[fracture]').replace('fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67', 'fractions: 5, dose: 6, perWeek: 5 }, surgery: { day: 39').replace('meanDose: 50', 'meanDose: 30');
    const c = complicationsOf((await run('hypofractionated', text)).results, 'preop');
    expect(c.meanFemoralNeckEqd2Gy).toBeCloseTo(54, 12);
    withinFourSe(eventsOf(c, 'fracture').rate, 0.176134410133, 20000);
  });

  it('the report shows the femoral-neck mean EQD2 and femoral fracture; arms.csv the fracture rate columns', () => {
    expect(both.html).toMatch(/Femoral-neck mean EQD2₃ \(Gy\)/);
    expect(both.html).toMatch(/Femoral fracture/);
    expect(both.csv.split('\n')[0]).toMatch(/complication_fracture_rate,complication_fracture_rate_ci95_lower,complication_fracture_rate_ci95_upper/);
  });

  it('scoring fracture moves no wound draw: the wound events are those of the run without it, patient for patient in the pairs', () => {
    for (const id of ['preop', 'postop']) {
      expect(eventsOf(complicationsOf(both.results, id), 'wound')).toStrictEqual(eventsOf(complicationsOf(woundOnly.results, id), 'wound'));
    }
    const pairOf = (results: TrialResults): unknown => results.comparisons[0]?.complications?.find((endpoint) => endpoint.endpoint === 'wound');
    expect(pairOf(both.results)).toBeDefined();
    expect(pairOf(both.results)).toStrictEqual(pairOf(woundOnly.results));
  });

  it('complication-free control counts a patient free of both endpoints: at most control minus each endpoint alone', () => {
    for (const id of ['preop', 'postop']) {
      const c = complicationsOf(both.results, id);
      const arm = both.results.arms.find((other) => other.id === id);
      expect(c.complicationFreeControl.events).toBeLessThanOrEqual(arm?.controlled ?? 0);
      expect(c.complicationFreeControl.events).toBeLessThanOrEqual(20000 - eventsOf(c, 'fracture').events);
      expect(c.complicationFreeControl.events).toBeLessThanOrEqual(20000 - eventsOf(c, 'wound').events);
    }
  });
});

describe('organ complications: determinism', () => {
  const text = lungScenario.replace('patients: 20000', 'patients: 8200');
  beforeAll(() => writeShards(directory, text));

  it('2 worker threads and 3 merged shards give results.json and arms.csv byte-identical to the single run', () => expectWorkersAndShardsIdentical(directory, text));
});

describe('organ complications: a lung DVH from a file', () => {
  // A cumulative CSV DVH: 100% of the lung ≥ 0 Gy, 20% ≥ 10 Gy, none ≥ 30 Gy, read as differential bins at their
  // midpoints: 80% at 5 Gy and 20% at 20 Gy. Mean lung EQD2 at α/β 3 Gy by hand, Σ vD(D/n + 3)/5:
  // 3 fractions 0.8·5·(5/3 + 3)/5 + 0.2·20·(20/3 + 3)/5 = 11.4667 Gy; 5 fractions 3.2 + 5.6 = 8.8 Gy; 8 fractions
  // 0.8·5·3.625/5 + 0.2·20·5.5/5 = 7.3 Gy.
  const fileDirectory = join(directory, 'file');
  const text = lungScenario.replace('patients: 20000', 'patients: 8200').replaceAll(/organs: \{ lung: \{ dvh: \[[^\]]*\] \} \}/g, 'organs: { lung: { dvh: { file: lung.csv, structure: lung } } }');
  beforeAll(async () => {
    mkdirSync(fileDirectory, { recursive: true });
    writeFileSync(join(fileDirectory, 'lung.csv'), 'dose_Gy,volume_%\n0,100\n10,20\n30,0\n');
    await writeShards(fileDirectory, text);
  });

  it('each arm\'s mean lung EQD2 is the file\'s, converted with the arm\'s fractions; the report writes every EQD2 to 0.1 Gy', async () => {
    expect(text.match(/file: lung\.csv/g)?.length).toBe(4);
    const { results, html } = await scenarioRun(fileDirectory)('fromFile', text);
    for (const [id, meanLungEqd2Gy] of [['3x15', 11.466666666666667], ['3x20', 11.466666666666667], ['5x10', 8.8], ['8x7.5', 7.3]] as const) {
      expect(complicationsOf(results, id).meanLungEqd2Gy).toBeCloseTo(meanLungEqd2Gy, 12);
    }
    // EQD2 = D(d + α/β)/(2 + α/β) by hand: 3 × 15 Gy 45·25/12 = 93.75 and 45·18/5 = 162; 5 × 10 Gy 50·20/12 = 83.33 and
    // 50·13/5 = 130; one decimal in every column (the report wrote 93.75, 150 and 83.333 in one column, 11.467 in another).
    expect(html).toMatch(/<td class="text">3x15<\/td><td class="text">[^<]*<\/td><td>93\.8<\/td><td>162\.0<\/td><td>11\.5<\/td>/);
    expect(html).toMatch(/<td class="text">5x10<\/td><td class="text">[^<]*<\/td><td>83\.3<\/td><td>130\.0<\/td><td>8\.8<\/td>/);
    expect(html).toMatch(/<td class="text">8x7\.5<\/td><td class="text">[^<]*<\/td><td>87\.5<\/td><td>126\.0<\/td><td>7\.3<\/td>/);
  });

  it('merged shards (the plan taken from the embedded scenario) and 2 workers give the single run byte for byte', () => expectWorkersAndShardsIdentical(fileDirectory, text));
});

describe('organ complications: refused input', () => {
  const refused = async (text: string): Promise<string> => {
    writeFileSync(join(directory, 'refused.yaml'), text);
    const outcome = await rtsim('validate', 'refused.yaml');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    return outcome.stderr;
  };
  const base = 'version: 1\nname: x\nreferences: ["t"]\nseed: 1\npatients: 100\ncohort: { volume: 100, subtypes: [{ ref: sts }] }\nfollowUp: { years: 2 }\n';
  const lungArm = (organs: string, schedule = '{ fractions: 3, dose: 18, everyDays: 2 }'): string => `arms: [{ id: a, schedule: ${schedule}${organs} }]\n`;

  it('pneumonitis listed and an arm without organs.lung: refused at that arm, naming the endpoint and the organ', async () => {
    expect(await refused(`${base}${lungArm('')}complications: { endpoints: [pneumonitis] }\n`)).toMatch(/arms\[0\]\.organs.*pneumonitis.*organs\.lung/);
  });

  it('fracture listed and an arm without organs.femoralNeck: refused at that arm', async () => {
    expect(await refused(`${base}${lungArm(', organs: { lung: { dvh: [{ dose: 5, volume: 1 }] } }')}complications: { endpoints: [pneumonitis, fracture] }\n`)).toMatch(/arms\[0\]\.organs.*fracture.*organs\.femoralNeck/);
  });

  it('the surgical endpoints without an arm with surgery: refused, saying to list only organ endpoints', async () => {
    expect(await refused(`${base}${lungArm(', organs: { lung: { dvh: [{ dose: 5, volume: 1 }] } }')}complications: { endpoints: [wound, pneumonitis] }\n`)).toMatch(/no arm has surgery.*organ endpoints/);
  });

  it('a negative dose, a lung mean dose, both dvh and meanDose, no dose, a folder: each refused at its path', async () => {
    const scored = 'complications: { endpoints: [pneumonitis] }\n';
    expect(await refused(`${base}${lungArm(', organs: { lung: { dvh: [{ dose: -5, volume: 1 }] } }')}${scored}`)).toMatch(/arms\[0\]\.organs\.lung\.dvh/);
    expect(await refused(`${base}${lungArm(', organs: { lung: { meanDose: 5 } }')}${scored}`)).toMatch(/arms\[0\]\.organs\.lung/);
    const neck = (dose: string): string => lungArm(`, organs: { lung: { dvh: [{ dose: 5, volume: 1 }] }, femoralNeck: ${dose} }`);
    expect(await refused(`${base}${neck('{ meanDose: 30, dvh: [{ dose: 30, volume: 1 }] }')}${scored}`)).toMatch(/arms\[0\]\.organs\.femoralNeck\.meanDose.*not both/);
    expect(await refused(`${base}${neck('{}')}${scored}`)).toMatch(/arms\[0\]\.organs\.femoralNeck.*dvh or meanDose/);
    expect(await refused(`${base}${neck('{ meanDose: -1 }')}${scored}`)).toMatch(/arms\[0\]\.organs\.femoralNeck\.meanDose/);
    expect(await refused(`${base}${neck('{ dvh: { folder: plans, structure: Femur } }')}${scored}`)).toMatch(/arms\[0\]\.organs\.femoralNeck\.dvh\.folder.*not a folder/);
  });

  it('an organ dose that no listed endpoint reads is refused at its path, with or without a complications section', async () => {
    const organs = ', organs: { lung: { dvh: [{ dose: 5, volume: 1 }] } }';
    expect(await refused(`${base}${lungArm(organs)}`)).toMatch(/arms\[0\]\.organs\.lung: organs\.lung is read only by the pneumonitis complication, which is not scored/);
    expect(await refused(`${base}${lungArm(`${organs.slice(0, -2)}, femoralNeck: { meanDose: 20 } }`)}complications: { endpoints: [pneumonitis] }\n`)).toMatch(/arms\[0\]\.organs\.femoralNeck: .*fracture/);
    // with a surgical endpoint listed, an arm without an operation is not scored: its organ doses would be ignored
    const operated = `  - { id: b, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: { R0: 1, R1: 0, R2: 0 } }, organs: { femoralNeck: { meanDose: 40 } } }`;
    const rtOnly = `arms:\n  - { id: a, schedule: { fractions: 25, dose: 2, perWeek: 5 }, organs: { femoralNeck: { meanDose: 40 } } }\n${operated}\n`;
    expect(await refused(`${base}${rtOnly}complications: { endpoints: [wound, fracture] }\n`)).toMatch(/arms\[0\]\.organs: this arm has no operation/);
  });

  it('organs on a GARD-prescribed arm: refused at the arm\'s organs', async () => {
    expect(await refused(`${base}${lungArm(', organs: { lung: { dvh: [{ dose: 5, volume: 1 }] } }', '{ fractions: 3, everyDays: 2, gardTarget: 30 }')}complications: { endpoints: [pneumonitis] }\n`)).toMatch(/arms\[0\]\.(organs|schedule)/);
  });
});
