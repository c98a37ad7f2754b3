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
      '@rtsim/sim': source('./packages/sim/src/index.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
