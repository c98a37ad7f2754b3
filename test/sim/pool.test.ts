import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { BlockPartial } from '../../packages/sim/src/cohort/BlockPartial.js';
import { addBlock } from '../../packages/sim/src/cohort/addBlock.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { createAccumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import type { Accumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import type { EnginePlan } from '../../packages/sim/src/cohort/EnginePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { CohortWorkerApi } from '../../packages/sim/src/pool/createCohortWorkerApi.js';
import { createCohortWorkerApi } from '../../packages/sim/src/pool/createCohortWorkerApi.js';
import { exposeCohortWorker } from '../../packages/sim/src/pool/exposeCohortWorker.js';
import type { PoolWorker } from '../../packages/sim/src/pool/PoolWorker.js';
import type { PoolProgress } from '../../packages/sim/src/pool/PoolProgress.js';
import { runPool } from '../../packages/sim/src/pool/runPool.js';
import { resultsJson } from '../../packages/sim/src/report/resultsJson.js';
import { mixedScenario } from './cohortScenario.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';

/**
 * A worker API whose batches (`computeBlocks`, what runPool calls) are made of the given per-block calls, as the
 * real API's are, so a fake can misbehave on one block.
 */
function batched(api: { init: (s: ResolvedScenario) => unknown; computeBlock: (k: number) => unknown }): CohortWorkerApi {
  let plan: EnginePlan | undefined;
  return {
    init: (s: ResolvedScenario) => {
      plan = compilePlan(s);
      return api.init(s);
    },
    computeBlock: api.computeBlock,
    computeBlocks: async (ks: readonly number[]): Promise<Accumulator> => {
      const accumulator = createAccumulator(plan as EnginePlan);
      for (const k of ks) addBlock(accumulator, (await api.computeBlock(k)) as BlockPartial);
      return accumulator;
    },
  } as unknown as CohortWorkerApi;
}

// These tests run the pool logic against in-process "workers": a comlink API exposed on one end of a
// MessageChannel. The same protocol as a real worker (structured clone, transfer), without threads; the real
// worker_threads pool is tested in pool-worker.test.ts against the built JavaScript.

const meta = { version: 'test', scenarioHash: 'sha256:test' };
// 3 blocks (the last partial) of the mixed cohort, without hypoxia so that every arm takes the fast survival path.
const mixed = mixedScenario(3 * 4096 - 17);
const scenario = { ...mixed, subtypes: mixed.subtypes.map((s) => ({ ...s, parameters: { ...s.parameters, hypoxicFraction: 0 } })) };

interface FakeWorker extends PoolWorker {
  /** Dispatches an `error` event, as a Web Worker does when its script throws outside a call. */
  crash(message: string): void;
  terminated: boolean;
}

const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

function fakeWorker(api: CohortWorkerApi): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  exposeCohortWorker(port2 as never, api);
  const errorListeners = new Set<(event: unknown) => void>();
  const worker: FakeWorker = {
    terminated: false,
    postMessage: (message: unknown, transfer?: readonly unknown[]) => port1.postMessage(message, transfer as never),
    addEventListener(type: string, listener: unknown) {
      if (type === 'message') port1.addEventListener('message', listener as never);
      else errorListeners.add(listener as (event: unknown) => void);
    },
    removeEventListener(type: string, listener: unknown) {
      if (type === 'message') port1.removeEventListener('message', listener as never);
      else errorListeners.delete(listener as (event: unknown) => void);
    },
    start: () => port1.start(),
    terminate() {
      worker.terminated = true;
      port1.close();
      port2.close();
    },
    crash(message: string) {
      for (const listener of errorListeners) listener({ type: 'error', message });
    },
  };
  return worker;
}

/** Rejects when the promise neither resolves nor rejects within the time: a hang fails the test instead of stalling it. */
function within<T>(promise: Promise<T>, milliseconds = 5000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${milliseconds} ms (the pool hangs)`)), milliseconds).unref()),
  ]);
}

const reference = runInThread(scenario).then((accumulator) => resultsJson(summarize(accumulator, compilePlan(scenario), meta)));

describe('createCohortWorkerApi', () => {
  it('computeBlock(k) returns exactly simulateBlock(plan, k)', () => {
    const api = createCohortWorkerApi();
    api.init(scenario);
    const plan = compilePlan(scenario);
    for (const k of [0, 2]) {
      const expected = simulateBlock(plan, k);
      const actual = api.computeBlock(k);
      expect(actual.blockIndex).toBe(k);
      expect(actual.patients).toBe(expected.patients);
      expect(Array.from(actual.sums)).toEqual(Array.from(expected.sums));
      expect(Array.from(actual.counts)).toEqual(Array.from(expected.counts));
    }
  });

  it('computeBlock before init throws a message that says so', () => {
    expect(() => createCohortWorkerApi().computeBlock(0)).toThrow(/before init/);
  });
});

describe('runPool over in-process comlink endpoints', () => {
  it('gives the same results.json as runInThread for 1, 2, 3 and 7 workers (never starting more workers than blocks)', async () => {
    for (const workers of [1, 2, 3, 7]) {
      const spawned: FakeWorker[] = [];
      const accumulator = await within(runPool({ scenario, workers, spawn: () => spawned[spawned.push(fakeWorker(createCohortWorkerApi())) - 1] }));
      expect(resultsJson(summarize(accumulator, compilePlan(scenario), meta))).toBe(await reference);
      expect(spawned.length).toBe(Math.min(workers, 3)); // never more workers than blocks
      expect(spawned.every((worker) => worker.terminated)).toBe(true);
    }
  });

  it('hands blocks out dynamically: a slow worker takes fewer blocks, the result is unchanged', async () => {
    const taken: number[][] = [[], []];
    // Worker 0 is slow: its block comes back only once worker 1 has taken two (no clock, so no flake under load).
    let releaseSlow: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
    let index = 0;
    const spawn = (): FakeWorker => {
      const me = index++;
      const inner = createCohortWorkerApi();
      const api = {
        init: (s: ResolvedScenario) => inner.init(s),
        computeBlock: async (k: number): Promise<BlockPartial> => {
          taken[me]?.push(k);
          if (me === 0) await slow;
          else if ((taken[1] ?? []).length === 2) releaseSlow();
          return inner.computeBlock(k);
        },
      };
      return fakeWorker(batched(api));
    };
    const accumulator = await within(runPool({ scenario, workers: 2, spawn }));
    expect(resultsJson(summarize(accumulator, compilePlan(scenario), meta))).toBe(await reference);
    expect([...(taken[0] ?? []), ...(taken[1] ?? [])].sort()).toEqual([0, 1, 2]);
    expect((taken[0] ?? []).length).toBeLessThan((taken[1] ?? []).length);
  });

  it('hands a long run out in batches of at most 128 blocks, about one sixteenth of what remains on 2 workers', async () => {
    // 3000 blocks, simulated by nobody: each batch comes back as an empty accumulator that covers it.
    const long = { ...scenario, patients: 3000 * 4096 };
    const sizes: number[] = [];
    const spawn = (): FakeWorker => {
      let plan: EnginePlan | undefined;
      return fakeWorker({
        init: (s: ResolvedScenario) => void (plan = compilePlan(s)),
        computeBlocks: (ks: readonly number[]) => {
          sizes.push(ks.length);
          const accumulator = createAccumulator(plan as EnginePlan);
          for (const k of ks) accumulator.covered[k] = 1;
          return accumulator;
        },
      } as unknown as CohortWorkerApi);
    };
    const accumulator = await within(runPool({ scenario: long, workers: 2, spawn }));
    expect(accumulator.covered.every((c) => c === 1)).toBe(true);
    // By hand: size = max(1, min(128, ⌊remaining / 16⌋)): 8 × 128 (1024 blocks), then ⌊1976/16⌋ = 123, ⌊1853/16⌋ = 115, …,
    // 107 batches in all (with the earlier cap of 32: 156); the sizes do not depend on which worker asks.
    expect(sizes.slice(0, 11)).toEqual([128, 128, 128, 128, 128, 128, 128, 128, 123, 115, 108]);
    expect(sizes).toHaveLength(107);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(3000);
  });

  it('reports progress after every block: blocks and patients, ending at the totals', async () => {
    const events: PoolProgress[] = [];
    await within(runPool({ scenario, workers: 2, spawn: () => fakeWorker(createCohortWorkerApi()), onProgress: (p) => events.push(p) }));
    expect(events.map((e) => e.blocksDone)).toEqual([1, 2, 3]);
    expect(events.at(-1)).toEqual({ blocksDone: 3, blocksTotal: 3, patientsDone: scenario.patients, patientsTotal: scenario.patients });
  });

  it('runs only the requested blocks (a shard)', async () => {
    const accumulator = await within(runPool({ scenario, blocks: [0, 2], workers: 3, spawn: () => fakeWorker(createCohortWorkerApi()) }));
    expect(Array.from(accumulator.covered)).toEqual([1, 0, 1]);
  });

  it('an error thrown inside computeBlock rejects the run with a message naming the block, and stops every worker', async () => {
    const spawned: FakeWorker[] = [];
    const spawn = (): FakeWorker => {
      const inner = createCohortWorkerApi();
      const api = {
        init: (s: ResolvedScenario) => inner.init(s),
        computeBlock: (k: number): BlockPartial => {
          if (k === 1) throw new Error('out of memory (simulated)');
          return inner.computeBlock(k);
        },
      };
      const worker = fakeWorker(batched(api));
      spawned.push(worker);
      return worker;
    };
    await expect(within(runPool({ scenario, workers: 2, spawn }))).rejects.toThrow(/block 1 failed in worker \d: out of memory \(simulated\)/);
    expect(spawned.every((worker) => worker.terminated)).toBe(true);
  });

  it('a worker that crashes (error event) while computing a block rejects the run naming that block: no hang', async () => {
    const spawned: FakeWorker[] = [];
    const spawn = (): FakeWorker => {
      const inner = createCohortWorkerApi();
      const api = {
        init: (s: ResolvedScenario) => inner.init(s),
        computeBlock: (k: number): BlockPartial | Promise<BlockPartial> => {
          if (k !== 2) return inner.computeBlock(k);
          setTimeout(() => worker.crash('Segmentation fault (simulated)'), 10);
          return new Promise<BlockPartial>(() => undefined); // the crashed call never answers
        },
      };
      const worker = fakeWorker(batched(api));
      spawned.push(worker);
      return worker;
    };
    await expect(within(runPool({ scenario, workers: 1, spawn }))).rejects.toThrow('worker 1 of 1 crashed while computing block 2: Segmentation fault (simulated)');
    expect(spawned.every((worker) => worker.terminated)).toBe(true);
  });

  it('a worker that fails in init rejects the run with a message saying so', async () => {
    const api = { init: () => { throw new RangeError('a scenario needs at least one arm'); }, computeBlock: () => undefined };
    await expect(within(runPool({ scenario, workers: 2, spawn: () => fakeWorker(batched(api)) }))).rejects.toThrow(
      /worker \d failed to start: a scenario needs at least one arm/,
    );
  });

  it('aborting the signal terminates the workers and rejects with an AbortError', async () => {
    const spawned: FakeWorker[] = [];
    const controller = new AbortController();
    const spawn = (): FakeWorker => {
      const inner = createCohortWorkerApi();
      const api = {
        init: (s: ResolvedScenario) => inner.init(s),
        computeBlock: async (k: number): Promise<BlockPartial> => {
          if (k === 1) controller.abort();
          await new Promise((resolve) => setTimeout(resolve, 20));
          return inner.computeBlock(k);
        },
      };
      const worker = fakeWorker(batched(api));
      spawned.push(worker);
      return worker;
    };
    const run = within(runPool({ scenario, workers: 2, spawn, signal: controller.signal }));
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(spawned.length).toBeGreaterThan(0);
    expect(spawned.every((worker) => worker.terminated)).toBe(true);
  });

  it('an already aborted signal rejects with an AbortError before any worker starts', async () => {
    let spawned = 0;
    const run = runPool({ scenario, workers: 2, spawn: () => (spawned++, fakeWorker(createCohortWorkerApi())), signal: AbortSignal.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(spawned).toBe(0);
  });

  it('rejects a worker count that is not a whole number ≥ 1 and blocks outside the run', async () => {
    const spawn = (): FakeWorker => fakeWorker(createCohortWorkerApi());
    await expect(runPool({ scenario, workers: 0, spawn })).rejects.toThrow(RangeError);
    await expect(runPool({ scenario, workers: 1.5, spawn })).rejects.toThrow(RangeError);
    await expect(runPool({ scenario, workers: 1, blocks: [3], spawn })).rejects.toThrow(/block 3 is not part of this run/);
    await expect(runPool({ scenario, workers: 1, blocks: [1, 1], spawn })).rejects.toThrow(/requested twice/);
  });
});
