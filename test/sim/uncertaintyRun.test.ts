import { readFileSync } from 'node:fs';
import { normalQuantile } from '@rtsim/core';
import { afterEach, describe, expect, test } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import type { Accumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { serializeAccumulator } from '../../packages/sim/src/cohort/serializeAccumulator.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { createCohortWorkerApi } from '../../packages/sim/src/pool/createCohortWorkerApi.js';
import type { PoolWorker } from '../../packages/sim/src/pool/PoolWorker.js';
import type { PoolProgress } from '../../packages/sim/src/pool/PoolProgress.js';
import { resultsJson } from '../../packages/sim/src/report/resultsJson.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { mixtureQuantile } from '../../packages/sim/src/stats/mixtureQuantile.js';
import { sampleQuantile } from '../../packages/sim/src/stats/sampleQuantile.js';
import { drawParameterSets } from '../../packages/sim/src/uncertainty/drawParameterSets.js';
import { nominalScenario } from '../../packages/sim/src/scenario/nominalScenario.js';
import { outerSummary } from '../../packages/sim/src/uncertainty/outerSummary.js';
import { parameterSets } from '../../packages/sim/src/uncertainty/parameterSets.js';
import { runScenarioSets } from '../../packages/sim/src/uncertainty/runScenarioSets.js';
import { runUncertainty } from '../../packages/sim/src/uncertainty/runUncertainty.js';
import { arm, fixedParameters, scenario, subtype } from './cohortScenario.js';
import { closeFakeWorkers, fakeWorker } from './fakeWorker.js';

// Reference quantiles from scripts/reference/sim_sensitivity.py (numpy type-7 quantiles; bisection on the mixture
// CDF with Python's statistics.NormalDist).
interface Fixture {
  mixtures: { means: number[]; sds: number[]; q025: number; q975: number }[];
  quantiles: { values: number[]; p: number[]; quantiles: number[] }[];
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/sensitivity.json', import.meta.url), 'utf8')) as Fixture;

const meta = { version: 'test', scenarioHash: 'sha256:test' };

/** Two arms, two subtypes, 2 blocks (the last partial), α's mean uncertain: a small two-level run. */
function uncertainScenario(distribution: NonNullable<ResolvedScenario['uncertainty']>['parameters'][number]['distribution'], draws = 6): ResolvedScenario {
  return scenario({
    seed: 424242,
    patients: 2 * 4096 - 91,
    subtypes: [
      subtype('a', fixedParameters({ alpha: { dist: 'normal', mean: 0.3, sd: 0.06, min: 0 }, tumour: { volume: { dist: 'lognormal', median: 20, sigma: 0.5 } } }), 0.6),
      subtype('b', fixedParameters({ alpha: { dist: 'normal', mean: 0.3, sd: 0.06, min: 0 }, alphaBeta: 10 }), 0.4),
    ],
    arms: [arm('conventional'), arm('short', { schedule: { fractions: 5, dose: 5.5, perWeek: 5 } })],
    uncertainty: { draws, parameters: [{ path: 'cohort.subtypes[*].alpha.mean', label: 'mean alpha', distribution }] },
  });
}

afterEach(closeFakeWorkers);

describe('sampleQuantile(sorted, p) and mixtureQuantile(means, sds, p)', () => {
  test('match numpy type-7 quantiles to 1e-15 and the Python mixture bisection to 1e-12', () => {
    for (const { values, p, quantiles } of fixture.quantiles) {
      const sorted = Float64Array.from(values).sort();
      p.forEach((probability, i) => expect(sampleQuantile(sorted, probability)).toBeCloseTo(quantiles[i], 15));
    }
    for (const { means, sds, q025, q975 } of fixture.mixtures) {
      expect(mixtureQuantile(means, sds, 0.025)).toBeCloseTo(q025, 12);
      expect(mixtureQuantile(means, sds, 0.975)).toBeCloseTo(q975, 12);
    }
  });

  test('a single normal gives μ ± σΦ⁻¹(p); point masses give the lower quantile of the means; bad input gives NaN', () => {
    expect(mixtureQuantile([0.9], [0.01], 0.975)).toBeCloseTo(0.9 + 0.01 * normalQuantile(0.975), 14);
    expect(mixtureQuantile([3, 1, 2, 4], [0, 0, 0, 0], 0.5)).toBe(2);
    expect(mixtureQuantile([], [], 0.5)).toBeNaN();
    expect(mixtureQuantile([1], [-1], 0.5)).toBeNaN();
    expect(sampleQuantile([], 0.5)).toBeNaN();
  });
});

describe('drawParameterSets(seed, parameters, draws)', () => {
  const alpha = { distribution: { dist: 'normal', mean: 0.3, sd: 0.03, min: 0 } } as const;
  const density = { distribution: { dist: 'lognormal', median: 1e7, sigma: 1 } } as const;

  test('draw k depends on (seed, k) alone: more draws extend fewer, and an appended parameter leaves the others unchanged', () => {
    const five = drawParameterSets(7, [alpha], 5);
    const ten = drawParameterSets(7, [alpha], 10);
    expect(ten.slice(0, 5)).toEqual(five);
    const two = drawParameterSets(7, [alpha, density], 10);
    expect(two.map((row) => row[0])).toEqual(ten.map((row) => row[0]));
    expect(drawParameterSets(8, [alpha], 5)).not.toEqual(five);
  });

  test('draws follow the distribution: the mean of 4000 normal draws is within 4 SE of 0.3', () => {
    const values = drawParameterSets(11, [alpha], 4000).map((row) => row[0]);
    const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
    expect(Math.abs(mean - 0.3)).toBeLessThan((4 * 0.03) / Math.sqrt(4000));
  });
});

describe('outerSummary(nominal, values, ses)', () => {
  test('with equal values the parameter interval is a point, the share 0, and the combined interval the Monte Carlo interval', () => {
    const summary = outerSummary(0.8, [0.8, 0.8, 0.8], [0.01, 0.01, 0.01]);
    expect(summary.parameterInterval).toEqual([0.8, 0.8]);
    expect(summary.parameterShare).toBe(0);
    expect(summary.combinedInterval[0]).toBeCloseTo(0.8 - 0.01 * normalQuantile(0.975), 12);
    expect(summary.combinedInterval[1]).toBeCloseTo(0.8 + 0.01 * normalQuantile(0.975), 12);
  });

  test('with no Monte Carlo error the combined interval is the spread of the draws and the share 1', () => {
    const summary = outerSummary(2, [1, 2, 3, 4], [0, 0, 0, 0]);
    expect(summary.parameterShare).toBe(1);
    expect(summary.monteCarloSe).toBe(0);
    expect(summary.median).toBe(2.5);
    expect(summary.combinedInterval).toEqual([1, 4]);
  });
});

describe('runUncertainty(scenario, options): two-level runs', () => {
  test('are reproducible, and identical on 0, 1, 2 and 3 workers (results.json byte for byte)', async () => {
    const uncertain = uncertainScenario({ dist: 'normal', mean: 0.3, sd: 0.03, min: 0.1 });
    const reference = resultsJson(await runUncertainty(uncertain, { workers: 0, meta }));
    expect(resultsJson(await runUncertainty(uncertain, { workers: 0, meta }))).toBe(reference);
    for (const workers of [1, 2, 3]) {
      expect(resultsJson(await runUncertainty(uncertain, { workers, spawn: fakeWorker, meta }))).toBe(reference);
    }
  });

  test('report the nominal set as the ordinary results, and K draws per arm and pair', async () => {
    const uncertain = uncertainScenario({ dist: 'normal', mean: 0.3, sd: 0.03, min: 0.1 }, 12);
    const results = await runUncertainty(uncertain, { workers: 0, meta });
    const plain = nominalScenario(uncertain);
    const ordinary = summarize(await runInThread(plain), compilePlan(plain), meta);
    const { uncertainty, ...rest } = results;
    expect(resultsJson(rest)).toBe(resultsJson(ordinary));
    expect(uncertainty?.draws).toBe(12);
    expect(uncertainty?.parameters[0]?.draws).toHaveLength(12);
    expect(uncertainty?.parameters[0]?.nominal).toBe(0.3);
    expect(uncertainty?.arms.map((a) => a.controlRate.nominal)).toEqual(ordinary.arms.map((a) => a.controlRate));
    const pair = uncertainty?.comparisons[0];
    const discordant = ordinary.comparisons[0]?.discordant;
    expect(pair?.controlRateDifference.nominal).toBe(((discordant?.aOnly ?? 0) - (discordant?.bOnly ?? 0)) / ordinary.patients);
    // α's mean matters a great deal for control: its uncertainty dominates the Monte Carlo error of 8000 patients.
    expect(uncertainty?.arms[0]?.controlRate.parameterShare).toBeGreaterThan(0.9);
    const [lower, upper] = uncertainty?.arms[0]?.controlRate.parameterInterval ?? [0, 0];
    expect(upper - lower).toBeGreaterThan(0.1);
  });

  test('with zero parameter uncertainty the outer interval collapses to the Monte Carlo interval', async () => {
    // The "uncertain" α mean is fixed at its nominal value: every draw is the nominal set, patients and all.
    const results = await runUncertainty(uncertainScenario({ dist: 'fixed', value: 0.3 }, 5), { workers: 0, meta });
    const z = normalQuantile(0.975);
    for (const [a, arm] of results.arms.entries()) {
      const summary = results.uncertainty?.arms[a]?.controlRate;
      const se = Math.sqrt((arm.controlRate * (1 - arm.controlRate)) / arm.patients);
      expect(summary?.draws).toEqual(new Array(5).fill(arm.controlRate));
      expect(summary?.parameterInterval).toEqual([arm.controlRate, arm.controlRate]);
      expect(summary?.parameterShare).toBe(0);
      expect(summary?.monteCarloSe).toBeCloseTo(se, 15);
      expect(summary?.combinedInterval[0]).toBeCloseTo(arm.controlRate - z * se, 12);
      expect(summary?.combinedInterval[1]).toBeCloseTo(arm.controlRate + z * se, 12);
    }
    const pair = results.uncertainty?.comparisons[0];
    expect(pair?.controlRateDifference.parameterInterval[0]).toBe(pair?.controlRateDifference.parameterInterval[1]);
    expect(pair?.probabilityABetter).toBeOneOf([0, 0.5, 1]);
  });

  test('P(a beats b) is one half for two identical arms (every draw a tie), with sampling error 0.5/√K', async () => {
    const twins = { ...uncertainScenario({ dist: 'normal', mean: 0.3, sd: 0.03, min: 0.1 }, 4), arms: [arm('one'), arm('two')] };
    const results = await runUncertainty(twins, { workers: 0, meta });
    expect(results.uncertainty?.comparisons[0]?.probabilityABetter).toBe(0.5);
    expect(results.uncertainty?.comparisons[0]?.probabilityABetterSe).toBe(0.25);
  });
});

describe('runScenarioSets(options)', () => {
  test('runs only the requested (set, block) units, and rejects a unit outside its set or given twice', async () => {
    const sets = parameterSets(uncertainScenario({ dist: 'uniform', min: 0.25, max: 0.35 }, 2));
    const accumulators = await runScenarioSets({ scenarios: sets.scenarios, units: [[0, 1], [2, 0]], workers: 0 });
    expect(accumulators.map((acc) => Array.from(acc?.covered ?? []))).toEqual([[0, 1], [0, 0], [1, 0]]);
    await expect(runScenarioSets({ scenarios: sets.scenarios, units: [[1, 2]], workers: 0 })).rejects.toThrow(/block 2 is not part of set 1/);
    await expect(runScenarioSets({ scenarios: sets.scenarios, units: [[1, 0], [1, 0]], workers: 0 })).rejects.toThrow(/requested twice/);
  });

  test('on workers, batches of several blocks of one set give accumulators identical to the calling thread', async () => {
    const sets = parameterSets(uncertainScenario({ dist: 'uniform', min: 0.25, max: 0.35 }, 2));
    const scenarios = sets.scenarios.map((s, set) => ({ ...s, patients: (12 - 4 * set) * 4096 - 5 }));
    const serialized = (accumulators: (Accumulator | undefined)[]): string[] => accumulators.map((acc) => JSON.stringify(serializeAccumulator(acc as Accumulator)));
    const reference = serialized(await runScenarioSets({ scenarios, workers: 0 }));
    const batches: number[] = [];
    const events: PoolProgress[] = [];
    const spawn = (): PoolWorker => {
      const api = createCohortWorkerApi();
      return fakeWorker({ ...api, computeBlocks: (blocks) => (batches.push(blocks.length), api.computeBlocks(blocks)) });
    };
    expect(serialized(await runScenarioSets({ scenarios, workers: 1, spawn, onProgress: (p) => events.push(p) }))).toEqual(reference);
    expect(Math.max(...batches)).toBeGreaterThan(1);
    expect(events.length).toBe(batches.length);
    expect(events.at(-1)).toEqual({ blocksDone: 24, blocksTotal: 24, patientsDone: 24 * 4096 - 15, patientsTotal: 24 * 4096 - 15 });
  });

  test('a worker that fails to load a set rejects the run naming the set', async () => {
    const sets = parameterSets(uncertainScenario({ dist: 'uniform', min: 0.25, max: 0.35 }, 2));
    const spawn = (): PoolWorker => {
      const api = createCohortWorkerApi();
      const init = (s: ResolvedScenario): void => {
        if (JSON.stringify(s) === JSON.stringify(sets.scenarios[2])) throw new Error('out of memory (simulated)');
        api.init(s);
      };
      return fakeWorker({ ...api, init });
    };
    await expect(runScenarioSets({ scenarios: sets.scenarios, workers: 2, spawn })).rejects.toThrow(/worker \d could not load set 2: out of memory \(simulated\)/);
  });
});
