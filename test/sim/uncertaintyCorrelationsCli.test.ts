import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The command line as built JavaScript (`pnpm build` runs before vitest in `pnpm test`), in-process through
// `main`; --workers 2 starts real worker threads from the build.
import { exitCodes } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';
import { longShortScenario } from './longShortScenario.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-correlations-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const scenarioText = longShortScenario('CLI test with correlated parameters', 11, 5000, `uncertainty:
  draws: 5
  parameters:
    - { path: 'cohort.subtypes[sts].alpha.mean', label: mean alpha, distribution: { dist: normal, mean: 0.3, sd: 0.03, min: 0.1 } }
    - { path: 'cohort.subtypes[sts].alphaBeta.median', label: alpha/beta, distribution: { dist: lognormal, median: 4.9, sigma: 0.25 } }
    - { path: 'cohort.subtypes[sts].detectionVolume.value', distribution: { dist: uniform, min: 0.5, max: 2 } }
  correlations:
    - { between: [mean alpha, alpha/beta], rho: -0.7 }
`);
const file = join(directory, 'correlated.yaml');
writeFileSync(file, scenarioText);

/** Runs `rtsim ...args` in-process; resolves with the status and what was written. */
const rtsim = inProcessCli(directory);

const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');

describe('rtsim run FILE with correlated uncertain parameters', () => {
  it('gives the same files on 0 and 2 worker threads and from three merged shards of either split, and records and prints the correlations', async () => {
    const inThread = await rtsim('run', file, '--workers', '0', '--out', 'thread');
    expect(inThread.status).toBe(exitCodes.ok);
    expect(inThread.stdout).toContain('Correlated (Gaussian copula, normal-score ρ): mean alpha – alpha/beta −0.7\n');
    expect((await rtsim('run', file, '--workers', '2', '--out', 'pool')).status).toBe(exitCodes.ok);
    expect(read('pool', 'results.json')).toBe(read('thread', 'results.json'));
    expect(read('pool', 'report.html')).toBe(read('thread', 'report.html'));
    for (const split of ['strided', 'contiguous']) {
      for (const k of [1, 2, 3]) {
        expect((await rtsim('run', file, '--workers', '0', '--shard', `${k}/3`, '--split', split, '--out', split)).status).toBe(exitCodes.ok);
      }
      const suffix = split === 'contiguous' ? '-contiguous' : '';
      const merged = await rtsim('merge', `${split}/partial-1-of-3${suffix}.json`, `${split}/partial-2-of-3${suffix}.json`, `${split}/partial-3-of-3${suffix}.json`, '--out', `merged-${split}`);
      expect(merged.status).toBe(exitCodes.ok);
      expect(read(`merged-${split}`, 'results.json')).toBe(read('thread', 'results.json'));
      expect(read(`merged-${split}`, 'report.html')).toBe(read('thread', 'report.html'));
    }
    const results = JSON.parse(read('thread', 'results.json')) as { uncertainty: { correlations: unknown } };
    expect(results.uncertainty.correlations).toEqual([
      { between: ['cohort.subtypes[sts].alpha.mean', 'cohort.subtypes[sts].alphaBeta.median'], labels: ['mean alpha', 'alpha/beta'], rho: -0.7 },
    ]);
  });

  it('reports an invalid correlation with its line and exits with status 2', async () => {
    const broken = join(directory, 'broken.yaml');
    writeFileSync(broken, scenarioText.replace('rho: -0.7', 'rho: -1'));
    const result = await rtsim('run', broken, '--workers', '0', '--out', 'broken');
    expect(result.status).toBe(exitCodes.invalidInput);
    expect(result.stderr).toMatch(/uncertainty\.correlations\[0\]\.rho: expected a number > -1 and < 1, got -1 \(23:49\)/);
  });
});

describe('rtsim sensitivity FILE with correlated uncertain parameters', () => {
  it('refuses with status 2 and says why: the indices assume independent parameters', async () => {
    const result = await rtsim('sensitivity', file, '--workers', '0', '--samples', '5', '--out', 'sensitivity');
    expect(result.status).toBe(exitCodes.invalidInput);
    expect(result.stderr).toMatch(/the uncertain parameters are correlated \('mean alpha' ~ 'alpha\/beta', rho = -0\.7\), but the tornado and the Sobol indices assume independent parameters/);
    expect(result.stderr).toMatch(/Remove uncertainty\.correlations/);
  });
});
