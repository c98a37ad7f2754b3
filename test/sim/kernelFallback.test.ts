import { afterEach, describe, expect, it, vi } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { scenario } from './cohortScenario.js';
import type * as BlockKernelModule from '../../packages/sim/src/cohort/blockKernel.js';
import type * as KernelSimulateBlockModule from '../../packages/sim/src/cohort/kernelSimulateBlock.js';
import type * as SimulateBlockModule from '../../packages/sim/src/cohort/simulateBlock.js';

/** Fresh copies of the kernel's modules (its instance is a per-module singleton), imported after a global is stubbed. */
async function freshModules(): Promise<{
  blockKernel: typeof BlockKernelModule;
  kernelSimulateBlock: typeof KernelSimulateBlockModule;
  simulateBlock: typeof SimulateBlockModule;
}> {
  vi.resetModules();
  return {
    blockKernel: await import('../../packages/sim/src/cohort/blockKernel.js'),
    kernelSimulateBlock: await import('../../packages/sim/src/cohort/kernelSimulateBlock.js'),
    simulateBlock: await import('../../packages/sim/src/cohort/simulateBlock.js'),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the kernel falls back to the TypeScript engine, with the same results', () => {
  const plan = compilePlan(scenario({ patients: 5000 }));

  it('where there is no WebAssembly at all', async () => {
    const { simulateBlock: reference } = await freshModules();
    const expected = reference.simulateBlock(plan, 1, 'typescript');
    vi.stubGlobal('WebAssembly', undefined);
    const modules = await freshModules();
    expect(modules.blockKernel.blockKernel()).toBeUndefined();
    expect(modules.blockKernel.blockKernelFailure()).toBe('this runtime has no WebAssembly');
    expect(modules.kernelSimulateBlock.kernelSimulateBlock(plan, 1)).toBeUndefined();
    const partial = modules.simulateBlock.simulateBlock(plan, 1);
    expect(Array.from(partial.sums)).toEqual(Array.from(expected.sums));
    expect(Array.from(partial.counts)).toEqual(Array.from(expected.counts));
  });

  it('where the module does not validate (a WebAssembly without SIMD)', async () => {
    const real = WebAssembly;
    vi.stubGlobal('WebAssembly', { ...real, validate: () => false, Module: real.Module, Instance: real.Instance });
    const modules = await freshModules();
    expect(modules.blockKernel.blockKernel()).toBeUndefined();
    expect(modules.blockKernel.blockKernelFailure()).toBe('the kernel does not validate here (WebAssembly SIMD missing)');
    expect(modules.kernelSimulateBlock.kernelSimulateBlock(plan, 0)).toBeUndefined();
    expect(modules.simulateBlock.simulateBlock(plan, 0).counts[plan.layout.validPatients]).toBe(4096);
  });

  it('where the kernel runs, simulateBlock takes it unless RTSIM_BLOCK_ENGINE=typescript', async () => {
    vi.stubEnv('RTSIM_BLOCK_ENGINE', '');
    const modules = await freshModules();
    expect(modules.blockKernel.blockKernel()).toBeDefined();
    expect(modules.blockKernel.blockKernelFailure()).toBe('');
    expect(modules.kernelSimulateBlock.kernelSimulateBlock(plan, 0)?.counts[plan.layout.validPatients]).toBe(4096);
    const { defaultBlockEngine } = await import('../../packages/sim/src/cohort/blockEngine.js');
    expect(defaultBlockEngine()).toBe('auto');
    vi.stubEnv('RTSIM_BLOCK_ENGINE', 'typescript');
    expect(defaultBlockEngine()).toBe('typescript');
  });
});

describe('the built kernel loads where the command line runs it', () => {
  it('in a Node worker thread importing packages/sim/dist (as the pool does): the kernel instantiates, no fallback', async () => {
    const { Worker } = await import('node:worker_threads');
    const url = new URL('../../packages/sim/dist/cohort/blockKernel.js', import.meta.url).href;
    // A module worker: import the built module and report whether the kernel is there, and why not.
    const source = `import { blockKernel, blockKernelFailure } from ${JSON.stringify(url)};
      import { parentPort } from 'node:worker_threads';
      parentPort.postMessage({ loaded: blockKernel() !== undefined, failure: blockKernelFailure() });`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
    const message = await new Promise<{ loaded: boolean; failure: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(message).toEqual({ loaded: true, failure: '' });
  });
});
