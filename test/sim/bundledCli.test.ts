import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rtsimVersion } from '../../packages/sim/dist/node.js';

// The package's `rtsim` executable is the bundle (packages/sim/scripts/bundle-cli.mjs, built by `pnpm build`); the
// other CLI tests run dist/bin, the unbundled build. The bundle must be the same program: same files, byte for byte,
// on worker threads (the bundled worker entry) and in expected mode.
const packageJson = JSON.parse(readFileSync('packages/sim/package.json', 'utf8')) as { bin: { rtsim: string } };
const bundled = resolve('packages/sim', packageJson.bin.rtsim);
const unbundled = resolve('packages/sim/dist/bin/rtsim.js');
const scenario = resolve('bench/scenarios/r1.yaml');
const directory = mkdtempSync(join(tmpdir(), 'rtsim-bundle-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const rtsim = (bin: string, args: readonly string[]): string => execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const read = (folder: string, file: string): string => readFileSync(join(directory, folder, file), 'utf8');

describe('the bundled rtsim executable', () => {
  it('is the package bin, in its own folder of the build', () => {
    expect(packageJson.bin.rtsim).toBe('./dist/bundle/rtsim.js');
    expect(rtsim(bundled, ['--version'])).toBe(`${rtsimVersion()}\n`);
  });

  it('holds the program in fewer than 100 chunks, where the unbundled build has more than 400 modules (docs/cli.md)', () => {
    const chunks = readdirSync(resolve('packages/sim/dist/bundle')).filter((name) => name.endsWith('.js'));
    const modules = ['packages/core/dist', 'packages/sim/dist']
      .flatMap((root) => readdirSync(resolve(root), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js') && !name.startsWith('bundle')));
    expect(chunks.length).toBeLessThan(100);
    expect(modules.length).toBeGreaterThan(400);
  });

  it('carries the licence of every third-party package bundled into it (from the chunks\' source maps); dcmjs stays an import', () => {
    const folder = resolve('packages/sim/dist/bundle');
    const maps = readdirSync(folder).filter((name) => name.endsWith('.js.map'));
    const sources = maps.flatMap((name) => (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { sources: string[] }).sources);
    const bundled = new Set(sources.flatMap((source) => {
      const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      return match?.[1] === undefined ? [] : [match[1]];
    }));
    expect([...bundled]).toEqual(expect.arrayContaining(['yaml', 'valibot', 'comlink', 'd3-array']));
    expect(bundled.has('dcmjs')).toBe(false);
    const notices = readFileSync(join(folder, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    const headings = new Set([...notices.matchAll(/^(\S+) \d+\.\d+\.\d+\S* \(([^)]+)\)$/gm)].map((match) => match[1]));
    expect([...headings].sort()).toEqual([...bundled].sort());
    for (const name of ['yaml', 'valibot']) expect(notices).toContain(readFileSync(resolve('packages/sim/node_modules', name, name === 'yaml' ? 'LICENSE' : 'LICENSE.md'), 'utf8').trim());
  });

  it('embeds the WebAssembly block kernel (base64 of a module starting with the bytes \\0asm)', () => {
    const folder = resolve('packages/sim/dist/bundle');
    const chunks = readdirSync(folder).filter((name) => name.endsWith('.js'));
    expect(chunks.some((name) => readFileSync(join(folder, name), 'utf8').includes('"AGFzbQ'))).toBe(true);
  });

  it('writes the files of the unbundled build on 2 worker threads, byte for byte (the report\'s charts from the bundled d3)', () => {
    for (const [bin, folder] of [[bundled, 'bundled'], [unbundled, 'unbundled']] as const) {
      rtsim(bin, ['run', scenario, '--patients', '3000', '--workers', '2', '--out', join(directory, folder)]);
    }
    for (const file of ['results.json', 'arms.csv', 'report.html', 'endpoints.csv']) expect(read('bundled', file)).toBe(read('unbundled', file));
    expect(JSON.parse(read('bundled', 'results.json')).patients).toBe(3000);
  });

  it('writes the expected-mode file of the unbundled build, byte for byte', () => {
    for (const [bin, folder] of [[bundled, 'expected-bundled'], [unbundled, 'expected-unbundled']] as const) {
      rtsim(bin, ['run', scenario, '--mode', 'expected', '--points', '256', '--scramblings', '4', '--out', join(directory, folder)]);
    }
    expect(read('expected-bundled', 'expected.json')).toBe(read('expected-unbundled', 'expected.json'));
  });
});
