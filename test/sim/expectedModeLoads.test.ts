import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `rtsim run --mode expected` loads only what expected mode uses (docs/performance.md, B7): runCommand imports the trial
// (worker pool, report files, trial statistics) only for a trial. Checked by running the command under a module hook
// that writes every URL Node loads to a file; for the bundle, each loaded chunk's source map names the modules in it.
const directory = mkdtempSync(join(tmpdir(), 'rtsim-loads-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.RTSIM_LOAD_LOG, url + '\\n'); return next(url, context); }`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;

/** The URLs Node loads for `rtsim run r1.yaml --mode expected` (a small run), from the executable `bin`. */
function loadedUrls(bin: string, name: string): string[] {
  const log = join(directory, `${name}.log`);
  execFileSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, bin, 'run', resolve('bench/scenarios/r1.yaml'), '--mode', 'expected', '--points', '256', '--scramblings', '2', '--out', join(directory, name)],
    { env: { ...process.env, RTSIM_LOAD_LOG: log }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');
}

/** The trial's own folders of packages/sim/src: none of their modules is needed to integrate expected outcomes. */
const trialFolder = /packages\/sim\/(src|dist)\/(pool|report|trial|charts|uncertainty|sensitivity|calibration)\//;

describe('rtsim run --mode expected loads only expected mode', () => {
  it('unbundled (dist/bin): no module of the worker pool, the reports, the trial, no worker_threads, no d3 or comlink', () => {
    const urls = loadedUrls(resolve('packages/sim/dist/bin/rtsim.js'), 'unbundled');
    expect(urls.some((url) => url.endsWith('/dist/expected/expectedOutcomes.js'))).toBe(true);
    expect(urls.filter((url) => trialFolder.test(url))).toEqual([]);
    expect(urls.filter((url) => url === 'node:worker_threads' || /node_modules\/(d3-|comlink|@noble)/.test(url))).toEqual([]);
  });

  it('bundled (the package bin): no chunk holding a trial module, and no third-party package loaded from node_modules', () => {
    const urls = loadedUrls(resolve('packages/sim/dist/bundle/rtsim.js'), 'bundled');
    const chunks = urls.filter((url) => url.includes('/dist/bundle/')).map((url) => fileURLToPath(url));
    // rolldown's own helpers (rolldown-runtime.js) come without a source map; every other chunk has one.
    const mapped = chunks.filter((chunk) => existsSync(`${chunk}.map`));
    expect(chunks.filter((chunk) => !mapped.includes(chunk)).map((chunk) => basename(chunk))).toEqual(chunks.some((chunk) => chunk.endsWith('/rolldown-runtime.js')) ? ['rolldown-runtime.js'] : []);
    const sources = mapped.flatMap((chunk) => (JSON.parse(readFileSync(`${chunk}.map`, 'utf8')) as { sources: string[] }).sources);
    expect(sources.some((source) => source.endsWith('expected/expectedOutcomes.js'))).toBe(true);
    expect(sources.filter((source) => !source.includes('node_modules') && /\/(pool|report|trial|charts|uncertainty|sensitivity|calibration)\//.test(source))).toEqual([]);
    expect(urls.filter((url) => url.includes('/node_modules/') || url === 'node:worker_threads')).toEqual([]);
    // 70 files before the trial was split off and the dependencies bundled, 44 after (docs/performance.md, B7).
    expect(urls.length).toBeLessThan(50);
  });
});
