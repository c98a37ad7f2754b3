// Plausibility notes: values a scenario may hold that are almost certainly slips (a total dose typed as the dose per
// fraction, an operation inside the course, mm³ for cm³, months for years). Each note names its path, why, and the
// likely intended value; no shipped scenario gets one; the commands print them and go on (status and results as
// without them). The expected numbers below are worked by hand from the thresholds and the formulas
// (EQD2₁₀ = D(1 + d/10)/1.2, sphere volume πd³/6).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { readScenarioFile } from '../../packages/sim/src/cli/readScenarioFile.js';
import { plausibilityNotes } from '../../packages/sim/src/plausibility/plausibilityNotes.js';
import type { PlausibilityNote } from '../../packages/sim/src/plausibility/PlausibilityNote.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { inProcessCli } from './inProcessCli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Parts {
  readonly cohort?: string;
  readonly arms?: readonly string[];
  readonly followUp?: string;
}

const preop = '{ id: preop, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } } }';

function scenarioText({ cohort = '  volume: 250\n', arms = [preop], followUp = '{ years: 5 }' }: Parts): string {
  return `version: 1
name: plausibility
references: ["test scenario"]
seed: 1
patients: 100
cohort:
${cohort}  subtypes: [{ ref: sts }]
arms:
${arms.map((arm) => `  - ${arm}`).join('\n')}
followUp: ${followUp}
`;
}

function notes(parts: Parts): PlausibilityNote[] {
  const parsed = parseScenario(scenarioText(parts), 'test.yaml');
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return plausibilityNotes(parsed.input);
}

const arm = (schedule: string): string => `{ id: a, schedule: ${schedule} }`;
const paths = (parts: Parts): string[] => notes(parts).map((note) => note.path);

describe('course dose: total above 100 Gy or EQD2₁₀ above 200 Gy', () => {
  test('25 × 50 Gy is read as a total typed per fraction: 1250 Gy, EQD2₁₀ 6250 Gy, 2 Gy per fraction meant', () => {
    expect(notes({ arms: [arm('{ fractions: 25, dose: 50 }')] })).toEqual([
      {
        path: 'arms[0].schedule',
        message:
          '25 × 50 Gy = 1250 Gy total (EQD2₁₀ 6250 Gy), beyond any clinical course (total above 100 Gy or EQD2₁₀ above 200 Gy): is 50 the total dose? (total 50 Gy would be 2 Gy per fraction)',
      },
    ]);
  });

  test('25 × 6 Gy (150 Gy) is noted, and a total of 6 Gy in 25 fractions (0.24 Gy) is not offered as the intent', () => {
    const [note] = notes({ arms: [arm('{ fractions: 25, dose: 6 }')] });
    expect(note?.message).toBe(
      '25 × 6 Gy = 150 Gy total (EQD2₁₀ 200 Gy), beyond any clinical course (total above 100 Gy or EQD2₁₀ above 200 Gy): check the dose per fraction (Gy) and the number of fractions',
    );
  });

  test('a single 50 Gy fraction: 50 Gy total but EQD2₁₀ 250 Gy', () => {
    expect(notes({ arms: [arm('{ fractions: 1, dose: 50 }')] })[0]?.message).toContain('1 × 50 Gy = 50 Gy total (EQD2₁₀ 250 Gy)');
  });

  test('3 × 25 Gy (EQD2₁₀ 218.75 Gy) is noted; 3 × 20 Gy (150 Gy), 3 × 22 Gy (176 Gy), 1 × 30 Gy, 66 Gy/33 and 5 × 6 Gy are not', () => {
    expect(notes({ arms: [arm('{ fractions: 3, dose: 25, everyDays: 2 }')] })[0]?.message).toContain('(EQD2₁₀ 218.8 Gy)');
    for (const schedule of ['{ fractions: 3, dose: 20, everyDays: 2 }', '{ fractions: 3, dose: 22, everyDays: 2 }', '{ fractions: 1, dose: 30 }', '{ fractions: 33, dose: 2 }', '{ fractions: 5, dose: 6 }']) {
      expect(notes({ arms: [arm(schedule)] })).toEqual([]);
    }
  });

  test('an explicit list holding running totals (2, 4, … 20 Gy: 110 Gy) is noted at its list', () => {
    const list = Array.from({ length: 10 }, (_, k) => `{ dose: ${2 * (k + 1)}, day: ${k} }`).join(', ');
    expect(notes({ arms: [arm(`{ list: [${list}] }`)] })).toEqual([
      {
        path: 'arms[0].schedule.list',
        message:
          '10 fractions, 110 Gy total (EQD2₁₀ 220 Gy), beyond any clinical course (total above 100 Gy or EQD2₁₀ above 200 Gy): is each dose the dose of that fraction (Gy), not a running total?',
      },
    ]);
  });

  test('a GARD-prescribed course, whose dose is solved per patient, is not checked', () => {
    expect(notes({ arms: [arm('{ fractions: 25, gardTarget: 200, maxDose: 100 }')] })).toEqual([]);
  });
});

describe('surgery within the course', () => {
  const surgeryAt = (day: number, schedule = '{ fractions: 25, dose: 2, perWeek: 5 }'): Parts => ({
    arms: [`{ id: a, schedule: ${schedule}, surgery: { day: ${day}, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } } }`],
  });

  test('day 10 of a 25-fraction course (days 0–32): noted, with day 67 (35 days after the last) and day 42 (10 days after it)', () => {
    expect(notes(surgeryAt(10))).toEqual([
      {
        path: 'arms[0].surgery.day',
        message:
          'day 10 falls within the course (fractions on days 0–32): the arm counts as operated between fractions, neither preoperative nor postoperative (a complications section scores no surgical complication for it). ' +
          'Day 0 is the first fraction: surgery 35 days after the last is day 67 (10 days after the last: day 42); postoperative radiotherapy has a negative day (-35)',
      },
    ]);
  });

  test('the first and the last fraction day are within the course; the days around it are not', () => {
    expect(paths(surgeryAt(0))).toEqual(['arms[0].surgery.day']);
    expect(paths(surgeryAt(32))).toEqual(['arms[0].surgery.day']);
    expect(paths(surgeryAt(33))).toEqual([]);
    expect(paths(surgeryAt(-35))).toEqual([]);
  });

  test('surgery alone, one 0 Gy fraction on the day of the operation, has no course to fall in', () => {
    expect(notes(surgeryAt(0, '{ fractions: 1, dose: 0 }'))).toEqual([]);
  });
});

describe('tumour size beyond 50 L', () => {
  test('a volume median of 250000 cm³ is read as mm³', () => {
    expect(notes({ cohort: '  volume: { dist: lognormal, median: 250000, sigma: 0.9 }\n' })).toEqual([
      { path: 'cohort.volume', message: 'a typical tumour of 250000 cm³ (250 L) is beyond the largest sarcomas reported (about 50 L): is it in mm³? (250000 mm³ = 250 cm³)' },
    ]);
    expect(paths({ cohort: '  volume: 50000\n' })).toEqual([]);
  });

  test('a diameter of 80 cm (a sphere of 268.1 L) is read as mm; 45 cm (47.7 L) passes, 46 cm (51 L) does not', () => {
    expect(notes({ cohort: '  diameter: 80\n' })).toEqual([
      { path: 'cohort.diameter', message: 'a typical tumour of 80 cm diameter (a sphere of 268.1 L) is beyond the largest sarcomas reported (about 50 L): is it in mm? (80 mm = 8 cm)' },
    ]);
    expect(paths({ cohort: '  diameter: 45\n' })).toEqual([]);
    expect(paths({ cohort: '  diameter: 46\n' })).toEqual(['cohort.diameter']);
  });

  test("a subtype's override is checked at its own path; a normal's mean, clamped to its bounds, is its centre", () => {
    const cohort = '  volume: 250\n  subtypes: [{ ref: sts }, { ref: sts, id: big, override: { diameter: { dist: normal, mean: 90, sd: 10, min: 1, max: 120 } } }]\n';
    const parsed = parseScenario(scenarioText({ cohort }).replace('  subtypes: [{ ref: sts }]\n', ''), 'test.yaml');
    if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
    expect(plausibilityNotes(parsed.input).map((note) => note.path)).toEqual(['cohort.subtypes[1].override.diameter']);
    expect(paths({ cohort: '  diameter: { dist: normal, mean: 90, sd: 10, min: 1, max: 20 }\n' })).toEqual([]);
  });
});

describe('follow-up and age', () => {
  test('followUp.years 60 is read as months; 30 passes', () => {
    expect(notes({ followUp: '{ years: 60 }' })).toEqual([
      { path: 'followUp.years', message: '60 years of follow-up is beyond any sarcoma series (the longest run about 20 years): is it in months? (60 months = 5 years)' },
    ]);
    expect(paths({ followUp: '{ years: 30 }' })).toEqual([]);
  });

  test('a typical age of 696 is read as months (58 years); the library default age passes', () => {
    const arms = ['{ id: a, localControl: residual-disease, schedule: { fractions: 25, dose: 2 }, surgery: { day: 67, margins: { R0-wide: 1 } } }'];
    expect(notes({ cohort: '  volume: 250\n  covariates: { age: { dist: normal, mean: 696, sd: 180, min: 216, max: 1140 } }\n', arms })).toEqual([
      { path: 'cohort.covariates.age', message: 'a typical patient of 696 years is beyond any sarcoma cohort: is it in months? (696 months = 58 years)' },
    ]);
    expect(notes({ cohort: '  volume: 250\n  covariates: {}\n', arms })).toEqual([]);
  });
});

test('no shipped scenario gets a plausibility note', async () => {
  const directory = join(root, 'scenarios');
  const files = (await readdir(directory, { recursive: true })).filter((name) => /\.ya?ml$/.test(name)).sort();
  expect(files.length).toBeGreaterThan(15);
  for (const name of files) {
    const file = await readScenarioFile(join(directory, name));
    expect(file.ok, name).toBe(true);
    if (file.ok) expect(plausibilityNotes(file.input), name).toEqual([]);
  }
});

describe('the commands print the notes on stderr and go on', () => {
  const rtsim = inProcessCli(root);
  const made = mkdtemp(join(tmpdir(), 'rtsim-plausibility-'));
  afterAll(async () => rm(await made, { recursive: true, force: true }));
  const slip = scenarioText({ arms: [arm('{ fractions: 25, dose: 50 }')] });
  const line = 'note: arms[0].schedule: 25 × 50 Gy = 1250 Gy total';

  test('rtsim validate: the note, then the file is valid (status 0)', async () => {
    const file = join(await made, 'slip.yaml');
    await writeFile(file, slip);
    const run = await rtsim('validate', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('slip.yaml: valid.');
    expect(run.stderr).toBe(`rtsim validate: ${line} (EQD2₁₀ 6250 Gy), beyond any clinical course (total above 100 Gy or EQD2₁₀ above 200 Gy): is 50 the total dose? (total 50 Gy would be 2 Gy per fraction) (docs/scenarios.md, "Plausibility notes")\n`);
  });

  test('rtsim run: the note before the start line, the run as written (status 0, results written)', async () => {
    const directory = await made;
    const file = join(directory, 'slip-run.yaml');
    await writeFile(file, slip);
    const out = join(directory, 'out');
    const run = await rtsim('run', file, '--out', out, '--workers', '0', '--json');
    expect(run.status).toBe(0);
    expect(run.stderr.startsWith(`rtsim run: ${line}`)).toBe(true);
    expect(run.stderr.split('\n')[1]).toMatch(/^rtsim run: plausibility: 100 patients, seed 1/);
    const results = JSON.parse(run.stdout) as { arms: { totalDose: number }[] };
    expect(results.arms[0]?.totalDose).toBe(1250);
  });

  test('a file without slips prints no note', async () => {
    const run = await rtsim('validate', 'scenarios/default.yaml');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});

test('docs/scenarios.md: the note it shows is what rtsim validate prints for scenarios/default.yaml with dose: 50', async () => {
  const doc = await readFile(join(root, 'docs/scenarios.md'), 'utf8');
  const section = doc.split('## Plausibility notes\n')[1]?.split('\n## ')[0] ?? '';
  const shown = section.split('```\n')[1] ?? '';
  expect(shown).toMatch(/^rtsim validate: note: arms\[0\]\.schedule: /);
  const directory = await mkdtemp(join(tmpdir(), 'rtsim-plausibility-doc-'));
  try {
    const text = (await readFile(join(root, 'scenarios/default.yaml'), 'utf8')).replace('schedule: { fractions: 25, dose: 2, perWeek: 5 }', 'schedule: { fractions: 25, dose: 50, perWeek: 5 }');
    const file = join(directory, 'default.yaml');
    await writeFile(file, text);
    const run = await inProcessCli(root)('validate', file);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(shown);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
