import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-workers-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);

// One block of patients: however many workers are allowed, the pool starts one.
writeFileSync(
  join(directory, 'one-block.yaml'),
  `version: 1
name: One block
references: ["test scenario"]
seed: 3
patients: 100
cohort:
  diameter: 3
  subtypes:
    - ref: sts
arms:
  - id: a
    schedule: { fractions: 5, dose: 6 }
  - id: b
    schedule: { fractions: 25, dose: 2 }
followUp: { years: 2 }
uncertainty:
  draws: 1
  parameters:
    - path: cohort.subtypes[sts].alpha.mean
      distribution: { dist: normal, mean: 0.232, sd: 0.03, min: 0.1, max: 0.4 }
`,
);

// The documented limit (docs/cli.md): 4 worker threads per CPU this process may use.
const limit = 4 * availableParallelism();

describe('--workers is at most 4 × the CPUs available', () => {
  it.each([['run'], ['sensitivity']])('rtsim %s --workers 1024 (or limit + 1) exits 2 naming the option and the limit, writing nothing', async (command) => {
    for (const count of new Set([1024, limit + 1].filter((n) => n > limit))) {
      const out = `${command}-${count}`;
      const { status, stderr } = await rtsim(command, 'one-block.yaml', '--workers', String(count), '--out', out);
      expect(status).toBe(2);
      expect(stderr).toBe(`rtsim ${command}: --workers: at most ${limit} worker threads on this computer (4 per CPU, ${availableParallelism()} CPU${availableParallelism() === 1 ? '' : 's'} available; each thread takes about 15 MB), got ${count}\n`);
      expect(existsSync(join(directory, out))).toBe(false);
    }
  });

  it('rtsim run --workers at the limit is accepted', async () => {
    const { status, stderr } = await rtsim('run', 'one-block.yaml', '--workers', String(limit), '--out', 'at-limit');
    expect(stderr).not.toContain('--workers');
    expect(status).toBe(0);
  });

  it('rtsim run --workers with a value that is not a whole number names the range', async () => {
    const { status, stderr } = await rtsim('run', 'one-block.yaml', '--workers', 'many', '--out', 'many');
    expect(status).toBe(2);
    expect(stderr).toBe(`rtsim run: --workers: expected a whole number from 0 (the main thread) to ${limit}, got 'many'\n`);
  });
});
