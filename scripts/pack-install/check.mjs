// The pack-and-install check (`pnpm test:release`; .ci/run runs it after the test suite): packs @rtsim/core and
// @rtsim/sim as they would be published (`pnpm pack`, after `pnpm build`), installs the tarballs into a fresh
// project outside the workspace, and there
//   1. imports the public API from Node ESM, runs a small trial and the installed `rtsim` executable (node-check.mjs),
//   2. type-checks a consumer against the installed declarations with tsc (types-check.ts, no skipLibCheck),
//   3. bundles a browser consumer with Vite (browser.js, with the @rtsim/sim/dvh entry as a dynamic import) and
//      checks the bundle imports no Node built-in.
// Dependencies come from the pnpm store when it has them (--prefer-offline) and from the npm registry otherwise;
// typescript, vite and @types/node at the workspace's exact versions. Keep the project with --keep.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const consumer = fileURLToPath(new URL('consumer/', import.meta.url));
const keep = process.argv.includes('--keep');

// pnpm as it runs this script (`pnpm test:release`, also through `npx pnpm@10`), else the one on PATH.
const execPath = process.env['npm_execpath'];
const pnpm = execPath !== undefined && /pnpm/.test(execPath) ? [process.execPath, execPath] : ['pnpm'];

function run(command, args, cwd, label) {
  const started = Date.now();
  try {
    execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  } catch (error) {
    process.stderr.write(`pack-install: ${label} failed (${[command, ...args].join(' ')} in ${cwd}):\n${error.stdout ?? ''}${error.stderr ?? ''}\n`);
    throw new Error(`${label} failed`, { cause: error });
  }
  process.stderr.write(`pack-install: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

const workspaceVersion = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

const project = mkdtempSync(join(tmpdir(), 'rtsim-pack-'));
try {
  for (const name of ['core', 'sim']) run(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', project], join(root, 'packages', name), `pack @rtsim/${name}`);
  const tarballs = readdirSync(project).filter((file) => file.endsWith('.tgz'));
  const tarball = (name) => {
    const file = tarballs.find((candidate) => candidate.startsWith(`rtsim-${name}-`));
    if (file === undefined) throw new Error(`pnpm pack wrote no tarball of @rtsim/${name} (found ${tarballs.join(', ')})`);
    return `file:./${file}`;
  };
  cpSync(consumer, project, { recursive: true });
  const manifest = {
    name: 'rtsim-pack-install-check',
    private: true,
    type: 'module',
    dependencies: { '@rtsim/core': tarball('core'), '@rtsim/sim': tarball('sim') },
    devDependencies: { typescript: workspaceVersion('typescript'), vite: workspaceVersion('vite'), '@types/node': workspaceVersion('@types/node') },
    // @rtsim/sim depends on @rtsim/core by version: take it from its tarball too, not from the registry.
    pnpm: { overrides: { '@rtsim/core': tarball('core') } },
  };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  run(pnpm[0], [...pnpm.slice(1), 'install', '--prefer-offline', '--ignore-workspace'], project, 'install the tarballs into a fresh project');
  run(process.execPath, ['node-check.mjs'], project, 'Node ESM: import, run a trial, run the rtsim executable');
  run(process.execPath, [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], project, 'tsc: the declarations type-check');
  run(process.execPath, [join(project, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], project, 'Vite: a browser bundle');
  const bundle = readdirSync(join(project, 'dist', 'assets')).filter((file) => file.endsWith('.js'));
  const nodeImports = bundle.filter((file) => /from\s*["']node:|import\(\s*["']node:/.test(readFileSync(join(project, 'dist', 'assets', file), 'utf8')));
  if (bundle.length === 0 || nodeImports.length > 0) throw new Error(`the browser bundle ${bundle.length === 0 ? 'is empty' : `imports Node built-ins (${nodeImports.join(', ')})`}`);
  process.stderr.write(`pack-install: passed${keep ? ` (project kept in ${project})` : ''}\n`);
} catch (error) {
  process.stderr.write(`pack-install: ${error.message}${keep ? '' : ' (rerun with --keep to inspect the project)'}\n`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(project, { recursive: true, force: true });
}
