import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The command line is tested as built JavaScript (`pnpm -s build` first, as `pnpm test` does).
import { exitCodes } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';
import type { CliRun } from './inProcessCli.js';

const bin = resolve('packages/sim/dist/bin/rtsim.js');
const example = resolve('scenarios/avatars/ups-organoid.csv');
const directory = mkdtempSync(join(tmpdir(), 'rtsim-avatar-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function execute(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** Runs `main` from the build in-process, capturing its output. */
const inProcess = (args: readonly string[]): Promise<CliRun> => inProcessCli(directory)(...args);

describe('rtsim avatar (the built executable)', () => {
  it('fits the shipped example, prints the ranking and writes avatar.json and avatar.html', async () => {
    const out = join(directory, 'example');
    const { status, stdout, stderr } = await execute(['avatar', example, '--schedules', '25x2,5x6,3x18:everyDays=2', '--out', out, '--draws', '2000', '--seed', '7']);
    expect(status).toBe(0);
    expect(stderr).toContain('wrote avatar.json, avatar.html');
    expect(readdirSync(out).sort()).toEqual(['avatar.html', 'avatar.json']);
    expect(stdout).toMatch(/15 surviving fractions at 5 dose levels; 95% intervals \(Student t, 13 degrees of freedom\)/);
    expect(stdout).toMatch(/^ {3}1 {2}3x18:everyDays=2 /m);
    expect(stdout).toMatch(/^Best: 3x18:everyDays=2 \(TCP [\d.]+ % at the fit\), first in [\d.]+ % of 2000 draws/m);
    const json = JSON.parse(readFileSync(join(out, 'avatar.json'), 'utf8'));
    expect(json.format).toBe('rtsim-avatar');
    expect(json.dataFile).toBe('ups-organoid.csv');
    // The example was generated with α = 0.30, β = 0.075 (scripts/generate-avatar-example.py): both within the intervals.
    expect(json.fit.alphaCi95[0]).toBeLessThan(0.3);
    expect(json.fit.alphaCi95[1]).toBeGreaterThan(0.3);
    expect(json.fit.betaCi95[0]).toBeLessThan(0.075);
    expect(json.fit.betaCi95[1]).toBeGreaterThan(0.075);
    expect(json.comparison.draws).toBe(2000);
    expect(json.comparison.schedules.map((s: { label: string }) => s.label)).toEqual(['25x2', '5x6', '3x18:everyDays=2']);
    const html = readFileSync(join(out, 'avatar.html'), 'utf8');
    expect(html).toContain('class="chart avatar-survival"');
    expect(html).toContain('class="chart avatar-tcp"');
    expect(html).not.toContain('<script');
  });

  it('--json prints exactly avatar.json; the same seed gives the same bytes', async () => {
    const first = await inProcess(['avatar', example, '--schedules', '5x6,25x2', '--json', '--out', 'a', '--clonogens', '1e8', '--doubling-time', 'Infinity']);
    const second = await inProcess(['avatar', example, '--schedules', '5x6,25x2', '--json', '--out', 'b', '--clonogens', '1e8', '--doubling-time', 'Infinity']);
    expect(first.status).toBe(exitCodes.ok);
    expect(first.stdout).toBe(readFileSync(join(directory, 'a', 'avatar.json'), 'utf8'));
    expect(second.stdout).toBe(first.stdout);
    const json = JSON.parse(first.stdout);
    expect(json.tumour.clonogens).toBe(1e8);
    expect(json.tumour.doublingTime).toBeNull(); // Infinity: no repopulation
    expect(json.comparison.schedules[1].repopulationLogGain).toBe(0);
  });

  it('bad data: every problem with its row and column on stderr, exit 2, nothing written', async () => {
    const bad = join(directory, 'bad.csv');
    writeFileSync(bad, '# two problems\ndose,survivingFraction\n0,1\n-2,0.5\n4,1.3\nx,0.1\n');
    const { status, stdout, stderr } = await inProcess(['avatar', bad, '--schedules', '5x6', '--out', 'never']);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'rtsim avatar: bad.csv is not valid avatar data (3 problems):'.replace('bad.csv', bad),
      'row 4, column "dose": expected a dose from 0 to 100 Gy, got -2',
      'row 5, column "survivingFraction": expected a number in (0, 1], got 1.3',
      'row 6, column "dose": expected a number, got "x"',
      '',
    ]);
    expect(readdirSync(directory)).not.toContain('never');
  });

  it('a dose beyond 100 Gy (1e300 overflowed the fit and wrote NaN into avatar.html) is refused at its row, exit 2, nothing written', async () => {
    const huge = join(directory, 'huge.csv');
    writeFileSync(huge, 'dose,survivingFraction\n0,1\n2,0.5\n4,0.2\n1e300,0.05\n');
    const { status, stderr } = await inProcess(['avatar', huge, '--schedules', '5x6', '--out', 'never-huge']);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toBe(`rtsim avatar: ${huge} is not valid avatar data (1 problem):\nrow 5, column "dose": expected a dose from 0 to 100 Gy, got 1e+300\n`);
    expect(readdirSync(directory)).not.toContain('never-huge');
  });

  it('--volume beyond 100000 cm³ (1e302 made N₀ Infinity and failed with a misleading message) is a usage error naming the range', async () => {
    const run = await inProcess(['avatar', example, '--schedules', '5x6', '--volume', '1e302', '--out', 'never-volume']);
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(run.stderr).toBe("rtsim avatar: --volume: expected a tumour volume above 0 and at most 100000 cm³, got '1e302' (see rtsim avatar --help)\n");
    expect(readdirSync(directory)).not.toContain('never-volume');
  });

  it('a control and two dose levels without sd (an exact fit: intervals of zero width) are refused as docs/avatars.md shows, exit 2, nothing written', async () => {
    writeFileSync(join(directory, 'three.csv'), 'dose,survivingFraction\n0,1\n2,0.5\n4,0.1\n');
    const run = await inProcess(['avatar', 'three.csv', '--schedules', '25x2,5x6', '--out', 'never-three']);
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(run.stdout).toBe('');
    const doc = readFileSync(resolve('docs/avatars.md'), 'utf8');
    const shown = doc.split('\n').find((line) => line.trim().startsWith('rtsim avatar: three.csv: '));
    expect(run.stderr).toBe(`${shown?.trim()}\n`);
    expect(readdirSync(directory)).not.toContain('never-three');
  });

  it('SF 1 at every dose (no cell kill; it used to name a best schedule 100% of the time) is refused, exit 2', async () => {
    writeFileSync(join(directory, 'ones.csv'), 'dose,survivingFraction\n0,1\n0,1\n2,1\n4,1\n');
    const run = await inProcess(['avatar', 'ones.csv', '--schedules', '25x2,5x6', '--out', 'never-ones']);
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(run.stderr).toBe('rtsim avatar: ones.csv: the surviving fraction is 1 at every dose above 0 Gy: the data show no cell kill, so α and β are both 0 and cannot rank schedules; nothing was written\n');
    expect(readdirSync(directory)).not.toContain('never-ones');
  });

  it('rows pasted four times get a note each on stderr and the fit goes on; the table gives TCP at the fit and the mean over the draws', async () => {
    const block = '2,0.55\n4,0.12\n6,0.015\n';
    writeFileSync(join(directory, 'four.csv'), `dose,survivingFraction\n${block.repeat(4)}`);
    const four = await inProcess(['avatar', 'four.csv', '--schedules', '25x2,5x6', '--out', 'four']);
    expect(four.status).toBe(exitCodes.ok);
    expect(four.stderr.split('\n').slice(0, 3)).toEqual([
      'rtsim avatar: note: rows 2, 5, 8 and 11 of four.csv are identical (dose 2 Gy, SF 0.55): if they are copies rather than separate wells, they narrow the intervals falsely',
      'rtsim avatar: note: rows 3, 6, 9 and 12 of four.csv are identical (dose 4 Gy, SF 0.12): if they are copies rather than separate wells, they narrow the intervals falsely',
      'rtsim avatar: note: rows 4, 7, 10 and 13 of four.csv are identical (dose 6 Gy, SF 0.015): if they are copies rather than separate wells, they narrow the intervals falsely',
    ]);
    // 12 rows, no control, 2 coefficients: 10 degrees of freedom.
    expect(four.stdout).toContain('12 surviving fractions at 3 dose levels; 95% intervals (Student t, 10 degrees of freedom)');
    expect(four.stdout).toMatch(/^rank +schedule +dose \/ fx +T \(d\) +TCP at fit \(%\) +95% interval \(%\) +mean \(%\) +P\(best\) \(%\) +P\(> next\) \(%\)$/m);
    // The rows once: no note, 3 − 2 = 1 degree of freedom, in the singular.
    writeFileSync(join(directory, 'once.csv'), `dose,survivingFraction\n${block}`);
    const once = await inProcess(['avatar', 'once.csv', '--schedules', '25x2,5x6', '--out', 'once']);
    expect(once.status).toBe(exitCodes.ok);
    expect(once.stderr).not.toContain('note:');
    expect(once.stdout).toContain('(Student t, 1 degree of freedom)');
  });

  it('bad options and schedule syntax are usage errors (exit 2) with a clear message', async () => {
    const syntax = await inProcess(['avatar', example, '--schedules', '25x2,5x']);
    expect(syntax.status).toBe(exitCodes.invalidInput);
    expect(syntax.stderr).toBe('rtsim avatar: --schedules: schedule 2 "5x": expected NxD (fractions x dose in Gy), e.g. 5x6, before any :options (see rtsim avatar --help)\n');
    expect((await inProcess(['avatar', example])).stderr).toMatch(/^rtsim avatar: --schedules is required/);
    expect((await inProcess(['avatar', example, '--schedules', '5x6', '--draws', '5'])).stderr).toMatch(/--draws: expected a whole number from 100 to 1000000, got '5'/);
    expect((await inProcess(['avatar', example, '--schedules', '5x6', '--subtype', 'bone'])).stderr).toMatch(/unknown subtype "bone"/);
    expect((await inProcess(['avatar', 'missing.csv', '--schedules', '5x6'])).stderr).toBe('rtsim avatar: cannot read missing.csv: no such file\n');
    const help = await inProcess(['avatar', '--help']);
    expect(help.status).toBe(exitCodes.ok);
    expect(help.stdout).toMatch(/^Usage: rtsim avatar DATA\.csv --schedules LIST/);
    expect((await inProcess(['--help'])).stdout).toContain('rtsim avatar DATA.csv');
  });
});
