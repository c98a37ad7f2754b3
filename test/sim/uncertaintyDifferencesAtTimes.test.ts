import { readFileSync } from 'node:fs';
import { normalQuantile } from '@rtsim/core';
import { describe, expect, test } from 'vitest';
import { uncertaintyTable } from '../../packages/sim/src/cli/uncertaintyTable.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { PairedSurvivalAtTime, TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { uncertaintySection } from '../../packages/sim/src/report/uncertaintySection.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { parameterSets } from '../../packages/sim/src/uncertainty/parameterSets.js';
import { runUncertainty } from '../../packages/sim/src/uncertainty/runUncertainty.js';
import { uncertainEndpointRows } from '../../packages/sim/src/uncertainty/uncertainEndpointRows.js';
import { parsedScenario } from './parsedScenario.js';

// Two-level summaries of the pairs' paired differences at the follow-up times (docs/uncertainty.md, "Endpoints at the
// follow-up times"): each set's paired difference a − b of LC, metastasis incidence and OS at each `followUp.at`
// time, summarised over the sets with the paired Monte Carlo SE.

const meta = { version: 'test', scenarioHash: 'sha256:test' };
const margins = 'margins: { R0-wide: 0.6, R0-close: 0.3, R1-planned: 0.1 }';

/** Postoperative RT against surgery alone; `parameters` the uncertainty section's list (YAML flow mappings). */
function scenarioText(parameters: string | readonly string[], sections: string, extra = '', run = { seed: 20261208, patients: 3000, draws: 4 }): string {
  return `version: 1
name: paired differences under parameter uncertainty
references: ["test scenario"]
seed: ${run.seed}
patients: ${run.patients}
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
  - { id: postop, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, ${margins} } }
  - { id: alone, localControl: residual-disease, schedule: { fractions: 1, dose: 0 }, surgery: { day: 0, ${margins} } }
followUp: { years: 5, at: [2, 5] }
${sections}${extra}uncertainty:
  draws: ${run.draws}
  parameters:
${[parameters].flat().map((parameter) => `    - ${parameter}`).join('\n')}
`;
}

const residue = '{ path: localControlModel.residualClonogens.median, label: residue, distribution: { dist: lognormal, median: 2.4e5, sigma: 1.5 } }';

async function setResults(scenario: ResolvedScenario): Promise<TrialResults[]> {
  return Promise.all(parameterSets(scenario).scenarios.map(async (set) => summarize(await runInThread(set), compilePlan(set), meta)));
}

/** The paired SE of a difference of n patients from its discordant counts, √(((b + c)/n − d²)/n). */
const pairedSe = (at: PairedSurvivalAtTime | undefined, n: number): number => {
  const d = at?.difference ?? Number.NaN;
  return Math.sqrt(((at?.eventInAOnly ?? Number.NaN) + (at?.eventInBOnly ?? Number.NaN)) / n - d * d) / Math.sqrt(n);
};

describe('uncertainty: paired differences at the follow-up times', () => {
  test('LC a − b of each set is a draw, with the paired SE', async () => {
    const scenario = parsedScenario(scenarioText(residue, ''));
    const [nominal, ...draws] = await setResults(scenario);
    const results = await runUncertainty(scenario, { workers: 0, meta });
    const pair = results.uncertainty?.comparisons[0];
    expect(pair?.atTimes?.map((at) => at.years)).toEqual([2, 5]);
    for (const [t, at] of (pair?.atTimes ?? []).entries()) {
      expect(Object.keys(at)).toEqual(['years', 'localControl']);
      const of = (set: TrialResults | undefined): PairedSurvivalAtTime | undefined => set?.comparisons[0]?.localControlAtTimes?.[t];
      expect(at.localControl?.nominal).toBe(of(nominal)?.difference);
      expect(at.localControl?.draws).toEqual(draws.map((set) => of(set)?.difference));
      const n = scenario.patients;
      const rms = Math.sqrt(draws.reduce((sum, set) => sum + pairedSe(of(set), n) ** 2, 0) / draws.length);
      expect(at.localControl?.monteCarloSe).toBeCloseTo(rms, 15);
    }
    // The residue moves control in the resected arms, unequally: the difference spreads over the sets.
    const at5 = pair?.atTimes?.[1]?.localControl;
    expect(new Set(at5?.draws).size).toBeGreaterThan(1);
  });

  test('with metastasis: LC, metastasis incidence and OS a − b', async () => {
    const intercept = '{ path: metastasis.model.interceptLogOdds, distribution: { dist: uniform, min: -4, max: -1.5 } }';
    const scenario = parsedScenario(scenarioText(intercept, 'metastasis: {}\n'));
    const [nominal, ...draws] = await setResults(scenario);
    const results = await runUncertainty(scenario, { workers: 0, meta });
    for (const [t, at] of (results.uncertainty?.comparisons[0]?.atTimes ?? []).entries()) {
      expect(Object.keys(at)).toEqual(['years', 'localControl', 'metastasisIncidence', 'overallSurvival']);
      expect(at.localControl?.draws).toEqual(draws.map((set) => set.comparisons[0]?.localControlAtTimes?.[t]?.difference));
      const metastasis = (set: TrialResults | undefined) => set?.comparisons[0]?.competingEvents?.distantMetastasisFreeSurvival?.incidenceAtTimes?.[t];
      const os = (set: TrialResults | undefined) => set?.comparisons[0]?.competingEvents?.overallSurvival?.atTimes?.[t];
      expect(at.metastasisIncidence?.nominal).toBe(metastasis(nominal)?.difference);
      expect(at.metastasisIncidence?.draws).toEqual(draws.map((set) => metastasis(set)?.difference));
      expect(at.overallSurvival?.draws).toEqual(draws.map((set) => os(set)?.difference));
    }
  });

  test('SBRT of metastases: LC and PFS a − b of each set are the draws; OS, the same in every arm, is not among them', async () => {
    const shipped = readFileSync(new URL('../../scenarios/sbrt-lung-metastases-lesions.yaml', import.meta.url), 'utf8');
    const scenario = parsedScenario(`${shipped.replace('patients: 20000', 'patients: 1500')}uncertainty:
  draws: 3
  parameters:
    - { path: localControlModel.hypoxicFractionAt8cm, distribution: { dist: uniform, min: 0.1, max: 0.4 } }
`);
    const [nominal, ...draws] = await setResults(scenario);
    const results = await runUncertainty(scenario, { workers: 0, meta });
    const pair = results.uncertainty?.comparisons[0];
    expect(pair?.atTimes?.length).toBe(scenario.followUp.at?.length);
    for (const [t, at] of (pair?.atTimes ?? []).entries()) {
      expect(Object.keys(at)).toEqual(['years', 'localControl', 'progressionFreeSurvival']);
      const lc = (set: TrialResults | undefined) => set?.comparisons[0]?.localControlAtTimes?.[t];
      expect(at.localControl?.draws).toEqual(draws.map((set) => lc(set)?.difference));
      const pfs = (set: TrialResults | undefined) => set?.comparisons[0]?.progression?.progressionFreeSurvival.atTimes?.[t];
      expect(at.progressionFreeSurvival?.nominal).toBe(pfs(nominal)?.difference);
      expect(at.progressionFreeSurvival?.draws).toEqual(draws.map((set) => pfs(set)?.difference));
      const n = scenario.patients;
      const rms = Math.sqrt(draws.reduce((sum, set) => sum + pairedSe(pfs(set), n) ** 2, 0) / draws.length);
      expect(at.progressionFreeSurvival?.monteCarloSe).toBeCloseTo(rms, 15);
    }
  });

  test('with zero parameter uncertainty each difference collapses to nominal ± 1.96 paired SE', async () => {
    const fixed = '{ path: localControlModel.residualClonogens.median, distribution: { dist: fixed, value: 2.4e5 } }';
    const scenario = parsedScenario(scenarioText(fixed, '', 'localControlModel: { residualClonogens: { median: 2.4e5 } }\n'));
    const [nominal] = await setResults(scenario);
    const results = await runUncertainty(scenario, { workers: 0, meta });
    const z = normalQuantile(0.975);
    for (const [t, at] of (results.uncertainty?.comparisons[0]?.atTimes ?? []).entries()) {
      const d = at.localControl?.nominal ?? Number.NaN;
      const se = pairedSe(nominal?.comparisons[0]?.localControlAtTimes?.[t], scenario.patients);
      expect(at.localControl?.draws).toEqual(new Array(4).fill(d));
      expect(at.localControl?.parameterShare).toBe(0);
      expect(at.localControl?.combinedInterval[0]).toBeCloseTo(d - z * se, 12);
      expect(at.localControl?.combinedInterval[1]).toBeCloseTo(d + z * se, 12);
    }
  });

  test('its example in docs/uncertainty.md: the LC benefit of postoperative RT at 5 years and its intervals', async () => {
    const bed = '{ path: localControlModel.tumourBedHypoxicFraction, label: bed hypoxia, distribution: { dist: uniform, min: 0.003, max: 0.03 } }';
    const text = scenarioText([residue, bed], '', '', { seed: 11, patients: 4000, draws: 20 });
    const u = (await runUncertainty(parsedScenario(text), { workers: 0, meta })).uncertainty;
    const points = (value: number | undefined): string => (100 * (value ?? Number.NaN)).toFixed(1);
    const lc5 = u?.comparisons[0]?.atTimes?.[1]?.localControl;
    const doc = readFileSync(new URL('../../docs/uncertainty.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const stated = /LC at 5 years is better with RT by ([\d.]+) points at the nominal set and by ([\d.]+) to ([\d.]+) points over the parameter sets, and the combined interval, ([\d.]+) to ([\d.]+), stays clear of 0/.exec(doc);
    expect(stated?.slice(1)).toEqual([points(lc5?.nominal), points(lc5?.parameterInterval[0]), points(lc5?.parameterInterval[1]), points(lc5?.combinedInterval[0]), points(lc5?.combinedInterval[1])]);
    const se = /paired Monte Carlo SE, ([\d.]+) points, is below either arm's binomial SE \(([\d.]+) and ([\d.]+) points\)/.exec(doc);
    const armSe = (a: number): string => (100 * (u?.arms[a]?.atTimes?.[1]?.localControl?.monteCarloSe ?? Number.NaN)).toFixed(2);
    expect(se?.slice(1)).toEqual([(100 * (lc5?.monteCarloSe ?? Number.NaN)).toFixed(2), armSe(0), armSe(1)]);
  });

  test('the rows, the terminal table, the report list them pair by pair, time by time', async () => {
    const results = await runUncertainty(parsedScenario(scenarioText(residue, '')), { workers: 0, meta });
    const u = results.uncertainty ?? { draws: 0, seeding: 'common-random-numbers' as const, parameters: [], arms: [], comparisons: [] };
    expect(uncertainEndpointRows(u, 'differences').map((row) => row.label)).toEqual(['postop − alone · LC 2 y', 'postop − alone · LC 5 y']);
    const at5 = u.comparisons[0]?.atTimes?.[1]?.localControl;
    const line = uncertaintyTable(results).split('\n').find((text) => text.startsWith('postop − alone · LC 5 y'));
    const points = (value: number | undefined): string => `${(value ?? Number.NaN) >= 0 ? '+' : ''}${(100 * (value ?? Number.NaN)).toFixed(1)}`;
    expect(line).toContain(points(at5?.nominal));
    expect(uncertaintyTable(results)).toContain('a − b on the same patients in each set (MC SE paired).');
    expect(uncertaintySection(results)).toContain('<td class="text">postop − alone · LC 5 y</td>');
  });
});
