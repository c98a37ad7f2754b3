import { readFileSync } from 'node:fs';
import { normalQuantile } from '@rtsim/core';
import { describe, expect, test } from 'vitest';
import { uncertaintyTable } from '../../packages/sim/src/cli/uncertaintyTable.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { uncertaintySection } from '../../packages/sim/src/report/uncertaintySection.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { parameterSets } from '../../packages/sim/src/uncertainty/parameterSets.js';
import { runUncertainty } from '../../packages/sim/src/uncertainty/runUncertainty.js';
import { uncertainEndpointRows } from '../../packages/sim/src/uncertainty/uncertainEndpointRows.js';
import { parsedScenario } from './parsedScenario.js';

// Two-level summaries of the endpoints at the follow-up times (docs/uncertainty.md, "Endpoints at the follow-up
// times"): each set's LC, metastasis incidence and OS at each `followUp.at` time, summarised over the sets.

const meta = { version: 'test', scenarioHash: 'sha256:test' };

/** Two residual-disease arms with metastasis; `parameters` the uncertainty section's list (YAML flow mappings). */
function scenarioText(parameters: readonly string[], followUp = '{ years: 5, at: [1, 3, 5] }', draws = 4, extra = ''): string {
  return `version: 1
name: endpoints under parameter uncertainty
references: ["test scenario"]
seed: 20261207
patients: 3000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
  - { id: postop, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { R0-wide: 0.8, R1-planned: 0.2 } } }
  - { id: alone, localControl: residual-disease, schedule: { fractions: 1, dose: 0 }, surgery: { day: 0, margins: { R0-wide: 0.8, R1-planned: 0.2 } } }
followUp: ${followUp}
metastasis: {}
${extra}uncertainty:
  draws: ${draws}
  parameters:
${parameters.map((parameter) => `    - ${parameter}`).join('\n')}
`;
}

/** Each parameter set run on its own as an ordinary trial: what the two-level summary must agree with. */
async function setResults(scenario: ResolvedScenario): Promise<TrialResults[]> {
  return Promise.all(parameterSets(scenario).scenarios.map(async (set) => summarize(await runInThread(set), compilePlan(set), meta)));
}

const binomialSe = (p: number, n: number): number => Math.sqrt((p * (1 - p)) / n);

describe('uncertainty at the follow-up times', () => {
  const dormancy = '{ path: localControlModel.dormantShare, label: dormant share, distribution: { dist: uniform, min: 0.2, max: 0.8 } }';
  const intercept = '{ path: metastasis.model.interceptLogOdds, distribution: { dist: uniform, min: -4, max: -1.5 } }';

  test('each set\'s LC, DMFS, metastasis incidence, DSS and OS at each time, with their SEs, are the draws of the summary', async () => {
    const scenario = parsedScenario(scenarioText([dormancy, intercept]));
    const [nominal, ...draws] = await setResults(scenario);
    const results = await runUncertainty(scenario, { workers: 0, meta });
    for (const [a, arm] of (results.uncertainty?.arms ?? []).entries()) {
      expect(arm.atTimes?.map((at) => at.years)).toEqual([1, 3, 5]);
      for (const [t, at] of (arm.atTimes ?? []).entries()) {
        const lc = (set: TrialResults | undefined): number | null | undefined => set?.arms[a]?.localControlAtTimes?.[t]?.localControl;
        const later = (set: TrialResults | undefined) => set?.arms[a]?.competingEvents?.metastasis?.atTimes?.[t];
        expect(at.localControl?.nominal).toBe(lc(nominal));
        expect(at.localControl?.draws).toEqual(draws.map(lc));
        expect(at.metastasisIncidence?.draws).toEqual(draws.map((set) => later(set)?.metastasisIncidence));
        expect(at.overallSurvival?.nominal).toBe(later(nominal)?.overallSurvival);
        expect(at.overallSurvival?.draws).toEqual(draws.map((set) => later(set)?.overallSurvival));
        // monteCarloSe is the root mean square of the sets' binomial SEs on the arm's patients.
        const n = nominal?.arms[a]?.patients ?? Number.NaN;
        const rms = (value: (set: TrialResults | undefined) => number | null | undefined): number =>
          Math.sqrt(draws.reduce((sum, set) => sum + binomialSe(value(set) ?? Number.NaN, n) ** 2, 0) / draws.length);
        expect(at.localControl?.monteCarloSe).toBeCloseTo(rms(lc), 15);
        expect(at.metastasisIncidence?.monteCarloSe).toBeCloseTo(rms((set) => later(set)?.metastasisIncidence), 15);
        expect(at.overallSurvival?.monteCarloSe).toBeCloseTo(rms((set) => later(set)?.overallSurvival), 15);
        // DMFS and DSS: each set's Kaplan–Meier value, with the Greenwood SE its results give beside it.
        expect(at.distantMetastasisFreeSurvival?.nominal).toBe(later(nominal)?.distantMetastasisFreeSurvival);
        expect(at.distantMetastasisFreeSurvival?.draws).toEqual(draws.map((set) => later(set)?.distantMetastasisFreeSurvival));
        expect(at.diseaseSpecificSurvival?.draws).toEqual(draws.map((set) => later(set)?.diseaseSpecificSurvival));
        const rmsOf = (se: (set: TrialResults | undefined) => number | null | undefined): number =>
          Math.sqrt(draws.reduce((sum, set) => sum + (se(set) ?? Number.NaN) ** 2, 0) / draws.length);
        expect(at.distantMetastasisFreeSurvival?.monteCarloSe).toBeCloseTo(rmsOf((set) => later(set)?.distantMetastasisFreeSurvivalSe), 15);
        expect(at.diseaseSpecificSurvival?.monteCarloSe).toBeCloseTo(rmsOf((set) => later(set)?.diseaseSpecificSurvivalSe), 15);
        // Without `background` nobody dies of other causes, nobody is censored, and Greenwood's SE is the binomial one.
        expect(at.distantMetastasisFreeSurvival?.monteCarloSe).toBeCloseTo(rms((set) => later(set)?.distantMetastasisFreeSurvival), 12);
        expect(at.diseaseSpecificSurvival?.monteCarloSe).toBeCloseTo(rms((set) => later(set)?.diseaseSpecificSurvival), 12);
      }
    }
    // The dormant share delays recurrences without changing who recurs: it moves LC at 1 and 3 years, and the
    // control rate (every failure counted, detected within follow-up or after) stays the same in every set.
    const postop = results.uncertainty?.arms[0];
    for (const draw of postop?.controlRate.draws ?? []) expect(draw).toBe(postop?.controlRate.nominal);
    // With the same patients in every set a larger share dormant only delays detections, so LC at each time rises
    // with it, set by set.
    const shares = results.uncertainty?.parameters[0]?.draws ?? [];
    const order = [...shares.keys()].sort((i, j) => shares[i] - shares[j]);
    for (const at of postop?.atTimes?.slice(0, 2) ?? []) {
      const lc = order.map((k) => at.localControl?.draws[k] ?? Number.NaN);
      for (let k = 1; k < lc.length; k++) expect(lc[k]).toBeGreaterThanOrEqual(lc[k - 1]);
      expect(lc[lc.length - 1]).toBeGreaterThan(lc[0]);
    }
  });

  test('with zero parameter uncertainty every endpoint collapses to its Monte Carlo interval', async () => {
    const fixed = '{ path: localControlModel.dormantShare, distribution: { dist: fixed, value: 0.5 } }';
    // The "uncertain" number is fixed at the scenario's own value: every draw is the nominal set, patients and all.
    const results = await runUncertainty(parsedScenario(scenarioText([fixed], undefined, 4, 'localControlModel: { dormantShare: 0.5 }\n')), { workers: 0, meta });
    const z = normalQuantile(0.975);
    for (const [a, arm] of (results.uncertainty?.arms ?? []).entries()) {
      const n = results.arms[a]?.patients ?? Number.NaN;
      for (const at of arm.atTimes ?? []) {
        for (const summary of [at.localControl, at.metastasisIncidence, at.overallSurvival]) {
          const p = summary?.nominal ?? Number.NaN;
          expect(summary?.draws).toEqual(new Array(4).fill(p));
          expect(summary?.parameterInterval).toEqual([p, p]);
          expect(summary?.parameterShare).toBe(0);
          expect(summary?.combinedInterval[0]).toBeCloseTo(p - z * binomialSe(p, n), 12);
          expect(summary?.combinedInterval[1]).toBeCloseTo(p + z * binomialSe(p, n), 12);
        }
      }
    }
  });

  test('without follow-up times, or without metastasis, the fields are absent', async () => {
    const none = await runUncertainty(parsedScenario(scenarioText([dormancy], '{ years: 5 }', 2)), { workers: 0, meta });
    expect(none.uncertainty?.arms.every((arm) => arm.atTimes === undefined)).toBe(true);
    expect(uncertainEndpointRows(none.uncertainty ?? { draws: 0, seeding: 'common-random-numbers', parameters: [], arms: [], comparisons: [] })).toEqual([]);
    const local = await runUncertainty(parsedScenario(scenarioText([dormancy], '{ years: 5, at: [2] }', 2).replace('metastasis: {}\n', '')), { workers: 0, meta });
    const at = local.uncertainty?.arms[0]?.atTimes?.[0];
    expect(at?.localControl?.draws).toHaveLength(2);
    expect(at).not.toHaveProperty('overallSurvival');
    expect(at).not.toHaveProperty('metastasisIncidence');
  });

  test('the terminal table, the report and the rows list arm by arm, time by time, LC, DMFS, metastasis, DSS, OS', async () => {
    const results = await runUncertainty(parsedScenario(scenarioText([intercept], '{ years: 5, at: [2, 5] }', 3)), { workers: 0, meta });
    const rows = uncertainEndpointRows(results.uncertainty ?? { draws: 0, seeding: 'common-random-numbers', parameters: [], arms: [], comparisons: [] });
    const labels = (arm: string): string[] => [2, 5].flatMap((years) => ['LC', 'DMFS', 'metastasis', 'DSS', 'OS'].map((endpoint) => `${arm} · ${endpoint} ${years} y`));
    expect(rows.map((row) => row.label)).toEqual([...labels('postop'), ...labels('alone')]);
    expect(uncertaintyTable(results)).toContain('DMFS: metastasis, death from other causes censored (Greenwood SE). metastasis: cumulative incidence, death a competing event. DSS: death from sarcoma, death from other causes censored (Greenwood SE).');
    const table = uncertaintyTable(results);
    const os = results.uncertainty?.arms[1]?.atTimes?.[1]?.overallSurvival;
    const line = table.split('\n').find((text) => text.startsWith('alone · OS 5 y'));
    expect(line).toContain(`${(100 * (os?.nominal ?? Number.NaN)).toFixed(1)}`);
    expect(line).toContain(`[${(100 * (os?.parameterInterval[0] ?? Number.NaN)).toFixed(1)}, ${(100 * (os?.parameterInterval[1] ?? Number.NaN)).toFixed(1)}]`);
    const html = uncertaintySection(results);
    expect(html).toContain('Endpoints at the follow-up times (%) over the parameter sets');
    expect(html).toContain('<td class="text">postop · metastasis 5 y</td>');
    expect((html.match(/<svg/g) ?? []).length).toBe(4); // control rate, difference, endpoints, paired differences at the times
  });
});

describe('Greenwood\'s SE is the Monte Carlo SE of a set\'s DMFS and DSS when deaths from other causes censor them', () => {
  test('over 16 seeds the spread of DMFS and DSS at 5 years matches the mean Greenwood SE (χ² on 15 degrees of freedom, 99 %)', async () => {
    // Old patients with a life table: many die of other causes first, so DMFS and DSS are censored and Greenwood's
    // SE exceeds the binomial one. The seeds give 16 independent virtual arms; their sample SD estimates the true
    // Monte Carlo SE, whose ratio to it lies in [√(χ²₁₅(0.005)/15), √(χ²₁₅(0.995)/15)] = [0.55, 1.45] 99 % of the time.
    const seeds = Array.from({ length: 16 }, (_, k) => 101 + k);
    const outcomes = await Promise.all(
      seeds.map(async (seed) => {
        const text = scenarioText([], '{ years: 5, at: [5] }', 2, 'background: { lifeTable: us-ssa-2017, sex: { female: 0.45 } }\n')
          .replace('seed: 20261207', `seed: ${seed}`)
          .replace('patients: 3000', 'patients: 1500')
          .replace('  subtypes: [{ ref: sts }]', '  subtypes: [{ ref: sts }]\n  covariates: { age: { dist: normal, mean: 78, sd: 6, min: 60, max: 95 } }')
          .replace(/uncertainty:[\s\S]*$/, '');
        const scenario = parsedScenario(text);
        return summarize(await runInThread(scenario), compilePlan(scenario), meta).arms[1]?.competingEvents?.metastasis?.atTimes?.[0];
      }),
    );
    const spread = (values: number[]): number => {
      const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
      return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1));
    };
    const check = (value: (at: (typeof outcomes)[number]) => number | null | undefined, se: (at: (typeof outcomes)[number]) => number | null | undefined): void => {
      const values = outcomes.map((at) => value(at) ?? Number.NaN);
      const greenwood = Math.sqrt(outcomes.reduce((sum, at) => sum + (se(at) ?? Number.NaN) ** 2, 0) / outcomes.length);
      const ratio = spread(values) / greenwood;
      expect(ratio).toBeGreaterThan(0.55);
      expect(ratio).toBeLessThan(1.45);
      // The censoring is real: Greenwood's SE is above the binomial SE of the same value on the arm's patients.
      for (const at of outcomes) expect(se(at) ?? 0).toBeGreaterThan(binomialSe(value(at) ?? Number.NaN, 1500));
    };
    check((at) => at?.distantMetastasisFreeSurvival, (at) => at?.distantMetastasisFreeSurvivalSe);
    check((at) => at?.diseaseSpecificSurvival, (at) => at?.diseaseSpecificSurvivalSe);
  });
});

describe('docs/uncertainty.md, "Endpoints at the follow-up times"', () => {
  test('its example: the control rate flat, LC at 2 years and OS at 5 years spanning the points it states', async () => {
    const text = `version: 1
name: uncertainty endpoints example
references: ["test scenario"]
seed: 11
patients: 4000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
  - { id: postop, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { R0-wide: 1 } } }
followUp: { years: 5, at: [2, 5] }
metastasis: {}
uncertainty:
  draws: 20
  parameters:
    - { path: metastasis.model.interceptLogOdds, distribution: { dist: uniform, min: -4, max: -1 } }
    - { path: localControlModel.dormantShare, distribution: { dist: uniform, min: 0.3, max: 0.7 } }
`;
    const arm = (await runUncertainty(parsedScenario(text), { workers: 0, meta })).uncertainty?.arms[0];
    const span = (summary: { parameterInterval: readonly [number, number] } | null | undefined): number =>
      Math.round(100 * ((summary?.parameterInterval[1] ?? Number.NaN) - (summary?.parameterInterval[0] ?? Number.NaN)));
    const doc = readFileSync(new URL('../../docs/uncertainty.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const stated = /LC at 2 years spans about (\d+) percentage points and OS at 5 years about (\d+)/.exec(doc);
    expect(stated).not.toBeNull();
    expect(span(arm?.controlRate)).toBe(0);
    // And the control rate against LC at the horizon, which the doc quotes to show that some failures come later.
    const horizon = /the control rate is ([\d.]+) %, LC at the 5-year horizon ([\d.]+) %/.exec(doc);
    expect(horizon).not.toBeNull();
    expect((100 * (arm?.controlRate.nominal ?? Number.NaN)).toFixed(1)).toBe(horizon?.[1]);
    expect((100 * (arm?.atTimes?.[1]?.localControl?.nominal ?? Number.NaN)).toFixed(1)).toBe(horizon?.[2]);
    expect(span(arm?.atTimes?.[0]?.localControl)).toBe(Number(stated?.[1]));
    expect(span(arm?.atTimes?.[1]?.overallSurvival)).toBe(Number(stated?.[2]));
  });
});

describe('uncertainty at the follow-up times of SBRT of metastases (progression)', () => {
  test('PFS and OS at each time are each set\'s own, with LC, with binomial SEs; OS a point, since nothing uncertain reaches it', async () => {
    const shipped = readFileSync(new URL('../../scenarios/sbrt-lung-metastases-lesions.yaml', import.meta.url), 'utf8');
    const uncertain = `${shipped.replace('patients: 20000', 'patients: 1500')}uncertainty:
  draws: 3
  parameters:
    - { path: localControlModel.hypoxicFractionAt8cm, distribution: { dist: uniform, min: 0.1, max: 0.4 } }
`;
    const scenario = parsedScenario(uncertain, 'sbrt-lung-metastases-lesions.yaml');
    const [nominal, ...draws] = await setResults(scenario);
    const results = await runUncertainty(scenario, { workers: 0, meta });
    for (const [a, arm] of (results.uncertainty?.arms ?? []).entries()) {
      expect(arm.atTimes?.map((at) => at.years)).toEqual([1, 2, 3]);
      for (const [t, at] of (arm.atTimes ?? []).entries()) {
        const after = (set: TrialResults | undefined) => set?.arms[a]?.progression?.atTimes?.[t];
        expect(at).not.toHaveProperty('metastasisIncidence');
        expect(at.progressionFreeSurvival?.nominal).toBe(after(nominal)?.progressionFreeSurvival);
        expect(at.progressionFreeSurvival?.draws).toEqual(draws.map((set) => after(set)?.progressionFreeSurvival));
        expect(at.overallSurvival?.draws).toEqual(draws.map((set) => after(set)?.overallSurvival));
        expect(at.localControl?.draws).toEqual(draws.map((set) => set?.arms[a]?.localControlAtTimes?.[t]?.localControl));
        const n = nominal?.arms[a]?.patients ?? Number.NaN;
        const rms = Math.sqrt(draws.reduce((sum, set) => sum + binomialSe(after(set)?.progressionFreeSurvival ?? Number.NaN, n) ** 2, 0) / draws.length);
        expect(at.progressionFreeSurvival?.monteCarloSe).toBeCloseTo(rms, 15);
        // Death after SBRT comes from the progression model's library values and its own uniforms alone.
        expect(at.overallSurvival?.nominal).toBe(after(nominal)?.overallSurvival);
        for (const draw of at.overallSurvival?.draws ?? []) expect(draw).toBe(at.overallSurvival?.nominal);
      }
    }
    // Lesion hypoxia moves lesion control, hence PFS: the sets differ.
    const pfs = results.uncertainty?.arms[0]?.atTimes?.[2]?.progressionFreeSurvival?.draws ?? [];
    expect(new Set(pfs).size).toBeGreaterThan(1);
    expect(uncertaintyTable(results)).toMatch(/3x15 · PFS 3 y/);
    expect(uncertaintyTable(results)).toContain('PFS: alive without local failure of a treated lesion or new metastasis. OS: death from sarcoma (no background: sarcoma only).');
  });
});
