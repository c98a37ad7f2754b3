import { defaultClientConditions, defineConfig } from 'vite';

// The viewer builds from the workspace packages' TypeScript sources (the `source` export condition),
// so `pnpm viewer` needs no prior build of core and sim.
export default defineConfig({
  base: './',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
