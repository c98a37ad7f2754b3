/* global URL */
// Bundles the command line (dist/bin/rtsim.js) and the cohort worker it starts into dist/bundle/, the package's `rtsim`
// executable. Why: Node resolves, reads and links each ES module separately, and `rtsim run` loads several hundred of
// this workspace's modules: that took more time than an expected-mode integral (docs/performance.md, B7). The bundle
// holds this package, @rtsim/core and the pure-JavaScript dependencies in fewer than 100 chunks (against more than 400
// modules unbundled). Both entries land in one folder, so the worker's URL relative to nodeSpawn and the package.json
// relative to rtsimVersion resolve as they do in dist/ (both are one folder below the package root there too). Run
// after `tsc -b`; dist/bin keeps working and is what the tests import.
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outDir = `${dist}bundle`;

/**
 * Dependencies left as imports. dcmjs (the DICOM parser, 9 MB with seven dependencies of its own) is loaded only when a
 * scenario names DICOM files: bundling it would make the package larger and no command faster. Every other dependency
 * is plain JavaScript and is bundled: `yaml` alone took 54–86 ms to import as its 72 CommonJS files, in a command
 * whose integral takes 75 ms (docs/performance.md, B7).
 */
const keptExternal = new Set(['dcmjs']);
const keptExternalPrefixes = ['dcmjs/'];

/** Left as an import: Node's built-ins and keptExternal; bundled: relative paths, the workspace, other dependencies. */
function external(id) {
  return id.startsWith('node:') || keptExternal.has(id) || keptExternalPrefixes.some((prefix) => id.startsWith(prefix));
}

// Chunks keep fixed names ([name].js, no content hash) and are written over in place, as tsc does in dist/bin: a
// command started before a rebuild loads its lazy chunks (commands, the DICOM reader, the worker) by names that still
// exist after it. A chunk a later build no longer makes is deleted after the build, so that a package packed from a
// working tree ships only this build's files (and the licence notices read only them).
const output = await build({
  input: { rtsim: `${dist}bin/rtsim.js`, 'cohortWorker.node': `${dist}pool/cohortWorker.node.js` },
  platform: 'node',
  external,
  logLevel: 'warn',
  output: { dir: outDir, format: 'esm', sourcemap: true, chunkFileNames: '[name].js' },
});
// Executable, as tsc leaves dist/bin/rtsim.js (its hashbang line runs it directly from a checkout).
await chmod(`${outDir}/rtsim.js`, 0o755);
const written = new Set([...output.output.map((file) => file.fileName), 'THIRD-PARTY-LICENSES.txt']);
for (const name of await readdir(outDir)) if (!written.has(name)) await rm(`${outDir}/${name}`);
await writeFile(`${outDir}/THIRD-PARTY-LICENSES.txt`, await licenceNotices(output.output.flatMap((chunk) => chunk.moduleIds ?? [])));

/** The folder of the npm package holding a bundled module (`…/node_modules/@scope/name/…`), or undefined for our own. */
function packageFolder(moduleId) {
  const at = moduleId.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const parts = moduleId.slice(at + '/node_modules/'.length).split('/');
  return join(moduleId.slice(0, at), 'node_modules', ...parts.slice(0, parts[0]?.startsWith('@') ? 2 : 1));
}

/**
 * The licence text of every third-party package whose code is in the bundle (their MIT, ISC and Apache-2.0 licences ask
 * that copies carry the notice), sorted by name, as `name version (licence)` and the package's own licence file.
 */
async function licenceNotices(moduleIds) {
  const folders = [...new Set(moduleIds.map(packageFolder).filter((folder) => folder !== undefined))];
  const notices = await Promise.all(folders.map(async (folder) => {
    const { name, version, license } = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
    const file = (await readdir(folder)).find((entry) => /^licen[cs]e/i.test(entry));
    if (file === undefined) throw new Error(`bundle-cli: ${name} ${version} is bundled but has no licence file in ${folder}`);
    return { name, text: `${name} ${version} (${license})\n\n${(await readFile(join(folder, file), 'utf8')).trim()}\n` };
  }));
  notices.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const header = 'Third-party code bundled into the rtsim executable (dist/bundle), with its licence.\n';
  return [header, ...notices.map((notice) => notice.text)].join(`\n${'-'.repeat(80)}\n\n`);
}
