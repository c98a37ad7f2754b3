import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
// Worker threads need JavaScript: these tests use the build (`pnpm build` runs before vitest in `pnpm test`).
import { compilePlan } from '../../packages/sim/dist/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/dist/cohort/runInThread.js';
import { summarize } from '../../packages/sim/dist/cohort/summarize.js';
import { runPool } from '../../packages/sim/dist/pool/runPool.js';
import { resultsJson } from '../../packages/sim/dist/report/resultsJson.js';
import { nodeSpawn } from '../../packages/sim/dist/node.js';
import { defaultWorkerCount } from '../../packages/sim/dist/pool/defaultWorkerCount.js';
import { runNodePool } from '../../packages/sim/dist/pool/runNodePool.js';
import { mixedScenario } from './cohortScenario.js';

const meta = { version: 'test', scenarioHash: 'sha256:test' };

// The mixed cohort without hypoxia (fast survival path), so that each property run stays quick.
function cohort(patients: number): ReturnType<typeof mixedScenario> {
  const mixed = mixedScenario(patients);
  return { ...mixed, subtypes: mixed.subtypes.map((s) => ({ ...s, parameters: { ...s.parameters, hypoxicFraction: 0 } })) };
}

/** Rejects when the promise does not settle in time, so that a hanging pool fails the test instead of stalling it. */
function within<T>(promise: Promise<T>, milliseconds = 10_000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${milliseconds} ms (the pool hangs)`)), milliseconds).unref()),
  ]);
}

const directory = mkdtempSync(join(tmpdir(), 'rtsim-pool-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const comlinkUrl = pathToFileURL(resolve('packages/sim/node_modules/comlink/dist/esm/comlink.mjs')).href;
const adapterUrl = pathToFileURL(resolve('packages/sim/node_modules/comlink/dist/esm/node-adapter.mjs')).href;
const simUrl = pathToFileURL(resolve('packages/sim/dist/pool/createCohortWorkerApi.js')).href;

/** A worker script that serves the real API with `computeBlocks` written as `computeBlocks` says (`api` is the real one). */
function workerScript(name: string, computeBlocks: string): URL {
  const path = join(directory, `${name}.mjs`);
  writeFileSync(
    path,
    `import { parentPort } from 'node:worker_threads';
import { expose } from '${comlinkUrl}';
import nodeEndpoint from '${adapterUrl}';
import { createCohortWorkerApi } from '${simUrl}';
const api = createCohortWorkerApi();
expose({ init: (s) => api.init(s), computeBlocks: ${computeBlocks} }, nodeEndpoint(parentPort));
`,
  );
  return pathToFileURL(path);
}

/** A worker script that serves the real API but misbehaves on block 1 as `misbehave` says. */
function crashingWorker(name: string, misbehave: string): URL {
  return workerScript(name, `(ks) => { if (ks.includes(1)) { ${misbehave} } return api.computeBlocks(ks); }`);
}

describe('runPool on worker_threads (nodeSpawn)', () => {
  it('one worker, many workers and runInThread give byte-identical results.json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 * 4096 + 50 }), async (workers, patients) => {
        const scenario = cohort(patients);
        const plan = compilePlan(scenario);
        const reference = resultsJson(summarize(await runInThread(scenario), plan, meta));
        const pooled = resultsJson(summarize(await within(runPool({ scenario, workers, spawn: nodeSpawn })), plan, meta));
        expect(pooled).toBe(reference);
      }),
      { numRuns: 3, seed: 20261126 },
    );
  });

  it('runNodePool with workers 0 runs in the calling thread and matches the pool', async () => {
    const scenario = cohort(2 * 4096 + 1);
    const plan = compilePlan(scenario);
    const inThread = resultsJson(summarize(await runNodePool({ scenario, workers: 0 }), plan, meta));
    const pooled = resultsJson(summarize(await within(runNodePool({ scenario, workers: 2 })), plan, meta));
    expect(pooled).toBe(inThread);
    expect(defaultWorkerCount()).toBeGreaterThanOrEqual(1);
  });

  it('a worker thread that throws an uncaught error while computing block 1 fails the run naming the block: no hang', async () => {
    const url = crashingWorker('uncaught', "setTimeout(() => { throw new Error('native crash (simulated)'); }); return new Promise(() => {});");
    await expect(within(runPool({ scenario: cohort(2 * 4096), workers: 1, spawn: () => nodeSpawn(url) }))).rejects.toThrow(
      'worker 1 of 1 crashed while computing block 1: native crash (simulated)',
    );
  });

  it('a worker thread that exits while computing block 1 fails the run naming the block and the exit code', async () => {
    const url = crashingWorker('exit', 'process.exit(7);');
    await expect(within(runPool({ scenario: cohort(2 * 4096), workers: 1, spawn: () => nodeSpawn(url) }))).rejects.toThrow(
      'worker 1 of 1 crashed while computing block 1: the worker thread exited unexpectedly (exit code 7)',
    );
  });

  it('a worker thread that ends cleanly (exit code 0) after answering its last batch does not fail the run', async () => {
    // Two workers, one block each: the one with block 0 answers, then ends while block 1 is still being computed.
    const url = workerScript(
      'clean-exit',
      '(ks) => { if (ks.includes(0)) { setTimeout(() => process.exit(0), 10); return api.computeBlocks(ks); } return new Promise((answer) => setTimeout(() => answer(api.computeBlocks(ks)), 1000)); }',
    );
    const scenario = cohort(2 * 4096);
    const plan = compilePlan(scenario);
    const reference = resultsJson(summarize(await runInThread(scenario), plan, meta));
    const pooled = resultsJson(summarize(await within(runPool({ scenario, workers: 2, spawn: () => nodeSpawn(url) })), plan, meta));
    expect(pooled).toBe(reference);
  });

  it('a worker thread that ends cleanly (exit code 0) while computing block 1 still fails the run naming the block', async () => {
    const url = crashingWorker('clean-exit-busy', 'process.exit(0);');
    await expect(within(runPool({ scenario: cohort(2 * 4096), workers: 1, spawn: () => nodeSpawn(url) }))).rejects.toThrow(
      'worker 1 of 1 exited while computing block 1: the worker thread exited unexpectedly (exit code 0)',
    );
  });

  it('a worker script that fails to load fails the run while starting', async () => {
    const path = join(directory, 'broken.mjs');
    writeFileSync(path, "throw new Error('cannot load (simulated)');\n");
    await expect(within(runPool({ scenario: cohort(2 * 4096), workers: 2, spawn: () => nodeSpawn(pathToFileURL(path)) }))).rejects.toThrow(
      /worker \d of 2 crashed while starting: cannot load \(simulated\)/,
    );
  });

  it('aborting a long run terminates the workers promptly and rejects with an AbortError', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const run = runPool({
      scenario: cohort(400 * 4096),
      workers: 2,
      spawn: nodeSpawn,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.blocksDone >= 2) controller.abort(); // blocks arrive in batches
      },
    });
    await expect(within(run)).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
