import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The executable as built (`pnpm build` runs before vitest in `pnpm test`), in a Node that collects garbage every
// 50 ms: a host like that used to collect the comlink proxy of a worker that had finished its last batch while
// another was still busy; comlink then released the worker's port, the thread exited with code 0 and the run
// failed as "worker 1 of 2 crashed after its last batch".

const bin = resolve('packages/sim/dist/bin/rtsim.js');
const directory = mkdtempSync(join(tmpdir(), 'rtsim-gc-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// A USC course of hundreds of fractions makes a block of 4096 patients take a fraction of a second. In each run one
// worker finishes its last batch while the other still has a full block to go: in `rtsim run` the second block
// holds 100 patients, and the two-level run has three sets of a full and a small block. (Sensitivity analyses run
// on the two-level run's pool, runScenarioSets, so the second test stands for them too.) 1000 fractions at five a
// week take 3.8 years, so the follow-up is 5 years: a treatment must end within it (docs/scenarios.md).
const scenario = (patients: number, fractions: number): string => `version: 1
name: Slow blocks (USC)
references: ["test scenario"]
seed: 7
patients: ${patients}
cohort:
  diameter: 3
  subtypes:
    - ref: sts
arms:
  - id: usc
    schedule: { fractions: ${fractions}, dose: ${25 / fractions} }
    survival: { model: usc, d0: 1.5 }
followUp: { years: 5 }
`;
const uncertainty = (draws: number): string => `uncertainty:
  draws: ${draws}
  parameters:
    - path: cohort.subtypes[sts].alpha.mean
      distribution: { dist: normal, mean: 0.232, sd: 0.03, min: 0.1, max: 0.4 }
`;
const scenarioFile = join(directory, 'slow-blocks.yaml');
writeFileSync(scenarioFile, scenario(4096 + 100, 1000));
const twoLevelFile = join(directory, 'slow-blocks-two-level.yaml');
writeFileSync(twoLevelFile, scenario(4096 + 100, 400) + uncertainty(2));

/** Runs the built executable with garbage collection every 50 ms; resolves with its status and stderr. */
function executeCollectingGarbage(args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  const collectOften = 'data:text/javascript,setInterval(() => globalThis.gc(), 50).unref();';
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', collectOften, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`rtsim ${args.join(' ')} did not finish in 60 s`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stderr });
    });
  });
}

describe('worker pools in a host that collects garbage often', () => {
  it('rtsim run --workers 2 succeeds and writes its files when one worker finishes before the other', async () => {
    const out = join(directory, 'run');
    const { status, stderr } = await executeCollectingGarbage(['run', scenarioFile, '--workers', '2', '--out', out]);
    expect(stderr).not.toContain('crashed');
    expect(status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'))).toMatchObject({ patients: 4196 });
    expect(existsSync(join(out, 'arms.csv')) && existsSync(join(out, 'report.html'))).toBe(true);
  });

  it('a two-level run (rtsim run with an uncertainty section) on 2 workers succeeds', async () => {
    const out = join(directory, 'two-level');
    const { status, stderr } = await executeCollectingGarbage(['run', twoLevelFile, '--workers', '2', '--out', out]);
    expect(stderr).not.toContain('crashed');
    expect(status).toBe(0);
    expect(existsSync(join(out, 'results.json'))).toBe(true);
  });
});
