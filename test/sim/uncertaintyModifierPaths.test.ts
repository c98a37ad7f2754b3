// Parameter paths to the numbers biomarker and modifier inputs add to a resolved scenario: marker prevalences and
// a modifier's response probabilities, log kill and dose-modifying factor (docs/uncertainty.md, "Paths").
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { distributionMean, librarySubtype } from '@rtsim/core';
import { afterEach, describe, expect, test } from 'vitest';
import { resultsJson } from '../../packages/sim/src/report/resultsJson.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { applyParameterValues } from '../../packages/sim/src/scenario/applyParameterValues.js';
import { parseParameterPath } from '../../packages/sim/src/scenario/parameterPath.js';
import { runUncertainty } from '../../packages/sim/src/uncertainty/runUncertainty.js';
import { uncertainParameters } from '../../packages/sim/src/scenario/uncertainParameters.js';
import { closeFakeWorkers, fakeWorker } from './fakeWorker.js';

const meta = { version: 'test', scenarioHash: 'sha256:test' };

// A library subtype whose MAGE-A4 prevalence comes from the library, an inline one with its own, PD-L1 at cohort
// level; one arm per kind of modifier.
const base = `
version: 1
name: modifier paths
references: [assumed]
seed: 17
patients: 1000
cohort:
  volume: { dist: lognormal, median: 100, sigma: 0.8 }
  markers: { PD-L1: 0.4 }
  subtypes:
    - ref: synovial-sarcoma
      id: syn
    - id: custom
      parameters: { alpha: { dist: normal, mean: 0.3, sd: 0.08, min: 0 }, alphaBeta: 4, doublingTime: 10, kickoffTime: 21, clonogenDensity: 1.0e7, markers: { MAGE-A4: 0.3 } }
arms:
  - id: rt
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
  - id: tcr
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
    modifiers:
      - { type: cellTherapy, agent: afami-cel, marker: MAGE-A4, responseProbability: 0.4, logKill: 3 }
  - id: chemo
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
    modifiers:
      - { type: systemic, agent: doxorubicin, doseModifyingFactor: 1.1 }
      - { type: hyperthermia, doseModifyingFactor: 1.2, fractions: [1, 2] }
  - id: pembro
    schedule: { fractions: 5, dose: 6, perWeek: 5 }
    modifiers:
      - { type: immunotherapy, agent: pembrolizumab, marker: PD-L1, responseProbability: 0.2, responseBySubtype: { custom: 0.3 }, markerNegativeResponseProbability: 0.05, logKill: 2 }
  - id: tcr-short
    schedule: { fractions: 5, dose: 6, perWeek: 5 }
    modifiers:
      - { type: cellTherapy, agent: afami-cel, marker: MAGE-A4, responseProbability: 0.4, logKill: 3 }
followUp: { years: 5 }
`;

/** The scenario above with an uncertainty section of these parameters (YAML flow mappings). */
const withParameters = (...parameters: string[]): string =>
  `${base}uncertainty:\n  draws: 3\n  parameters:\n${parameters.map((p) => `    - ${p}\n`).join('')}`;

const parameter = (path: string, distribution = '{ dist: uniform, min: 0.2, max: 0.3 }'): string => `{ path: '${path}', distribution: ${distribution} }`;

function issues(text: string): string[] {
  const result = parseScenario(text, 'paths.yaml');
  if (result.ok) return [];
  return result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

function parsed(text: string): ResolvedScenario {
  const result = parseScenario(text, 'paths.yaml');
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.scenario;
}

describe('parseParameterPath(text): marker and modifier paths', () => {
  test('reads a marker prevalence and the four modifier numbers, responseProbability with or without a subtype', () => {
    expect(parseParameterPath('cohort.subtypes[*].markers.MAGE-A4')).toEqual({ ok: true, path: { kind: 'marker', selector: '*', marker: 'MAGE-A4' } });
    expect(parseParameterPath('cohort.subtypes[syn].markers.NY-ESO-1')).toEqual({ ok: true, path: { kind: 'marker', selector: 'syn', marker: 'NY-ESO-1' } });
    expect(parseParameterPath('arms[tcr].modifiers[afami-cel].responseProbability')).toEqual({
      ok: true,
      path: { kind: 'modifier', selector: 'tcr', agent: 'afami-cel', field: 'responseProbability', subtype: '*' },
    });
    expect(parseParameterPath('arms[*].modifiers[afami-cel].responseProbability[syn]')).toEqual({
      ok: true,
      path: { kind: 'modifier', selector: '*', agent: 'afami-cel', field: 'responseProbability', subtype: 'syn' },
    });
    for (const field of ['markerNegativeResponseProbability', 'logKill', 'doseModifyingFactor'] as const) {
      expect(parseParameterPath(`arms[a].modifiers[doxorubicin].${field}`)).toEqual({ ok: true, path: { kind: 'modifier', selector: 'a', agent: 'doxorubicin', field } });
    }
  });

  test('explains what is wrong, with a guess where one is close', () => {
    const message = (text: string): string => {
      const result = parseParameterPath(text);
      return result.ok ? '' : result.message;
    };
    expect(message('arms[tcr].modifiers[afami-cel].logkill')).toMatch(/^unknown modifier number 'logkill'; did you mean 'logKill'\? \(numbers: responseProbability, /);
    expect(message('arms[tcr].modifiers[afami-cel].responseProbabilty')).toMatch(/did you mean 'responseProbability'\?/);
    expect(message('arms[tcr].modifiers[*].logKill')).toBe("'*' selects arms, not modifiers: name the modifier by its agent, modifiers[AGENT]");
    expect(message('arms[tcr].modifiers[afami-cel].logKill[syn]')).toBe("logKill is one number per modifier: drop '[syn]'");
    expect(message('arms[tcr].modifiers[afami-cel].responseBySubtype.syn')).toMatch(/write responseProbability\[SUBTYPE\]/);
    expect(message('arms[tcr].modifiers.afami-cel.logKill')).toMatch(/^a modifier is named by its agent: arms\[ID\|\*\]\.modifiers\[AGENT\]\.NUMBER/);
    expect(message('arms[tcr].modifiers[afami-cel].responseProbability[a b]')).toMatch(/'a b' is not a subtype id or '\*'/);
    expect(message('cohort.subtypes[syn].marker.MAGE')).toMatch(/^unknown parameter 'marker'; did you mean 'markers'\?/);
    expect(message('cohort.subtypes[syn].markers')).toBe('name the marker: cohort.subtypes[syn].markers.MARKER');
    expect(message('cohort.markers.MAGE-A4')).toMatch(/^cohort-level parameters are merged into each subtype: write cohort\.subtypes\[\*\]\.markers\.MAGE-A4/);
    expect(message('seed')).toMatch(/cohort\.subtypes\[ID\|\*\]\.markers\.MARKER, .*arms\[ID\|\*\]\.modifiers\[AGENT\]\.responseProbability\[SUBTYPE\|\*\]/);
  });
});

describe('marker and modifier paths in a scenario file', () => {
  test('bind to the resolved numbers: a library prevalence, a cohort-level one, a response probability of every arm giving the agent', () => {
    const scenario = parsed(withParameters(
      parameter('cohort.subtypes[syn].markers.MAGE-A4'),
      parameter('cohort.subtypes[*].markers.PD-L1'),
      parameter('arms[*].modifiers[afami-cel].responseProbability'),
      parameter('arms[pembro].modifiers[pembrolizumab].responseProbability[custom]'),
      parameter('arms[pembro].modifiers[pembrolizumab].markerNegativeResponseProbability', '{ dist: uniform, min: 0, max: 0.1 }'),
      parameter('arms[*].modifiers[afami-cel].logKill', '{ dist: uniform, min: 1, max: 5 }'),
      parameter('arms[chemo].modifiers[doxorubicin].doseModifyingFactor', '{ dist: uniform, min: 1, max: 1.2 }'),
      parameter('arms[chemo].modifiers[hyperthermia].doseModifyingFactor', '{ dist: uniform, min: 1, max: 1.4 }'),
    ));
    const mageA4 = librarySubtype('synovial-sarcoma')?.antigens?.['MAGE-A4']?.value;
    if (mageA4 === undefined) throw new Error('the library has no MAGE-A4 prevalence for synovial sarcoma');
    const bound = uncertainParameters(scenario);
    expect(bound.map((p) => p.nominal)).toEqual([distributionMean(mageA4), 0.4, 0.4, 0.3, 0.05, 3, 1.1, 1.2]);
    // '*' on arms takes the arms that give the agent (tcr, tcr-short), times every subtype for a bare responseProbability.
    expect(bound[2]?.targets).toEqual([
      { kind: 'modifier', index: 1, modifier: 0, field: 'responseProbability', subtype: 'syn' },
      { kind: 'modifier', index: 1, modifier: 0, field: 'responseProbability', subtype: 'custom' },
      { kind: 'modifier', index: 4, modifier: 0, field: 'responseProbability', subtype: 'syn' },
      { kind: 'modifier', index: 4, modifier: 0, field: 'responseProbability', subtype: 'custom' },
    ]);
    const values = [0.5, 0.25, 0.7, 0.35, 0.08, 4.5, 1.15, 1.3];
    const set = applyParameterValues(scenario, bound, values);
    expect(set.subtypes.map((s) => s.parameters.markers)).toEqual([{ 'PD-L1': 0.25, 'MAGE-A4': 0.5 }, { 'PD-L1': 0.25, 'MAGE-A4': 0.3 }]);
    for (const a of [1, 4]) expect(set.arms[a]?.modifiers?.[0]).toMatchObject({ responseProbability: { syn: 0.7, custom: 0.7 }, logKill: 4.5 });
    expect(set.arms[3]?.modifiers?.[0]).toMatchObject({ responseProbability: { syn: 0.2, custom: 0.35 }, markerNegativeResponseProbability: 0.08, logKill: 2 });
    expect(set.arms[2]?.modifiers?.map((m) => m.doseModifyingFactor)).toEqual([1.15, 1.3]);
    // Nothing else changes: the input keeps its values.
    expect(scenario.arms[1]?.modifiers?.[0]?.logKill).toBe(3);
  });

  test('report a path that names no number of this scenario, at the path, with its line', () => {
    const text = withParameters(
      parameter('cohort.subtypes[*].markers.MAGE-A4'),
      parameter('cohort.subtypes[syn].markers.MAGE-A5'),
      parameter('cohort.subtypes[syn].markers.PD-L1.mean'),
      parameter('arms[rt].modifiers[afami-cel].logKill'),
      parameter('arms[tcr].modifiers[afamicel].logKill'),
      parameter('arms[*].modifiers[nivolumab].logKill'),
      parameter('arms[chemo].modifiers[doxorubicin].markerNegativeResponseProbability'),
      parameter('arms[chemo].modifiers[hyperthermia].logKill'),
      parameter('arms[tcr].modifiers[afami-cel].doseModifyingFactor'),
      parameter('arms[pembro].modifiers[pembrolizumab].responseProbability'),
      parameter('arms[tcr].modifiers[afami-cel].responseProbability[custon]'),
    );
    const result = parseScenario(text, 'paths.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const mean = distributionMean(librarySubtype('synovial-sarcoma')?.antigens?.['MAGE-A4']?.value ?? Number.NaN);
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      `uncertainty.parameters[0].path: '*' names one number, but subtypes differ here (${mean} in 'syn', 0.3 in 'custom'): give each subtype its own path`,
      "uncertainty.parameters[1].path: unknown marker 'MAGE-A5'; did you mean 'MAGE-A4'? (markers: PD-L1, MAGE-A4)",
      "uncertainty.parameters[2].path: the prevalence of marker 'PD-L1' in subtype 'syn' is the number 0.4 (a distribution's mean): drop '.mean'",
      "uncertainty.parameters[3].path: arm 'rt' has no modifiers",
      "uncertainty.parameters[4].path: arm 'tcr' gives no agent 'afamicel'; did you mean 'afami-cel'? (its agents: afami-cel)",
      "uncertainty.parameters[5].path: no arm gives agent 'nivolumab' (agents: afami-cel, doxorubicin, hyperthermia, pembrolizumab)",
      "uncertainty.parameters[6].path: modifier 'doxorubicin' of arm 'chemo' has no marker, so no markerNegativeResponseProbability (its numbers: responseProbability, logKill, doseModifyingFactor)",
      "uncertainty.parameters[7].path: modifier 'hyperthermia' of arm 'chemo' is a hyperthermia modifier, which has no logKill (its numbers: doseModifyingFactor)",
      "uncertainty.parameters[8].path: modifier 'afami-cel' of arm 'tcr' is a cellTherapy modifier, which has no doseModifyingFactor (its numbers: responseProbability, markerNegativeResponseProbability, logKill)",
      "uncertainty.parameters[9].path: '*' names one number, but subtypes differ here (0.2 in 'syn', 0.3 in 'custom'): give each subtype its own path",
      "uncertainty.parameters[10].path: unknown subtype 'custon'; did you mean 'custom'? (subtypes: syn, custom)",
    ]);
    const lines = text.split('\n');
    expect(result.issues[0]?.line).toBe(lines.findIndex((line) => line.includes('cohort.subtypes[*].markers.MAGE-A4')) + 1);
    expect(result.issues[10]?.line).toBe(lines.findIndex((line) => line.includes('responseProbability[custon]')) + 1);
  });

  test("report a '*' over arms whose modifiers differ", () => {
    const text = withParameters(parameter('arms[*].modifiers[afami-cel].logKill', '{ dist: uniform, min: 1, max: 5 }')).replace(
      '{ type: cellTherapy, agent: afami-cel, marker: MAGE-A4, responseProbability: 0.4, logKill: 3 }\nfollowUp',
      '{ type: cellTherapy, agent: afami-cel, marker: MAGE-A4, responseProbability: 0.4, logKill: 4 }\nfollowUp',
    );
    expect(issues(text)).toEqual(["uncertainty.parameters[0].path: '*' names one number, but arms differ here (3 in 'tcr', 4 in 'tcr-short'): give each arm its own path"]);
  });

  test('refuse a distribution whose extreme draws leave the schema range (probability in [0, 1], L in [0, 50], DMF in (0, 5]), and two parameters naming one number', () => {
    expect(issues(withParameters(
      parameter('cohort.subtypes[custom].markers.MAGE-A4', '{ dist: normal, mean: 0.3, sd: 0.1 }'),
      parameter('arms[tcr].modifiers[afami-cel].responseProbability', '{ dist: uniform, min: 0.2, max: 1.2 }'),
      parameter('arms[tcr].modifiers[afami-cel].logKill', '{ dist: normal, mean: 3, sd: 1 }'),
      parameter('arms[chemo].modifiers[doxorubicin].doseModifyingFactor', '{ dist: uniform, min: 1, max: 6 }'),
      parameter('arms[pembro].modifiers[pembrolizumab].markerNegativeResponseProbability', '{ dist: uniform, min: -0.1, max: 0.1 }'),
      parameter('arms[*].modifiers[afami-cel].responseProbability[syn]'),
      parameter('arms[tcr-short].modifiers[afami-cel].logKill', '{ dist: uniform, min: 1, max: 5 }'),
      parameter('cohort.subtypes[*].markers.PD-L1'),
      parameter('cohort.subtypes[custom].markers.PD-L1'),
    ))).toEqual([
      expect.stringMatching(/^uncertainty\.parameters\[0\]\.distribution: its lowest draw, (-0\.3\d+), would make the scenario invalid \(cohort\.subtypes\[custom\]\.markers\.MAGE-A4: expected a number from 0 to 1, got \1\): bound the distribution/),
      expect.stringMatching(/^uncertainty\.parameters\[1\]\.distribution: its highest draw, (1\.19\d+), would make the scenario invalid \(arms\[tcr\]\.modifiers\[afami-cel\]\.responseProbability\[syn\]: expected a number from 0 to 1, got \1; arms\[tcr\]\.modifiers\[afami-cel\]\.responseProbability\[custom\]: expected a number from 0 to 1, got \1\)/),
      expect.stringMatching(/^uncertainty\.parameters\[2\]\.distribution: its lowest draw, (-3\.\d+), would make the scenario invalid \(arms\[tcr\]\.modifiers\[afami-cel\]\.logKill: expected a number from 0 to 50, got \1\)/),
      expect.stringMatching(/^uncertainty\.parameters\[3\]\.distribution: its highest draw, (5\.99\d+), would make the scenario invalid \(arms\[chemo\]\.modifiers\[doxorubicin\]\.doseModifyingFactor: expected a number > 0 and ≤ 5, got \1\)/),
      expect.stringMatching(/^uncertainty\.parameters\[4\]\.distribution: its lowest draw, -0\.09\d+, would make the scenario invalid \(arms\[pembro\]\.modifiers\[pembrolizumab\]\.markerNegativeResponseProbability: expected a number from 0 to 1/),
      'uncertainty.parameters[5].path: names a number that uncertainty.parameters[1] already names',
      'uncertainty.parameters[8].path: names a number that uncertainty.parameters[7] already names',
    ]);
  });
});

// Two-level runs: a small TCR-T trial, radiotherapy alone against radiotherapy with a MAGE-A4-gated cell therapy.
// Seed 424242 (chosen when the streams were Alea generators, whose outer draws for seed 31 bunched within 0.46 to 0.64
// of the range); with Philox its 8 outer draws of the first parameter are checked to spread below.
const trial = (path: string, distribution: string, draws = 8): ResolvedScenario => parsed(`
version: 1
name: TCR-T, uncertain modifier
references: [assumed]
seed: 424242
patients: 8101
cohort:
  clonogenDensity: 1.0e7
  volume: { dist: lognormal, median: 150, sigma: 0.8 }
  markers: { MAGE-A4: 0.6 }
  subtypes:
    - id: synovial
      parameters: { alpha: { dist: normal, mean: 0.3, sd: 0.08, min: 0 }, alphaBeta: 4, doublingTime: 10, kickoffTime: 21 }
arms:
  - id: rt
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
  - id: tcr
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
    modifiers:
      - { type: cellTherapy, agent: afami-cel, marker: MAGE-A4, responseProbability: 0.4, logKill: 3 }
followUp: { years: 5 }
uncertainty:
  draws: ${draws}
  parameters:
    - { path: '${path}', distribution: ${distribution} }
`);

/** The drawn values of the one uncertain parameter with each arm's control rate in that draw, by increasing value. */
async function controlByValue(scenario: ResolvedScenario): Promise<{ value: number; rt: number; tcr: number }[]> {
  const results = await runUncertainty(scenario, { workers: 0, meta });
  const values = results.uncertainty?.parameters[0]?.draws ?? [];
  const [rt, tcr] = results.uncertainty?.arms.map((arm) => arm.controlRate.draws) ?? [];
  return values.map((value, k) => ({ value, rt: rt?.[k] ?? Number.NaN, tcr: tcr?.[k] ?? Number.NaN })).sort((a, b) => a.value - b.value);
}

describe('two-level runs with an uncertain modifier or marker prevalence', () => {
  // Common random numbers: a larger L kills more in the same responders, a larger p or prevalence makes a superset of
  // them respond or be eligible, so the TCR-T arm's control cannot fall as the value rises; radiotherapy alone never moves.
  test.each([
    ['arms[tcr].modifiers[afami-cel].logKill', '{ dist: uniform, min: 0.5, max: 8 }'],
    ['arms[tcr].modifiers[afami-cel].responseProbability', '{ dist: uniform, min: 0, max: 1 }'],
    ['cohort.subtypes[*].markers.MAGE-A4', '{ dist: uniform, min: 0, max: 1 }'],
  ])('%s: the TCR-T arm\'s control rate rises with the drawn value, the radiotherapy arm\'s stays put', async (path, distribution) => {
    const rows = await controlByValue(trial(path, distribution));
    expect(rows).toHaveLength(8);
    for (let k = 1; k < rows.length; k++) expect(rows[k]?.tcr).toBeGreaterThanOrEqual(rows[k - 1]?.tcr ?? Infinity);
    // Over these ranges the effect is far beyond the Monte Carlo error (SE ≈ 0.005 at 8101 patients).
    expect((rows.at(-1)?.tcr ?? 0) - (rows[0]?.tcr ?? 0)).toBeGreaterThan(0.05);
    expect(new Set(rows.map((row) => row.rt)).size).toBe(1);
    for (const row of rows) expect(row.tcr).toBeGreaterThanOrEqual(row.rt);
  });

  test('give identical results.json on 0, 1, 2 and 3 workers', async () => {
    const scenario = parsed(`${base.replace('patients: 1000', `patients: ${2 * 4096 - 91}`)}uncertainty:
  draws: 4
  parameters:
    - { path: 'cohort.subtypes[*].markers.PD-L1', distribution: { dist: uniform, min: 0.2, max: 0.6 } }
    - { path: 'arms[*].modifiers[afami-cel].responseProbability', distribution: { dist: uniform, min: 0.2, max: 0.6 } }
    - { path: 'arms[*].modifiers[afami-cel].logKill', distribution: { dist: uniform, min: 1, max: 5 } }
    - { path: 'arms[pembro].modifiers[pembrolizumab].markerNegativeResponseProbability', distribution: { dist: uniform, min: 0, max: 0.1 } }
    - { path: 'arms[chemo].modifiers[doxorubicin].doseModifyingFactor', distribution: { dist: uniform, min: 1, max: 1.3 } }
`);
    const reference = resultsJson(await runUncertainty(scenario, { workers: 0, meta }));
    for (const workers of [1, 2, 3]) {
      expect(resultsJson(await runUncertainty(scenario, { workers, spawn: fakeWorker, meta }))).toBe(reference);
    }
  });

  test('scenarios with the earlier paths only give the results they gave before marker and modifier paths existed', async () => {
    // SHA-256 of results.json (version 'test', hash 'sha256:test'), computed with the code before this change;
    // recomputed with the same code path when the generators moved to ARC4-derived seeding and portable exp/log, and
    // when they moved to Philox (model 2).
    // The rtsim block is hashed as it was then (without the model and library versions added in 0.2.0), and the arms
    // without the `controlModel` added on 7 December.
    const digest = async (scenario: ResolvedScenario): Promise<string> => {
      const run = await runUncertainty(scenario, { workers: 0, meta });
      const arms = run.arms.map(({ controlModel: _added, ...arm }) => arm);
      const before = { ...run, arms, rtsim: { version: run.rtsim.version, resultsFormat: run.rtsim.resultsFormat } } as unknown as typeof run;
      return createHash('sha256').update(resultsJson(before)).digest('hex');
    };
    const preop = parsed(readFileSync(new URL('../../scenarios/uncertainty-preop.yaml', import.meta.url), 'utf8'));
    const uncertainty = preop.uncertainty;
    if (uncertainty === undefined) throw new Error('the example has no uncertainty section');
    // Every pair of arms, as every run compared before the scenario's `comparisons` existed (tcr-t has two arms).
    expect(await digest({ ...preop, patients: 3000, uncertainty: { ...uncertainty, draws: 6 }, comparisons: 'all' })).toBe('b90344cb1c647aed41bb32547d6443a1831f9f10e3a153169bbb2c216d122c95');
    const tcr = parsed(`${readFileSync(new URL('../../scenarios/multimodal/tcr-t-synovial-sarcoma.yaml', import.meta.url), 'utf8')}uncertainty:
  draws: 5
  parameters:
    - { path: 'cohort.subtypes[*].alpha.mean', distribution: { dist: uniform, min: 0.2, max: 0.3 } }
    - { path: 'arms[*].surgery.residualFraction.R1.median', distribution: { dist: lognormal, median: 1.0e-5, sigma: 1 } }
`);
    expect(await digest({ ...tcr, patients: 3000 })).toBe('8d3d313209c3b4e612a7d1cd6db67a77223b7839924cb87dedb1cb53e0daa322');
  });
});

afterEach(closeFakeWorkers);
