// Overriding the distant-metastasis model's library values from a scenario (`metastasis.model`, docs/scenarios.md,
// "Metastasis and survival"): the compiled plan holds the values set, a parameter path names them for uncertainty and
// calibration, bad values and paths are refused with their place, and a scenario without overrides keeps its hash.
// Library values are read from core, never copied here; expected numbers are worked out by hand in the comments.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LibraryParameter } from '@rtsim/core';
import { metastasisDefaults } from '@rtsim/core';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { applyParameterValues } from '../../packages/sim/src/scenario/applyParameterValues.js';
import { scenarioHash } from '../../packages/sim/src/scenario/scenarioHash.js';
import { uncertainParameters } from '../../packages/sim/src/scenario/uncertainParameters.js';
import type { EvidenceResults } from '../../packages/sim/dist/calibration/EvidenceResults.js';
import type { TrialResults } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import { scenarioRun } from './scenarioRun.js';
import { parsedScenario } from './parsedScenario.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-metastasis-model-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);

const fixed = (parameter: LibraryParameter): number => (typeof parameter.value === 'object' && parameter.value.dist === 'fixed' ? parameter.value.value : Number.NaN);

function scenarioText(metastasis: string, extra = ''): string {
  return `version: 1
name: metastasis model overrides
references: ["test scenario"]
seed: 11
patients: 2000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
  - { id: postop, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { R0-wide: 1 } } }
followUp: { years: 5, at: [2, 5] }
metastasis: ${metastasis}
${extra}`;
}

async function refused(name: string, text: string): Promise<string> {
  writeFileSync(join(directory, `${name}.yaml`), text);
  const outcome = await rtsim('validate', `${name}.yaml`);
  expect(outcome.status).toBe(2);
  return outcome.stderr;
}

describe('metastasis.model: the compiled plan', () => {
  it('holds every value set, the rest from the library; μ_S moves with the overridden median and era slope', () => {
    const plan = compilePlan(
      parsedScenario(
        scenarioText(
          '{ era: 2014, model: { interceptLogOdds: -2, covariateLogOddsRatio: { gradeG3: 2, deep: 0.1 }, detectionTime: { median: 300 }, survivalAfterMetastasis: { median: 500, sigma: 1 }, survivalEraLogPerYear: 0.05, recurrenceSeeding: 0.3 } }',
        ),
      ),
    ).metastasis;
    const ratio = metastasisDefaults.covariateLogOddsRatio;
    expect(plan?.interceptLogOdds).toBe(-2);
    // Order G2, G3, 5–10 cm, > 10 cm, deep, recurrent presentation (MetastasisPlan.logOddsRatio).
    expect(Array.from(plan?.logOddsRatio ?? [])).toEqual([fixed(ratio.gradeG2), 2, fixed(ratio.diameter5to10cm), fixed(ratio.diameterOver10cm), 0.1, fixed(ratio.recurrentPresentation)]);
    expect(plan?.detectionMedianDays).toBe(300);
    const detection = metastasisDefaults.detectionTime.value;
    expect(plan?.detectionSigma).toBe(typeof detection === 'object' && detection.dist === 'lognormal' ? detection.sigma : Number.NaN);
    // μ_S(2014) = 500 d · e^{0.05 · (2014 − 2004)} = 500 · e^{0.5} = 824.36 d (hand calculation).
    expect(plan?.survivalMedianDays).toBeCloseTo(500 * Math.exp(0.5), 9);
    expect(plan?.survivalSigma).toBe(1);
    expect(plan?.seedingProbability).toBe(0.3);
  });

  it('without overrides the resolved section, its hash and the default scenarios\' hashes are what they were before metastasis.model existed', async () => {
    expect(parsedScenario(scenarioText('{}')).metastasis).toEqual({ era: 2004 });
    // Hashes of the checked-in scenarios computed with the code before this change (commit d16a1f6).
    const hashes = { default: 'sha256:9eaab783100d5186cb190100859eda121b7073a87c8d46854b2d5e5ad923cb36', 'metastasis-and-survival': 'sha256:4bcc3c5e96d1780d362d41fda71625d9f9b3fe05ce5b29d06a3bf90204061a2a' };
    // Both scenarios have changed since (default.yaml's arms, metastasis-and-survival.yaml's name): their texts of then
    // are fixtures.
    for (const [name, hash] of Object.entries(hashes)) {
      const text = readFileSync(new URL(`../fixtures/scenarios/before-metastasis-model/${name}.yaml`, import.meta.url), 'utf8');
      expect(await scenarioHash(parsedScenario(text))).toBe(hash);
    }
  });
});

describe('metastasis.model through rtsim run', () => {
  const runScenario = scenarioRun(directory);
  const run = async (name: string, text: string): Promise<TrialResults> => (await runScenario(name, text)).results;

  it('the library values written out give identical arms; results.json records the overrides, and nothing without them', async () => {
    const theta = fixed(metastasisDefaults.interceptLogOdds);
    const plain = await run('plain', scenarioText('{}'));
    const explicit = await run('explicit', scenarioText(`{ model: { interceptLogOdds: ${theta} } }`));
    expect(explicit.arms).toEqual(plain.arms);
    expect(plain.metastasis?.model).toBeUndefined();
    expect(explicit.metastasis?.model).toEqual({ interceptLogOdds: theta });
    // A higher θ gives more metastases from the same patients (common random numbers: the draws are the same).
    const higher = await run('higher', scenarioText('{ model: { interceptLogOdds: -1 } }'));
    expect(higher.arms[0]?.competingEvents?.metastasis?.metastasesFirst).toBeGreaterThan(plain.arms[0]?.competingEvents?.metastasis?.metastasesFirst ?? Infinity);
  });
});

describe('metastasis.model: validation', () => {
  it('refuses out-of-range values and unknown names at their path', async () => {
    expect(await refused('seeding', scenarioText('{ model: { recurrenceSeeding: 1.5 } }'))).toMatch(/metastasis\.model\.recurrenceSeeding: expected a number from 0 to 1, got 1.5/);
    expect(await refused('median', scenarioText('{ model: { detectionTime: { median: 0 } } }'))).toMatch(/metastasis\.model\.detectionTime\.median: expected a number > 0/);
    // σ = 0 would make the detection and death-time quantiles divide by 0: refused here, not at run time.
    expect(await refused('sigma', scenarioText('{ model: { detectionTime: { sigma: 0 } } }'))).toMatch(/metastasis\.model\.detectionTime\.sigma: expected a number > 0 and ≤ 10, got 0/);
    expect(await refused('survival-sigma', scenarioText('{ model: { survivalAfterMetastasis: { sigma: 0 } } }'))).toMatch(/metastasis\.model\.survivalAfterMetastasis\.sigma: expected a number > 0 and ≤ 10, got 0/);
    expect(await refused('theta', scenarioText('{ model: { interceptLogOdds: 40 } }'))).toMatch(/metastasis\.model\.interceptLogOdds: expected a number from -30 to 30, got 40/);
    expect(await refused('unknown', scenarioText('{ model: { interceptLogOds: -2 } }'))).toMatch(/metastasis\.model.*interceptLogOds/);
    expect(await refused('proto', scenarioText('{ model: { covariateLogOddsRatio: { constructor: 1 } } }'))).toMatch(/metastasis\.model\.covariateLogOddsRatio.*constructor/);
  });

  it('refuses a bad path with the closest name, and a metastasis path in a scenario without metastasis', async () => {
    const uncertain = (path: string): string => `uncertainty:\n  draws: 2\n  parameters:\n    - { path: ${path}, distribution: { dist: uniform, min: -4, max: -3 } }\n`;
    expect(await refused('bad-parameter', scenarioText('{}', uncertain('metastasis.model.interceptLogOdd')))).toMatch(/unknown metastasis model parameter 'interceptLogOdd'; did you mean 'interceptLogOdds'/);
    expect(await refused('bad-key', scenarioText('{}', uncertain('metastasis.model.covariateLogOddsRatio.deeep')))).toMatch(/covariateLogOddsRatio has no 'deeep'; did you mean 'deep'/);
    expect(await refused('no-key', scenarioText('{}', uncertain('metastasis.model.detectionTime')))).toMatch(/name one of detectionTime's numbers: metastasis\.model\.detectionTime\.KEY, KEY one of median, sigma/);
    const without = scenarioText('{}', uncertain('metastasis.model.interceptLogOdds')).replace('metastasis: {}\n', '');
    expect(await refused('without', without)).toMatch(/no metastasis section, so the metastasis model has no numbers here/);
  });
});

describe('metastasis.model as a parameter path', () => {
  it('uncertainty accepts it and refuses a distribution whose draws leave the range; it moves metastasis and OS at the follow-up times, not local control (docs/uncertainty.md)', async () => {
    const uncertain = (path: string, distribution: string): string => scenarioText('{}', `uncertainty:\n  draws: 3\n  parameters:\n    - { path: ${path}, distribution: ${distribution} }\n`);
    expect(await refused('seeding-draws', uncertain('metastasis.model.recurrenceSeeding', '{ dist: uniform, min: 0.5, max: 1.5 }'))).toMatch(
      /uncertainty\.parameters\[0\]\.distribution: its highest draw, .* would make the scenario invalid \(metastasis\.model\.recurrenceSeeding: expected a number from 0 to 1/,
    );
    // θ moves every patient's metastasis (not only after a local failure, as seeding would), yet control does not move.
    writeFileSync(join(directory, 'seeding.yaml'), uncertain('metastasis.model.interceptLogOdds', '{ dist: uniform, min: -4, max: -1 }'));
    const outcome = await rtsim('run', 'seeding.yaml', '--out', 'seeding', '--workers', '0');
    expect(outcome.status).toBe(0);
    // The run summarises metastasis and OS at the scenario's follow-up times, where θ acts: nothing to warn of.
    expect(outcome.stderr).not.toContain('note:');
    const results = JSON.parse(readFileSync(join(directory, 'seeding', 'results.json'), 'utf8')) as TrialResults;
    const arm = results.uncertainty?.arms[0];
    expect(arm?.controlRate.draws).toHaveLength(3);
    for (const draw of arm?.controlRate.draws ?? []) expect(draw).toBe(arm?.controlRate.nominal);
    const thetas = results.uncertainty?.parameters[0]?.draws ?? [];
    const order = [...thetas.keys()].sort((i, j) => thetas[i] - thetas[j]);
    expect(arm?.atTimes?.map((at) => at.years)).toEqual([2, 5]);
    for (const at of arm?.atTimes ?? []) {
      for (const draw of at.localControl?.draws ?? []) expect(draw).toBe(at.localControl?.nominal);
      // The same patients in every set (common random numbers): a higher intercept gives each patient a higher
      // probability of metastasis, so the incidence rises and survival falls with θ, set by set.
      const incidence = order.map((k) => at.metastasisIncidence?.draws[k] ?? Number.NaN);
      const survival = order.map((k) => at.overallSurvival?.draws[k] ?? Number.NaN);
      expect(incidence[0]).toBeLessThan(incidence[2]);
      expect(incidence[1]).toBeGreaterThanOrEqual(incidence[0]);
      expect(incidence[2]).toBeGreaterThanOrEqual(incidence[1]);
      expect(survival[0]).toBeGreaterThan(survival[2]);
      expect(survival[1]).toBeLessThanOrEqual(survival[0]);
      expect(survival[2]).toBeLessThanOrEqual(survival[1]);
    }
    // The terminal shows them in the endpoints table.
    expect(outcome.stdout).toMatch(/postop · metastasis 5 y/);
    expect(outcome.stdout).toMatch(/postop · OS 5 y/);

    // Without follow-up times the run summarises local control only, and says so with the way out.
    writeFileSync(join(directory, 'no-times.yaml'), uncertain('metastasis.model.interceptLogOdds', '{ dist: uniform, min: -4, max: -1 }').replace('followUp: { years: 5, at: [2, 5] }', 'followUp: { years: 5 }'));
    const without = await rtsim('run', 'no-times.yaml', '--out', 'no-times', '--workers', '0');
    expect(without.status).toBe(0);
    expect(without.stderr).toContain(
      'rtsim run: note: metastasis.model.interceptLogOdds acts on metastasis and survival only; these summaries are of local control, so it shows no effect here; give followUp.at to summarise metastasis and overall survival at those times (docs/uncertainty.md)\n',
    );
    const plain = JSON.parse(readFileSync(join(directory, 'no-times', 'results.json'), 'utf8')) as TrialResults;
    expect(plain.uncertainty?.arms[0]?.atTimes).toBeUndefined();
  });

  it('rtsim sensitivity says the same of every such path, once, and nothing of a path that moves local control', async () => {
    const parameters = [
      '    - { path: metastasis.model.interceptLogOdds, distribution: { dist: uniform, min: -4, max: -1 } }',
      '    - { path: metastasis.model.recurrenceSeeding, distribution: { dist: uniform, min: 0.1, max: 0.9 } }',
      '    - { path: "cohort.subtypes[sts].alpha.mean", distribution: { dist: uniform, min: 0.25, max: 0.35 } }',
    ];
    writeFileSync(join(directory, 'sensitivity.yaml'), scenarioText('{}', `uncertainty:\n  draws: 2\n  parameters:\n${parameters.join('\n')}\n`));
    const outcome = await rtsim('sensitivity', 'sensitivity.yaml', '--samples', '5', '--patients', '20', '--resamples', '10', '--workers', '0', '--out', 'sensitivity');
    expect(outcome.status).toBe(0);
    const notes = outcome.stderr.split('\n').filter((line) => line.includes('note:'));
    expect(notes).toEqual([
      'rtsim sensitivity: note: metastasis.model.interceptLogOdds, metastasis.model.recurrenceSeeding act on metastasis and survival only; these summaries are of local control, so they show no effect here; --measure metastasis@T or overall-survival@T (T a followUp.at time) shows it (docs/uncertainty.md)',
    ]);
  });

  it('rtsim slurm says it once on the login node for a sensitivity analysis, and not for an uncertainty run with follow-up times', async () => {
    writeFileSync(
      join(directory, 'slurm.yaml'),
      scenarioText('{}', 'uncertainty:\n  draws: 2\n  parameters:\n    - { path: metastasis.model.interceptLogOdds, distribution: { dist: uniform, min: -4, max: -1 } }\n'),
    );
    const note = 'rtsim slurm: note: metastasis.model.interceptLogOdds acts on metastasis and survival only; these summaries are of local control, so it shows no effect here; --measure metastasis@T or overall-survival@T (T a followUp.at time) shows it (docs/uncertainty.md)';
    for (const [extra, notes] of [[[], []], [['--sensitivity', '--samples', '5', '--resamples', '10'], [note]]] as const) {
      const outcome = await rtsim('slurm', 'slurm.yaml', '--shards', '2', '--out', `slurm-${extra.length}`, ...extra);
      expect(outcome.status).toBe(0);
      expect(outcome.stderr.split('\n').filter((line) => line.includes('note:'))).toEqual(notes);
    }
  });

  it('names the library value as nominal, and a drawn value reaches the compiled plan', () => {
    const scenario = parsedScenario(
      scenarioText('{}', 'uncertainty:\n  draws: 2\n  parameters:\n    - { path: metastasis.model.survivalAfterMetastasis.median, distribution: { dist: uniform, min: 300, max: 900 } }\n'),
    );
    const [parameter] = uncertainParameters(scenario);
    const survival = metastasisDefaults.survivalAfterMetastasis.value;
    expect(parameter?.nominal).toBe(typeof survival === 'object' && survival.dist === 'lognormal' ? survival.median : Number.NaN);
    const set = applyParameterValues(scenario, parameter === undefined ? [] : [parameter], [700]);
    expect(set.metastasis?.model).toEqual({ survivalAfterMetastasis: { median: 700 } });
    expect(scenario.metastasis?.model).toBeUndefined(); // the input is not touched
    // Era 2004, the reference: μ_S is the median itself.
    expect(compilePlan(set).metastasis?.survivalMedianDays).toBe(700);
  });
});

describe('rtsim calibrate fits a metastasis parameter', () => {
  /**
   * A part of an evidence file as a scenario, by the rules of docs/calibration.md (as calibrationSurvival.test.ts
   * writes them): the defaults' covariates below, postoperative 66 Gy/33 starting 35 days after surgery, the default
   * background and metastasis with the model's θ set.
   */
  const part = (theta: number, seed: number, patients: number): string => `version: 1
name: synthetic DMFS
references: ["synthetic"]
seed: ${seed}
patients: ${patients}
cohort:
  diameter: { dist: lognormal, median: 8, sigma: 0.6 }
  covariates: { grade: { G1: 0.2, G2: 0.35, G3: 0.45 }, depth: { deep: 0.7, superficial: 0.3 }, site: { extremity: 1 }, age: { dist: uniform, min: 46, max: 56 }, presentation: { primary: 1 }, unplannedExcision: 0 }
  subtypes: [{ ref: sts }]
arms: [{ id: part, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { R0-wide: 1 } } }]
background: { lifeTable: us-ssa-2017, sex: { female: 0.43 } }
metastasis: { model: { interceptLogOdds: ${theta} } }
followUp: { years: 7, at: [5] }
`;
  const evidence = (dmfs: number): string => `version: 1
name: synthetic metastasis evidence
defaults:
  population: { margin: R0-wide, grade: { G1: 0.2, G2: 0.35, G3: 0.45 }, depth: { deep: 0.7, superficial: 0.3 }, site: extremity, age: { under50: 0.4, over50: 0.6 }, diameter: { dist: lognormal, median: 8, sigma: 0.6 }, presentation: primary, treatment: postop66 }
series:
  - id: synthetic
    evidence: test
    role: fit
    citation: "DMFS generated by the engine at a known θ, on other virtual patients"
    population: [{ share: 1 }]
    observations: [{ kind: dmfs, atYears: 5, value: ${dmfs}, patients: 1000 }]
`;

  it('recovers θ = −2.5 within its profile 95% interval from a DMFS generated at that value on other virtual patients', async () => {
    const truth = -2.5;
    writeFileSync(join(directory, 'generator.yaml'), part(truth, 99, 20000));
    const generated = await rtsim('run', 'generator.yaml', '--out', 'generator', '--workers', '0');
    expect(generated.status).toBe(0);
    const results = JSON.parse(readFileSync(join(directory, 'generator', 'results.json'), 'utf8')) as TrialResults;
    const dmfs = results.arms[0]?.competingEvents?.metastasis?.atTimes?.find((at) => at.years === 5)?.distantMetastasisFreeSurvival ?? Number.NaN;
    expect(dmfs).toBeGreaterThan(0.3); // informative: neither none nor all metastasise
    expect(dmfs).toBeLessThan(0.9);
    writeFileSync(join(directory, 'synthetic.yaml'), evidence(Math.round(dmfs * 1000) / 1000));
    const fitted = await rtsim('calibrate', 'synthetic.yaml', '--out', 'synthetic', '--patients', '2048', '--fit', 'metastasis.model.interceptLogOdds=-6:0');
    expect(fitted.stderr).not.toMatch(/error|invalid/i);
    expect(fitted.status).toBe(0);
    const calibration = JSON.parse(readFileSync(join(directory, 'synthetic', 'calibration.json'), 'utf8')) as EvidenceResults;
    const [theta] = calibration.parameters;
    expect(theta?.path).toBe('metastasis.model.interceptLogOdds');
    expect(theta?.nominal).toBe(fixed(metastasisDefaults.interceptLogOdds));
    const [lower, upper] = theta?.ci95 ?? [Number.NaN, Number.NaN];
    expect(lower).toBeLessThan(truth);
    expect(upper).toBeGreaterThan(truth);
    expect(upper - lower).toBeLessThan(1.5); // an interval that says something, not the whole range
    // The numbers docs/calibration.md and CHANGELOG.md quote (the fit is deterministic: seed, patients and data fixed).
    expect(theta?.estimate).toBeCloseTo(-2.53, 2);
    expect(lower).toBeCloseTo(-2.72, 2);
    expect(upper).toBeCloseTo(-2.29, 2);
  }, 120_000);

  it('refuses the path on an evidence file whose parts have no metastasis, saying why', async () => {
    const lcOnly = evidence(0.7).replace('kind: dmfs, atYears: 5, value: 0.7, patients: 1000', 'kind: crude-lr, atYears: 5, failures: 10, patients: 100');
    writeFileSync(join(directory, 'lc-only.yaml'), lcOnly);
    const outcome = await rtsim('calibrate', 'lc-only.yaml', '--out', 'lc-only', '--patients', '64', '--fit', 'metastasis.model.interceptLogOdds=-6:0');
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/acts on no series with role fit \(the scenario has no metastasis section/);
  });
});
