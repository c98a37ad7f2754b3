import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessCli } from './inProcessCli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rtsim = inProcessCli(root);
let out = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'rtsim-expected-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('rtsim run --mode expected', () => {
  it('docs/expected-mode.md: the R1 table is what the command prints, and every arm reaches SE ≤ 0.02 pp', async () => {
    const doc = await readFile(join(root, 'docs/expected-mode.md'), 'utf8');
    const block = doc.split('<!-- expected-r1:start -->')[1]?.split('<!-- expected-r1:end -->')[0] ?? '';
    const shown = block.split('```\n')[1] ?? '';
    expect(shown).toMatch(/^Benchmark R1/);
    const run = await rtsim('run', 'bench/scenarios/r1.yaml', '--mode', 'expected', '--points', '8192', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(shown);
    const written = JSON.parse(await readFile(join(out, 'expected.json'), 'utf8')) as { arms: { standardError: number }[] };
    expect(Math.max(...written.arms.map((arm) => arm.standardError))).toBeLessThanOrEqual(0.0002);
    // "the default 16 × 4096 leaves the worst arm, 5 × 6 Gy, at 0.0215" (docs/expected-mode.md)
    const half = await rtsim('run', 'bench/scenarios/r1.yaml', '--mode', 'expected', '--out', out, '--json');
    const arms = (JSON.parse(half.stdout) as { arms: { id: string; standardError: number }[] }).arms;
    const worst = arms.reduce((a, b) => (b.standardError > a.standardError ? b : a));
    expect([worst.id, (100 * worst.standardError).toFixed(4)]).toEqual(['hypo-5x6', '0.0215']);
  });

  it('prints the expected-TCP table and writes expected.json, the same bytes --json prints', async () => {
    const table = await rtsim('run', 'bench/scenarios/r1.yaml', '--mode', 'expected', '--points', '256', '--scramblings', '4', '--out', out);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/expected outcomes, 4 scramblings × 256 Sobol' points, seed 20261126/);
    expect(table.stdout).toMatch(/^conventional-25x2 +\d+\.\d{3} +\d\.\d{4} +\d+\.\d{3} to \d+\.\d{3}$/m);
    expect(table.stdout).toMatch(/^conventional-25x2 − hypo-5x6 /m);
    const written = await readFile(join(out, 'expected.json'), 'utf8');
    const json = await rtsim('run', 'bench/scenarios/r1.yaml', '--mode', 'expected', '--points', '256', '--scramblings', '4', '--out', out, '--json');
    expect(json.stdout).toBe(written);
    const parsed = JSON.parse(written) as { kind: string; points: number; scramblings: number; arms: { id: string }[] };
    expect([parsed.kind, parsed.points, parsed.scramblings, parsed.arms.length]).toEqual(['rtsim-expected', 256, 4, 4]);
  });

  it('refuses a scenario with features from other streams, naming them (exit 2)', async () => {
    const refused = join(out, 'refused');
    const run = await rtsim('run', 'scenarios/default.yaml', '--mode', 'expected', '--out', refused);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/expected mode cannot integrate this scenario: arms\[0, 1\]\.localControl \(the residual-disease model\) .*background .*metastasis/);
    expect(existsSync(refused)).toBe(false); // nothing written
    // Classic arms with metastasis and background: the residual-disease stream is named as what those run on.
    const classic = join(out, 'classic-with-metastasis.yaml');
    await writeFile(classic, `${await readFile(join(root, 'scenarios/treatment-gap.yaml'), 'utf8')}metastasis: {}\nbackground: { lifeTable: us-ssa-2017, sex: { female: 0.43 } }\n`);
    const classicRun = await rtsim('run', classic, '--mode', 'expected', '--out', refused);
    expect(classicRun.status).toBe(2);
    expect(classicRun.stderr).toMatch(/expected mode cannot integrate this scenario: the residual-disease model, which metastasis and background run on, .*background .*metastasis/);
    expect(existsSync(refused)).toBe(false);
  });

  it('refuses trial-only options and a point count that is not a power of 2', async () => {
    const patients = await rtsim('run', 'bench/scenarios/r1.yaml', '--mode', 'expected', '--patients', '100', '--workers', '2');
    expect(patients.status).toBe(2);
    expect(patients.stderr).toMatch(/--patients, --workers belong to the trial/);
    const points = await rtsim('run', 'bench/scenarios/r1.yaml', '--mode', 'expected', '--points', '1000');
    expect(points.stderr).toMatch(/--points: expected a power of 2/);
    const stray = await rtsim('run', 'bench/scenarios/r1.yaml', '--scramblings', '8');
    expect(stray.stderr).toMatch(/--points and --scramblings belong to --mode expected/);
    const mode = await rtsim('run', 'bench/scenarios/r1.yaml', '--mode', 'fast');
    expect(mode.stderr).toMatch(/--mode: expected trial or expected, got 'fast'/);
  });
});
