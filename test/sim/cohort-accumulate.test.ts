import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAccumulator } from '../../packages/sim/src/cohort/addAccumulator.js';
import { addBlock } from '../../packages/sim/src/cohort/addBlock.js';
import type { BlockPartial } from '../../packages/sim/src/cohort/BlockPartial.js';
import { blockCount } from '../../packages/sim/src/cohort/blockCount.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import type { Accumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import { createAccumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import { mergeAccumulators } from '../../packages/sim/src/cohort/mergeAccumulators.js';
import { parseAccumulator } from '../../packages/sim/src/cohort/parseAccumulator.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { serializeAccumulator } from '../../packages/sim/src/cohort/serializeAccumulator.js';
import { shardBlocks } from '../../packages/sim/src/cohort/shardBlocks.js';
import { shardSplits } from '../../packages/sim/src/cohort/ShardSplit.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { mixedScenario } from './cohortScenario.js';

const meta = { version: 'test', scenarioHash: 'abc' };
const scenario = mixedScenario();
const plan = compilePlan(scenario);
const partials: BlockPartial[] = Array.from({ length: plan.blockCount }, (_, k) => simulateBlock(plan, k));

function accumulate(blocks: readonly number[]): Accumulator {
  const accumulator = createAccumulator(plan);
  for (const k of blocks) addBlock(accumulator, partials[k]);
  return accumulator;
}

const inOrder = accumulate(partials.map((_, k) => k));
const reference = JSON.stringify(summarize(inOrder, plan, meta));

describe('blockCount and shardBlocks', () => {
  it('cuts patients into blocks of 4096, the last one partial', () => {
    expect(blockCount(1)).toBe(1);
    expect(blockCount(4096)).toBe(1);
    expect(blockCount(4097)).toBe(2);
    expect(blockCount(4_000_000)).toBe(977);
    expect(blockCount(-1)).toBeNaN();
    expect(partials.at(-1)?.patients).toBe(4096 - 123);
  });

  it('gives shard k of n the blocks k, k + n, …, and the shards partition the run', () => {
    expect(shardBlocks(10, 1, 4)).toEqual([1, 5, 9]);
    expect(shardBlocks(3, 3, 4)).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 64 }), (blocks, n) => {
        const all = Array.from({ length: n }, (_, k) => shardBlocks(blocks, k, n)).flat().sort((x, y) => x - y);
        return all.length === blocks && all.every((block, i) => block === i);
      }),
    );
    expect(() => shardBlocks(10, 4, 4)).toThrow(RangeError);
    expect(() => shardBlocks(10, 0, 0)).toThrow(RangeError);
  });
});

describe('exact accumulation', () => {
  it('summary JSON is identical for every order in which blocks are added', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(partials.map((_, k) => k), { minLength: partials.length }), (order) => {
        return JSON.stringify(summarize(accumulate(order), plan, meta)) === reference;
      }),
      { numRuns: 20 },
    );
  });

  it('summary JSON is identical when the run is split into shards (strided or contiguous), written to files, and merged in any order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 1000 }), fc.constantFrom(...shardSplits), (shards, rotation, split) => {
        const files = Array.from({ length: shards }, (_, k) => JSON.stringify(serializeAccumulator(accumulate(shardBlocks(plan.blockCount, k, shards, split)))));
        const order = files.map((_, i) => files[(i + rotation) % shards]).reverse();
        const merged = mergeAccumulators(order.map((text) => parseAccumulator(JSON.parse(text))));
        return JSON.stringify(summarize(merged, plan, meta)) === reference;
      }),
      { numRuns: 20 },
    );
  });

  it('addAccumulator(target, part) adds batches in place, in any order, to the block-by-block accumulation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 1000 }), (batches, rotation) => {
        const target = createAccumulator(plan);
        const parts = Array.from({ length: batches }, (_, k) => accumulate(shardBlocks(plan.blockCount, k, batches, 'contiguous')));
        const before = parts.map((part) => JSON.stringify(serializeAccumulator(part)));
        for (let i = 0; i < batches; i++) addAccumulator(target, parts[(i + rotation) % batches]);
        const untouched = parts.every((part, i) => JSON.stringify(serializeAccumulator(part)) === before[i]);
        return untouched && JSON.stringify(summarize(target, plan, meta)) === reference;
      }),
      { numRuns: 20 },
    );
  });

  it('runInThread reproduces the block-by-block accumulation and reports progress', async () => {
    const progress: number[] = [];
    const accumulator = await runInThread(scenario, { onProgress: (done, total) => progress.push(done / total) });
    expect(JSON.stringify(summarize(accumulator, plan, meta))).toBe(reference);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toHaveLength(plan.blockCount);
  });

  it('runInThread stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const run = runInThread(scenario, { signal: controller.signal, onProgress: (done) => done === 2 && controller.abort(new Error('stop')) });
    await expect(run).rejects.toThrow('stop');
  });

  it('serialises to JSON and back to an identical accumulator', () => {
    const shard = accumulate(shardBlocks(plan.blockCount, 1, 3));
    const file = serializeAccumulator(shard);
    expect(file.blocks).toEqual([[1, 3, 3]]);
    const parsed = parseAccumulator(JSON.parse(JSON.stringify(file)));
    expect(parsed.sums).toEqual(shard.sums);
    expect(Array.from(parsed.counts)).toEqual(Array.from(shard.counts));
    expect(Array.from(parsed.covered)).toEqual(Array.from(shard.covered));
    expect(serializeAccumulator(accumulate([0, 1, 2, 5, 7, 8])).blocks).toEqual([[0, 1, 3], [5, 2, 2], [8, 1, 1]]);
    expect(serializeAccumulator(accumulate(shardBlocks(plan.blockCount, 1, 3, 'contiguous'))).blocks).toEqual([[4, 1, 3]]); // a contiguous shard is one run
  });
});

describe('refusals', () => {
  it('summarize refuses an incomplete run, naming the first missing block', () => {
    expect(() => summarize(accumulate([0, 1, 3]), plan, meta)).toThrow(/7 of 10 blocks are missing \(the first is block 2\)/);
  });

  it('addBlock and mergeAccumulators refuse a block twice (overlapping shards)', () => {
    const accumulator = accumulate([0]);
    expect(() => addBlock(accumulator, partials[0])).toThrow(/block 0 was added twice/);
    expect(() => mergeAccumulators([accumulate([0, 1]), accumulate([1, 2])])).toThrow(/block 1 .* overlap/);
    const target = accumulate([1, 2]);
    const before = JSON.stringify(serializeAccumulator(target));
    expect(() => addAccumulator(target, accumulate([0, 2]))).toThrow(/block 2 .* overlap/);
    expect(JSON.stringify(serializeAccumulator(target))).toBe(before); // refused whole: block 0 was not marked
  });

  it('mergeAccumulators and summarize refuse partials of another scenario', () => {
    const other = compilePlan({ ...scenario, seed: scenario.seed + 1 });
    const foreign = createAccumulator(other);
    expect(() => mergeAccumulators([accumulate([0]), foreign])).toThrow(/part 2 comes from a different scenario/);
    expect(() => addAccumulator(accumulate([0]), foreign)).toThrow(/^the part comes from a different scenario/);
    expect(() => summarize(inOrder, other, meta)).toThrow(/different scenario/);
  });

  it('parseAccumulator refuses corrupt files', () => {
    const good = serializeAccumulator(accumulate([0, 1])) as unknown as Record<string, unknown>;
    const broken: [Record<string, unknown>, RegExp][] = [
      [{ ...good, format: 'other' }, /format/],
      [{ ...good, sums: (good['sums'] as string[]).slice(1) }, /sums must be an array/],
      [{ ...good, sums: ['0.1', ...(good['sums'] as string[]).slice(1)] }, /not a multiple/],
      [{ ...good, counts: [-1, ...(good['counts'] as number[]).slice(1)] }, /counts\[0\]/],
      [{ ...good, blocks: [[0, 1, 2], [1, 1, 1]] }, /block 1 is listed twice/],
      [{ ...good, blocks: [[9, 1, 2]] }, /block 10 is outside/],
    ];
    for (const [file, message] of broken) expect(() => parseAccumulator(file)).toThrow(message);
  });
});

describe('summarize(accumulator, plan, meta)', () => {
  const results = JSON.parse(reference) as ReturnType<typeof summarize>;

  it('records the run, every arm and subtype, and the reference arm against each other arm', () => {
    expect(results.patients).toBe(scenario.patients);
    expect(results.blockSize).toBe(4096);
    expect(results.followUp.binDays).toBeCloseTo(365.25 / 52, 14);
    expect(results.arms.map((a) => a.id)).toEqual(['conventional', 'short', 'sbrt']);
    expect(results.comparisons.map((c) => `${c.a}-${c.b}`)).toEqual(['conventional-short', 'conventional-sbrt']);
    for (const armResult of results.arms) {
      expect(armResult.bySubtype.map((g) => g.patients).reduce((x, y) => x + y)).toBe(scenario.patients);
      expect(armResult.tcpHistogram.counts.reduce((x, y) => x + y)).toBe(scenario.patients);
      expect(armResult.localControlCurve).toHaveLength(260);
      expect(armResult.localControl.year5).toBe(armResult.localControlCurve[259]);
      expect(armResult.localControl.year1).toBe(armResult.localControlCurve[51]);
      // Local control at the horizon ≥ the control rate: failures censored at 5 years still count as controlled.
      expect(armResult.localControl.year5).toBeGreaterThanOrEqual(armResult.controlRate - 1e-12);
    }
  });

  it('computes paired differences consistent with the arm means (TCP_a − TCP_b averaged)', () => {
    for (const comparison of results.comparisons) {
      const a = results.arms.find((x) => x.id === comparison.a);
      const b = results.arms.find((x) => x.id === comparison.b);
      expect(comparison.meanTcpDifference).toBeCloseTo((a?.meanTcp ?? NaN) - (b?.meanTcp ?? NaN), 10);
      // Common random numbers: the control rate difference equals the discordant difference over n.
      expect((comparison.discordant.aOnly - comparison.discordant.bOnly) / scenario.patients).toBeCloseTo((a?.controlRate ?? NaN) - (b?.controlRate ?? NaN), 12);
    }
  });
});
