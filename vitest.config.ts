import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Tests run against the TypeScript sources; tests that need built JavaScript (worker threads, the
// command line) import from dist explicitly, which the test script builds first.
export default defineConfig({
  resolve: {
    alias: {
      '@rtsim/core': source('./packages/core/src/index.ts'),
      '@rtsim/sim/node': source('./packages/sim/src/node.ts'),
      '@rtsim/sim/charts': source('./packages/sim/src/charts.ts'),
      '@rtsim/sim/dvh': source('./packages/sim/src/dvh.ts'),
      '@rtsim/sim': source('./packages/sim/src/index.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The block kernel's embedded WebAssembly is a build product: rebuilt here when missing or stale.
    globalSetup: ['./test/kernelBuild.setup.ts'],
    testTimeout: 60_000,
    // At least two workers: vitest's default (one fewer than the cores) is a single worker on CI's 2-core machine, and
    // most of a test file's time is importing the TypeScript sources, which a second worker overlaps. Measured on 2
    // cores, whole suite: 371 s on one worker (the five directories run one after another), 263 s on two (7 December
    // 2026). On larger machines this is `vitest run`'s own default: several tests start worker pools of their own.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // expect.poll waits for a browser page or a worker to settle; its 1 s default failed the viewer suites on a
    // loaded 2-core machine (CI's size) while the page was still correct, only slower. A wrong value still fails.
    expect: { poll: { timeout: 20_000 } },
  },
});
