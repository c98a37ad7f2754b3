// `rtsim calibrate` on survival and competing-event observations (issue 15; docs/calibration.md, "Survival and
// competing risks"), through the built command line: each predicted event probability equals the one the engine
// reports when the same part is run as an ordinary scenario (`rtsim run`, results.json; the scenarios below are
// written by hand from the rules of docs/calibration.md, not by the code under test), the coverage line counts the
// terms inside a Wilson interval computed here, and a malformed observation is refused at its path.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TrialResults } from '../../packages/sim/dist/cohort/TrialResults.js';
import type { EvidenceResults } from '../../packages/sim/dist/calibration/EvidenceResults.js';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-survival-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const example = join(__dirname, '..', '..', 'calibration', 'survival-evidence.yaml');
const patients = 512;
const seed = 20261205; // the evidence files' default seed (docs/calibration.md)

/**
 * A part of the example file as a scenario, by the rules of docs/calibration.md: the defaults' covariates (age band
 * 40% under 50 → uniform age on [50 − 4, 50 + 6]), postoperative 66 Gy/33 starting 35 days after surgery on day 0
 * (surgery day −35 relative to the first fraction) or surgery alone (one 0 Gy fraction on the day of surgery), the
 * default background (US SSA 2017, women 43%), metastasis at the default era, follow-up 2 years past the latest time.
 */
function partScenario(margin: string, treatment: 'postop66' | 'none', at: number): string {
  const arm =
    treatment === 'postop66'
      ? `{ id: part, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { ${margin}: 1 } } }`
      : `{ id: part, localControl: residual-disease, schedule: { fractions: 1, dose: 0, perWeek: 5 }, surgery: { day: 0, margins: { ${margin}: 1 } } }`;
  return `version: 1
name: ${margin} ${treatment}
references: [calibration/survival-evidence.yaml]
seed: ${seed}
patients: ${patients}
cohort:
  diameter: { dist: lognormal, median: 8, sigma: 0.6 }
  covariates:
    grade: { G1: 0.2, G2: 0.35, G3: 0.45 }
    depth: { deep: 0.7, superficial: 0.3 }
    site: { extremity: 1 }
    age: { dist: uniform, min: 46, max: 56 }
    presentation: { primary: 1 }
    unplannedExcision: 0
  subtypes: [{ ref: sts }]
arms: [${arm}]
background: { lifeTable: us-ssa-2017, sex: { female: 0.43 } }
metastasis: {}
followUp: { years: ${Math.ceil(at) + 2}, at: [${at}] }
`;
}

/** The one arm's competing-event endpoints at a time, from `rtsim run` of a scenario. */
async function engineAt(name: string, scenario: string, years: number) {
  writeFileSync(join(directory, `${name}.yaml`), scenario);
  const run = await rtsim('run', `${name}.yaml`, '--out', name, '--workers', '0');
  expect(run.status, run.stderr).toBe(0);
  const results = JSON.parse(readFileSync(join(directory, name, 'results.json'), 'utf8')) as TrialResults;
  const competing = results.arms[0]?.competingEvents;
  const metastasis = competing?.metastasis?.atTimes?.find((t) => t.years === years);
  const lrfs = competing?.atTimes?.find((t) => t.years === years)?.localRecurrenceFreeSurvival;
  if (metastasis === undefined || lrfs === undefined || lrfs === null) throw new Error(`no endpoints at ${years} y in ${name}`);
  return { ...metastasis, localRecurrenceFreeSurvival: lrfs };
}

/** Wilson 95% interval of x of n (z = 1.959963984540054, the 97.5% normal quantile), written out here to check the command's coverage. */
function wilson(x: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n)));
  return [centre - half, centre + half];
}

async function calibrate(name: string, file: string): Promise<{ status: number; stdout: string; stderr: string; results?: EvidenceResults }> {
  const outcome = await rtsim('calibrate', file, '--no-fit', '--patients', String(patients), '--out', name);
  if (outcome.status !== 0) return outcome;
  return { ...outcome, results: JSON.parse(readFileSync(join(directory, name, 'calibration.json'), 'utf8')) as EvidenceResults };
}

describe('rtsim calibrate with survival and competing-event observations', () => {
  it('predicts the example file as the engine runs each part, and counts coverage per role', async () => {
    const { status, stdout, stderr, results } = await calibrate('example', example);
    expect(status, stderr).toBe(0);
    if (results === undefined) throw new Error('no results');

    // A1: four parts (shares 0.55 / 0.2 / 0.15 / 0.1), DMFS at 5 y: predicted 1 − Σ share × DMFS_part.
    const a1Parts: [string, number][] = [['R0-wide', 0.55], ['R0-close', 0.2], ['R1-planned', 0.15], ['R1-unplanned', 0.1]];
    let a1 = 0;
    for (const [margin, share] of a1Parts) a1 += share * (1 - ((await engineAt(`a1-${margin}`, partScenario(margin, 'postop66', 5), 5)).distantMetastasisFreeSurvival ?? Number.NaN));
    // A16: half postoperative 66 Gy, half surgery alone, both R0-close; DMFS and OS at 5 y.
    const rt = await engineAt('a16-rt', partScenario('R0-close', 'postop66', 5), 5);
    const none = await engineAt('a16-none', partScenario('R0-close', 'none', 5), 5);
    const a16Dmfs = 0.5 * (1 - (rt.distantMetastasisFreeSurvival ?? Number.NaN)) + 0.5 * (1 - (none.distantMetastasisFreeSurvival ?? Number.NaN));
    const a16Os = 0.5 * (1 - (rt.overallSurvival ?? Number.NaN)) + 0.5 * (1 - (none.overallSurvival ?? Number.NaN));

    // Observed events of n by hand: no interval, so n is the patients; events = n(1 − survival).
    const expected = [
      { series: 'A1-mdacc-dmfs', role: 'fit', observation: 'DMFS 5 y', events: 1225 * 0.29, n: 1225, predicted: a1 },
      { series: 'A16-china-survival', role: 'holdout', observation: 'DMFS 5 y', events: 220 * 0.218, n: 220, predicted: a16Dmfs },
      { series: 'A16-china-survival', role: 'holdout', observation: 'OS 5 y', events: 220 * 0.288, n: 220, predicted: a16Os },
    ];
    expect(results.terms).toHaveLength(3);
    expected.forEach((e, i) => {
      const t = results.terms[i];
      expect(t?.series).toBe(e.series);
      expect(t?.role).toBe(e.role);
      expect(t?.observation).toBe(e.observation);
      expect(t?.n).toBe(e.n);
      expect(t?.events).toBeCloseTo(e.events, 9);
      expect(Number.isFinite(e.predicted)).toBe(true);
      expect(t?.predicted).toBeCloseTo(e.predicted, 12);
    });

    const inside = (e: (typeof expected)[number]): boolean => {
      const [lower, upper] = wilson(e.events, e.n);
      return e.predicted >= lower && e.predicted <= upper;
    };
    const fitInside = expected.filter((e) => e.role === 'fit' && inside(e)).length;
    const holdoutInside = expected.filter((e) => e.role === 'holdout' && inside(e)).length;
    expect(stdout).toContain(`fit: ${fitInside}/1 inside`);
    expect(stdout).toContain(`holdout: ${holdoutInside}/2 inside`);
    expect(results.coverage.map((c) => [c.role, c.terms, c.inside])).toEqual([['fit', 1, fitInside], ['holdout', 2, holdoutInside]]);
  }, 60_000);

  it('reads every survival kind from the endpoint the engine reports', async () => {
    const file = `version: 1
name: every kind
defaults:
  population: { grade: { G1: 0.2, G2: 0.35, G3: 0.45 }, depth: { deep: 0.7, superficial: 0.3 }, site: extremity, age: { under50: 0.4, over50: 0.6 }, diameter: { dist: lognormal, median: 8, sigma: 0.6 }, presentation: primary }
series:
  - id: kinds
    evidence: test
    role: holdout
    citation: made up
    population: [{ share: 1, margin: R0-wide, treatment: postop66 }]
    observations:
      - { kind: os, atYears: 3, value: 0.8, ci95: [0.7, 0.9], patients: 100 }
      - { kind: dss, atYears: 3, value: 0.85, patients: 100 }
      - { kind: dmfs, atYears: 3, value: 0.75, patients: 100 }
      - { kind: lrfs, atYears: 3, value: 0.8, patients: 100 }
      - { kind: cif-metastasis, atYears: 3, value: 0.2, patients: 100 }
      - { kind: deaths, atYears: 3, events: 20, patients: 100 }
      - { kind: metastases, atYears: 3, events: 25, patients: 100 }
`;
    writeFileSync(join(directory, 'kinds.yaml'), file);
    const { status, stderr, results } = await calibrate('kinds', 'kinds.yaml');
    expect(status, stderr).toBe(0);
    const engine = await engineAt('kinds-part', partScenario('R0-wide', 'postop66', 3), 3);
    const predicted = Object.fromEntries((results?.terms ?? []).map((t) => [t.observation, t.predicted]));
    expect(predicted).toEqual({
      'OS 3 y': 1 - (engine.overallSurvival ?? Number.NaN),
      'DSS 3 y': 1 - (engine.diseaseSpecificSurvival ?? Number.NaN),
      'DMFS 3 y': 1 - (engine.distantMetastasisFreeSurvival ?? Number.NaN),
      'LRFS 3 y': 1 - engine.localRecurrenceFreeSurvival,
      'CIF metastasis 3 y': engine.metastasisIncidence,
      'deaths by 3 y': 1 - (engine.overallSurvival ?? Number.NaN),
      'metastases by 3 y': engine.metastasisIncidence,
    });
    // OS with an interval: effective n = p(1 − p)/SE², SE = 0.2/(2 × 1.959963984540054): 0.16/0.0026031 = 61.46 patients.
    const os = results?.terms.find((t) => t.observation === 'OS 3 y');
    expect(os?.n).toBeCloseTo((0.8 * 0.2) / (0.1 / 1.959963984540054) ** 2, 9);
    expect(os?.events).toBeCloseTo((0.2 * 0.8 * 0.2) / (0.1 / 1.959963984540054) ** 2, 9);
  }, 60_000);

  it('refuses a malformed survival observation at its path', async () => {
    const text = readFileSync(example, 'utf8')
      .replace('{ kind: os, atYears: 5, value: 0.712, patients: 220 }', '{ kind: os, atYears: 5, value: 1.2, patients: 220 }')
      .replace('{ kind: dmfs, atYears: 5, value: 0.71, patients: 1225 }', '{ kind: dmfs, atYears: 5, value: 0.71, ci95: [0.75, 0.8], patients: 1225 }');
    writeFileSync(join(directory, 'bad.yaml'), text);
    const bad = await calibrate('bad', 'bad.yaml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/series\[1\]\.observations\[1\]\.value: expected a number from 0 to 1, got 1\.2 \(\d+:\d+\)/);
    expect(bad.stderr).toMatch(/series\[0\]\.observations\[0\]\.ci95: expected an interval \[lower, upper\] around value 0\.71, got \[0\.75, 0\.8\]/);

    writeFileSync(join(directory, 'count.yaml'), readFileSync(example, 'utf8').replace('{ kind: os, atYears: 5, value: 0.712, patients: 220 }', '{ kind: deaths, atYears: 5, events: 230, patients: 220 }'));
    const count = await calibrate('count', 'count.yaml');
    expect(count.status).toBe(2);
    expect(count.stderr).toMatch(/series\[1\]\.observations\[1\]\.events: expected at most patients \(220\), got 230/);
  }, 60_000);
});
