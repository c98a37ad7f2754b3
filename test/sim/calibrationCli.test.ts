import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The command line as built JavaScript (`pnpm build` runs before vitest in `pnpm test`), in-process through `main`.
import { exitCodes } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-calibrate-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
copyFileSync(new URL('../fixtures/calibration/tiny.yaml', import.meta.url), join(directory, 'tiny.yaml'));

/** Runs `rtsim ...args` in-process; resolves with the status and what was written. */
const rtsim = inProcessCli(directory);

describe('rtsim calibrate DATA', () => {
  it('fits the tiny fixture, prints both tables and writes calibration.json and calibration.html', async () => {
    const result = await rtsim('calibrate', 'tiny.yaml', '--out', 'out');
    expect(result.stderr).toMatch(/1 parameter, 1 fitted and 1 held-out series, 4096 virtual patients per series/);
    expect(result.status).toBe(exitCodes.ok);
    expect(result.stdout).toMatch(/^Tiny calibration fixture\n/);
    expect(result.stdout).toMatch(/mean alpha\s+0\.232\s+0\.\d+\s+\[0\.\d+, 0\.\d+\]/);
    expect(result.stdout).toMatch(/gross-66\s+fit\s+5\s+44\.4 \[/);
    expect(result.stdout).toMatch(/gross-64\s+holdout\s+5\s+45\.0 \[/);
    expect(result.stdout).toMatch(/−2 ln L = \d+\.\d{3} on 0 degrees of freedom/);
    const json = JSON.parse(readFileSync(join(directory, 'out', 'calibration.json'), 'utf8')) as {
      parameters: { estimate: number; ci95: [number, number] }[];
      cohorts: { id: string; predicted: { localControl: number } }[];
    };
    const [alpha] = json.parameters;
    // One parameter and one fitted series: the estimate reproduces the series (16 of 36 controlled).
    expect(json.cohorts[0]?.predicted.localControl).toBeCloseTo(16 / 36, 3);
    expect(alpha?.ci95[0]).toBeLessThan(alpha?.estimate ?? 0);
    expect(alpha?.ci95[1]).toBeGreaterThan(alpha?.estimate ?? 1);
    const html = readFileSync(join(directory, 'out', 'calibration.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('Tiny calibration fixture');
    const again = await rtsim('calibrate', 'tiny.yaml', '--out', 'again', '--json');
    expect(again.status).toBe(exitCodes.ok);
    expect(again.stdout).toBe(readFileSync(join(directory, 'out', 'calibration.json'), 'utf8'));
    expect(readFileSync(join(directory, 'again', 'calibration.html'), 'utf8')).toBe(html);
  });

  it('--no-profile fits without intervals; --patients overrides the file', async () => {
    const result = await rtsim('calibrate', 'tiny.yaml', '--out', 'quick', '--no-profile', '--patients', '2048', '--json');
    expect(result.status).toBe(exitCodes.ok);
    const json = JSON.parse(result.stdout) as { patients: number; parameters: { ci95: unknown }[] };
    expect(json.patients).toBe(2048);
    expect(json.parameters[0]?.ci95).toBeNull();
  });

  it('refuses an invalid file with every problem, its path and line, status 2, writing nothing', async () => {
    writeFileSync(join(directory, 'broken.yaml'), readFileSync(join(directory, 'tiny.yaml'), 'utf8').replace('failures: 20', 'failures: 40').replace('role: holdout', 'role: heldout'));
    const result = await rtsim('calibrate', 'broken.yaml', '--out', 'broken');
    expect(result.status).toBe(exitCodes.invalidInput);
    expect(result.stderr).toMatch(/broken\.yaml is not a valid calibration file \(2 problems\):/);
    expect(result.stderr).toMatch(/cohorts\[0\]\.observed\.failures: expected at most patients \(36\), got 40 \(\d+:\d+\)/);
    expect(result.stderr).toMatch(/cohorts\[1\]\.role: expected one of 'fit', 'holdout', got "heldout" \(\d+:\d+\)/);
    expect(existsSync(join(directory, 'broken'))).toBe(false);
  });

  it('refuses an empty file saying that it is empty and what the file needs, status 2, writing nothing', async () => {
    writeFileSync(join(directory, 'empty.yaml'), '');
    const result = await rtsim('calibrate', 'empty.yaml', '--out', 'empty');
    expect(result.status).toBe(exitCodes.invalidInput);
    expect(result.stderr).toBe(
      'rtsim calibrate: empty.yaml is not a valid calibration file (1 problem):\n' +
        '(file): the file is empty; a calibration file needs version, name, seed, patients, parameters and cohorts, and a local-control evidence file version, name and series\n',
    );
    expect(existsSync(join(directory, 'empty'))).toBe(false);
  });

  it('answers --help, and refuses a missing file or a bad --patients', async () => {
    expect((await rtsim('calibrate', '--help')).stdout).toMatch(/^Usage: rtsim calibrate DATA \[options\]/);
    expect((await rtsim('calibrate', 'nothing.yaml')).status).toBe(exitCodes.invalidInput);
    const bad = await rtsim('calibrate', 'tiny.yaml', '--patients', '0');
    expect(bad.status).toBe(exitCodes.invalidInput);
    expect(bad.stderr).toMatch(/^rtsim calibrate: --patients: expected a whole number from 1 to/);
  });
});
