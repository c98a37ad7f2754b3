import { readFileSync } from 'node:fs';
import { defaultClientConditions, defineConfig } from 'vite';

// results.json records the sim's version, which the CLI reads from packages/sim/package.json at run time; the
// page gets the same string at build time.
const simPackage = JSON.parse(readFileSync(new URL('../sim/package.json', import.meta.url), 'utf8')) as { version: string };

// The viewer builds from the workspace packages' TypeScript sources (the `@rtsim/source` export condition,
// named for this workspace so that no third-party package that ships a `source` condition is resolved to its sources),
// so `pnpm viewer` needs no prior build of core and sim.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@rtsim/source', ...defaultClientConditions] },
  define: { __RTSIM_VERSION__: JSON.stringify(simPackage.version) },
  worker: { format: 'es' },
  // The DVH reader's chunk (@rtsim/sim/dvh with dcmjs, about 720 kB minified) is the largest, and the page loads it
  // only when a DVH file is opened: warn above that rather than on every build.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
});
