// The limits of rtsim sensitivity's Saltelli rows and bootstrap resamples (docs/uncertainty.md, "Variance-based"):
// fewer than 5 rows is a usage error in every command that takes --samples; fewer than 41 resamples is accepted, the
// indices printed without intervals and the reason under the table on stdout, with no extra note on stderr.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-sensitivity-limits-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const scenario = resolve('scenarios/uncertainty-preop.yaml');
const why = ' (fewer Saltelli rows give a bootstrap distribution of at most 35 distinct values, too coarse for a 95 % interval: docs/uncertainty.md)';

describe('--samples below 5', () => {
  it('is refused by rtsim sensitivity and rtsim slurm --sensitivity, naming the least N and why, before anything runs', async () => {
    for (const n of ['2', '4']) {
      const sensitivity = await rtsim('sensitivity', scenario, '--samples', n, '--workers', '0', '--out', 'never');
      expect(sensitivity.status).toBe(exitCodes.invalidInput);
      expect(sensitivity.stderr).toBe(`rtsim sensitivity: --samples: expected a whole number from 5 to 1000000, got '${n}'${why}\n`);
      const slurm = await rtsim('slurm', scenario, '--shards', '2', '--sensitivity', '--samples', n, '--out', 'never');
      expect(slurm.status).toBe(exitCodes.invalidInput);
      expect(slurm.stderr).toContain(`rtsim slurm: --samples: expected a whole number from 5 to 1000000, got '${n}'${why}`);
    }
    expect(() => readFileSync(join(directory, 'never', 'sensitivity.json'))).toThrow();
  });
});

describe('--resamples below 41', () => {
  it('runs, prints S and S_T with — for their intervals and the reason on stdout, and writes null intervals; stderr is as with 1000', async () => {
    const options = ['--samples', '5', '--patients', '200', '--workers', '0'];
    const one = await rtsim('sensitivity', scenario, ...options, '--resamples', '1', '--out', 'one');
    expect(one.status).toBe(exitCodes.ok);
    expect(one.stdout).toContain(
      '95 % intervals not shown (—): 1 bootstrap resample cannot give them; a percentile interval needs at least 41, so that its ends are not the extreme resamples (--resamples, default 1000).\n',
    );
    const rows = one.stdout.split('\n').filter((line) => line.includes('[—, —]'));
    expect(rows).toHaveLength(5); // one per uncertain parameter, each with both intervals missing
    const file = JSON.parse(readFileSync(join(directory, 'one', 'sensitivity.json'), 'utf8')) as { sobol: { resamples: number; indices: { first: number; firstCi95: unknown; totalCi95: unknown }[] } };
    expect(file.sobol.resamples).toBe(1);
    for (const row of file.sobol.indices) {
      expect(typeof row.first).toBe('number');
      expect(row.firstCi95).toEqual([null, null]);
      expect(row.totalCi95).toEqual([null, null]);
    }
    const full = await rtsim('sensitivity', scenario, ...options, '--out', 'full');
    expect(full.status).toBe(exitCodes.ok);
    expect(full.stdout).not.toContain('intervals not shown');
    // The notes before the run are the same; only the line with the elapsed time and directory differs.
    const notes = (stderr: string): string[] => stderr.split('\n').filter((line) => !line.includes(' evaluations in '));
    expect(notes(one.stderr)).toEqual(notes(full.stderr));
  });
});
