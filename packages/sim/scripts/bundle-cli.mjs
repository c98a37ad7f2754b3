/* global URL */
// Bundles the command line (dist/bin/rtsim.js) and the cohort worker it starts into dist/bundle/, the package's `rtsim`
// executable. Why: Node resolves, reads and links each ES module separately, and `rtsim run` loads several hundred of
// this workspace's modules: that took more time than an expected-mode integral (docs/performance.md, B7). The bundle
// holds this package and @rtsim/core in fewer than 100 chunks (against more than 400 modules unbundled); third-party dependencies stay external (they are dependencies of the package and load as before). Both entries land in one folder, so the worker's URL relative to
// nodeSpawn and the package.json relative to rtsimVersion resolve as they do in dist/ (both are one folder below the
// package root there too). Run after `tsc -b`; dist/bin keeps working and is what the tests import.
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outDir = `${dist}bundle`;

/** Bundled: relative imports and the workspace's own packages; everything else (dependencies, node:) stays an import. */
function external(id) {
  return !(id.startsWith('.') || id.startsWith('/') || id.startsWith('@rtsim/') || /^[A-Za-z]:[\\/]/.test(id));
}

// Chunks keep fixed names ([name].js, no content hash) and are written over in place, as tsc does in dist/bin: a
// command started before a rebuild loads its lazy chunks (commands, the DICOM reader, the worker) by names that still
// exist after it. A chunk a later build no longer makes stays behind, unused.
await build({
  input: { rtsim: `${dist}bin/rtsim.js`, 'cohortWorker.node': `${dist}pool/cohortWorker.node.js` },
  platform: 'node',
  external,
  logLevel: 'warn',
  output: { dir: outDir, format: 'esm', sourcemap: true, chunkFileNames: '[name].js' },
});
// Executable, as tsc leaves dist/bin/rtsim.js (its hashbang line runs it directly from a checkout).
await chmod(`${outDir}/rtsim.js`, 0o755);
