// The biomarker and prescription sections of block partials stream like the rest: exact, independent of block
// order, shard split and serialisation, with memory fixed by the scenario (not the patient count).
import { describe, expect, it } from 'vitest';
import { addBlock } from '../../packages/sim/src/cohort/addBlock.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { createAccumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import type { Accumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import { mergeAccumulators } from '../../packages/sim/src/cohort/mergeAccumulators.js';
import { parseAccumulator } from '../../packages/sim/src/cohort/parseAccumulator.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { serializeAccumulator } from '../../packages/sim/src/cohort/serializeAccumulator.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { fixedPointToNumber } from '../../packages/sim/src/stats/fixedPointToNumber.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';

const text = `version: 1
name: streaming biomarkers
references: [test values]
seed: 31
patients: ${3 * 4096 - 700}
cohort:
  clonogenDensity: 1.0e7
  volume: { dist: lognormal, median: 60, sigma: 0.8 }
  markers: { PD-L1: 0.4 }
  subtypes:
    - id: a
      parameters: { doublingTime: 10, kickoffTime: 21, rsi: { dist: uniform, min: 0.2, max: 0.8 } }
    - id: b
      weight: 0.5
      parameters: { alpha: { dist: normal, mean: 0.25, sd: 0.05, min: 0 }, alphaBeta: 4, doublingTime: 12, kickoffTime: 28, markers: { PD-L1: 0.1 } }
arms:
  - id: fixed
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
  - id: gard
    schedule: { fractions: 25, gardTarget: 20, minDose: 1.8, maxDose: 2.6, perWeek: 5 }
    modifiers:
      - { type: immunotherapy, agent: pembrolizumab, marker: PD-L1, responseProbability: 0.4, logKill: 2, day: -10 }
followUp: { years: 3 }
`;

function resolved(): ResolvedScenario {
  const result = parseScenario(text, 'streaming.yaml');
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.scenario;
}

const json = (accumulator: Accumulator): string => JSON.stringify(serializeAccumulator(accumulator));

describe('biomarker sections of block partials', () => {
  it('any block order, any shard split and a serialise/parse round trip give the same accumulator and results', async () => {
    const scenario = resolved();
    const plan = compilePlan(scenario);
    expect(plan.blockCount).toBe(3);
    const inOrder = await runInThread(scenario);
    const reversed = createAccumulator(plan);
    for (const k of [2, 1, 0]) addBlock(reversed, simulateBlock(plan, k));
    const shards = mergeAccumulators([
      parseAccumulator(JSON.parse(json(await runInThread(scenario, { blocks: [1] })))),
      await runInThread(scenario, { blocks: [2, 0] }),
    ]);
    expect(json(reversed)).toBe(json(inOrder));
    expect(json(shards)).toBe(json(inOrder));
    const meta = { version: 'test', scenarioHash: 'test' };
    expect(JSON.stringify(summarize(shards, plan, meta))).toBe(JSON.stringify(summarize(inOrder, plan, meta)));
  });

  it('prescribed dose extremes are the extremes over every block, combined by maximum, not by sum', async () => {
    const scenario = resolved();
    const plan = compilePlan(scenario);
    const { layout } = plan;
    const whole = await runInThread(scenario);
    const blocks = [0, 1, 2].map((k) => simulateBlock(plan, k));
    for (const arm of [0, 1]) {
      const at = layout.doseExtremes + 2 * arm;
      const max = Math.max(...blocks.map((block) => block.sums[at]));
      const min = Math.min(...blocks.map((block) => -block.sums[at + 1]));
      // Tolerance: one fixed-point step, 2⁻⁴⁰.
      expect(Math.abs(fixedPointToNumber(whole.sums[at]) - max)).toBeLessThanOrEqual(2 ** -40);
      expect(Math.abs(-fixedPointToNumber(whole.sums[at + 1]) - min)).toBeLessThanOrEqual(2 ** -40);
    }
    const results = summarize(whole, plan, { version: 'test', scenarioHash: 'test' });
    expect(results.arms[0]?.prescribedDose).toEqual({ mean: 50, sd: 0, min: 50, max: 50, clamped: { atMinDose: 0, atMaxDose: 0 } });
    const dose = results.arms[1]?.prescribedDose;
    expect(dose?.min).toBeGreaterThanOrEqual(25 * 1.8 - 1e-9);
    expect(dose?.max).toBeLessThanOrEqual(25 * 2.6 + 1e-9);
  });

  it('the layout does not grow with the patient count: its size depends on arms, subtypes, markers and bands only', () => {
    const scenario = resolved();
    const small = compilePlan({ ...scenario, patients: 10 }).layout;
    const large = compilePlan({ ...scenario, patients: 100_000_000 }).layout;
    expect(large).toEqual(small);
    expect(small.markers).toBe(1);
    expect(small.gardBands).toBe(4);
    expect(small.prescribed).toBe(1);
  });

  it('results by marker: positive and negative groups partition each arm, the same patients in every arm', async () => {
    const scenario = resolved();
    const results = summarize(await runInThread(scenario), compilePlan(scenario), { version: 'test', scenarioHash: 'test' });
    const counts = results.arms.map((arm) => arm.byMarker?.map((group) => `${group.marker}:${group.status}:${group.patients}`));
    expect(counts[1]).toEqual(counts[0]);
    expect(results.arms[0]?.byMarker?.reduce((total, group) => total + group.patients, 0)).toBe(scenario.patients);
  });
});
