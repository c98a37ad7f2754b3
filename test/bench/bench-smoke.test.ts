import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Proves the benchmark suite still runs, at its tiny size: no timing is asserted (CI machines vary), only that
// every benchmark produced its figures in the documented shape. Needs the built packages (pnpm build), python3
// with numpy for the reference (CI installs it; elsewhere, without numpy, the numpy figures must say "not
// measured"), and Chromium for B5 (B5 may be "not measured" only where Chromium is absent).

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const python = process.env.PYTHON ?? 'python3';
const hasNumpy = spawnSync(python, ['-c', 'import numpy']).status === 0;
if (!hasNumpy) console.warn(`bench smoke: ${python} has no numpy, so the numpy reference figures are checked as "not measured"`);
const out = mkdtempSync(join(tmpdir(), 'rtsim-bench-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Figure {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  runs: number | null;
  target: string | null;
  pass: boolean | null;
  note?: string;
}

describe('node bench/run.mjs --tiny', () => {
  // The limits only stop a hung script; a loaded 2-core machine needs well over a minute for the tiny run.
  it('prints the table and writes results.json with every figure of B1–B7', async () => {
    const { stdout } = await run(process.execPath, ['bench/run.mjs', '--tiny', '--out', out], { cwd: root, timeout: 170_000 });
    expect(stdout).toMatch(/^rtsim benchmarks \(tiny\): /);
    expect(stdout).toMatch(/figure\s+value\s+unit\s+runs\s+target\s+result/);
    if (hasNumpy) expect(stdout).toContain('mean TCP per arm, rtsim vs numpy');

    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
      size: string;
      machine: { cpu: string; cores: number; node: string };
      tools: { numpy?: string };
      figures: Figure[];
      agreement: { arms: { id: string; pass: boolean }[] };
      problems: string[];
    };
    expect(results.size).toBe('tiny');
    expect(results.machine.cores).toBeGreaterThanOrEqual(1);
    expect(results.machine.node).toBe(process.version);
    expect(results.machine.cpu.length).toBeGreaterThan(0);
    if (hasNumpy) expect(results.tools.numpy).toMatch(/^\d+\.\d+/);
    expect(results.problems.filter((problem) => hasNumpy || !/numpy/.test(problem))).toEqual([]);

    const byId = new Map(results.figures.map((f) => [f.id, f]));
    const measured = ['B1.workers1', 'B3.rss.small', 'B3.rss.large', 'B3.ratio', 'B4.tcpPopulation', 'B4.curves', 'B4.localControlCurveR2'];
    measured.push('B7.rtsim');
    if (hasNumpy) measured.push('B1.numpy', 'B1.ratio.workers1', 'B1.agreement', 'B1.floor', 'B1.floor.ratio', 'B7.numpy', 'B7.ratio', 'B7.computeRatio');
    else expect(byId.get('B1.numpy')?.note).toMatch(/^not measured: .*numpy/);
    if (results.machine.cores >= 2) measured.push('B1.workers2', 'B2.speedup2', 'B2.efficiency2');
    if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) measured.push('B5.slider', 'B5.runner');
    for (const id of measured) {
      const f = byId.get(id);
      expect(f, id).toBeDefined();
      expect(Number.isFinite(f?.value), `${id}: ${f?.note ?? ''}`).toBe(true);
      expect(f?.value, id).toBeGreaterThan(0);
    }
    for (const f of results.figures) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'label', 'value', 'unit', 'runs', 'target', 'pass']));
      expect(f.pass, `${f.id}: targets are not judged at the tiny size`).toBeNull();
      if (f.value === null) expect(f.note).toMatch(/^not measured: /);
    }
    if (hasNumpy) {
      expect(results.agreement.arms.map((a) => a.id)).toEqual(['conventional-25x2', 'hypo-5x6', 'short-18x2', 'sbrt-3x18']);
      expect(results.agreement.arms.every((a) => a.pass)).toBe(true);
    }
  }, 180_000);
});
