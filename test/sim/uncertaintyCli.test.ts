import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The command line as built JavaScript (`pnpm build` runs before vitest in `pnpm test`), in-process through
// `main`; --workers 2 starts real worker threads from the build.
import { exitCodes } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';
import { resealShard } from './resealShard.js';
import { longShortScenario } from './longShortScenario.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-uncertainty-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const scenarioText = (uncertainty: string): string => longShortScenario('CLI test with parameter uncertainty', 7, 5000, uncertainty);

const twoParameters = `uncertainty:
  draws: 5
  parameters:
    - { path: 'cohort.subtypes[sts].alpha.mean', label: mean alpha, distribution: { dist: normal, mean: 0.3, sd: 0.03, min: 0.1 } }
    - { path: 'cohort.subtypes[sts].detectionVolume.value', distribution: { dist: uniform, min: 0.5, max: 2 } }
`;
const file = join(directory, 'uncertain.yaml');
writeFileSync(file, scenarioText(twoParameters));

/** Runs `rtsim ...args` in-process; resolves with the status and what was written. */
const rtsim = inProcessCli(directory);

const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');

describe('rtsim run FILE with an uncertainty section', () => {
  it('runs nominal + K parameter sets, prints the two-level tables, and gives the same files on 0 and 2 worker threads', async () => {
    const inThread = await rtsim('run', file, '--workers', '0', '--out', 'thread');
    expect(inThread.status).toBe(exitCodes.ok);
    expect(inThread.stdout).toMatch(/Parameter uncertainty: 5 parameter sets \(mean alpha, cohort\.subtypes\[sts\]\.detectionVolume\.value\)/);
    expect(inThread.stdout).toMatch(/long − short/);
    expect(inThread.stderr).toMatch(/5000 patients × 6 parameter sets \(nominal \+ 5 drawn\)/);
    const pooled = await rtsim('run', file, '--workers', '2', '--out', 'pool');
    expect(pooled.status).toBe(exitCodes.ok);
    expect(read('pool', 'results.json')).toBe(read('thread', 'results.json'));
    expect(read('pool', 'report.html')).toBe(read('thread', 'report.html'));
    const results = JSON.parse(read('thread', 'results.json')) as { uncertainty: { draws: number; arms: unknown[]; comparisons: { probabilityABetter: number }[] } };
    expect(results.uncertainty.draws).toBe(5);
    expect(results.uncertainty.arms).toHaveLength(2);
    expect(read('thread', 'report.html')).toContain('<h2>Parameter uncertainty</h2>');
  });

  it('splits into shards of (set, block) units that merge into the single run’s files, byte for byte', async () => {
    for (const k of [1, 2, 3]) {
      const shard = await rtsim('run', file, '--workers', '0', '--shard', `${k}/3`, '--out', 'shards');
      expect(shard.status).toBe(exitCodes.ok);
    }
    const merged = await rtsim('merge', 'shards/partial-1-of-3.json', 'shards/partial-2-of-3.json', 'shards/partial-3-of-3.json', '--out', 'merged');
    expect(merged.stderr).toMatch(/3 parts of a two-level run merged/);
    expect(merged.status).toBe(exitCodes.ok);
    await rtsim('run', file, '--workers', '0', '--out', 'single');
    expect(read('merged', 'results.json')).toBe(read('single', 'results.json'));
    expect(read('merged', 'report.html')).toBe(read('single', 'report.html'));
    const incomplete = await rtsim('merge', 'shards/partial-1-of-3.json', 'shards/partial-3-of-3.json', '--out', 'merged');
    expect(incomplete.status).toBe(exitCodes.invalidInput);
    expect(incomplete.stderr).toMatch(/misses \d+ of \d+ blocks; missing part: partial-2-of-3\.json$/m);
  });

  it('splits into contiguous ranges of (set, block) units with --split contiguous, merged byte for byte', async () => {
    // 5000 patients are 2 blocks; × 6 parameter sets = 12 units: the 3 shards take units 0–3, 4–7 and 8–11.
    for (const k of [1, 2, 3]) {
      const shard = await rtsim('run', file, '--workers', '0', '--shard', `${k}/3`, '--split', 'contiguous', '--out', 'contiguous');
      expect(shard.status).toBe(exitCodes.ok);
      expect(shard.stderr).toContain(`(shard ${k}/3, contiguous: 4 of 12 blocks)`);
    }
    const first = JSON.parse(read('contiguous', 'partial-1-of-3-contiguous.json')) as { shard: unknown; accumulators: ({ blocks: unknown } | null)[] };
    expect(first.shard).toEqual({ index: 1, count: 3, split: 'contiguous' });
    // Units 0–3 are sets 0 and 1, both blocks each; the other sets are untouched.
    expect(first.accumulators.map((accumulator) => accumulator?.blocks ?? null)).toEqual([[[0, 1, 2]], [[0, 1, 2]], null, null, null, null]);
    const merged = await rtsim('merge', 'contiguous/partial-3-of-3-contiguous.json', 'contiguous/partial-1-of-3-contiguous.json', 'contiguous/partial-2-of-3-contiguous.json', '--out', 'merged-contiguous');
    expect(merged.status).toBe(exitCodes.ok);
    expect(read('merged-contiguous', 'results.json')).toBe(read('single', 'results.json'));
    expect(read('merged-contiguous', 'report.html')).toBe(read('single', 'report.html'));
  });

  it('merge accepts two-level parts of different N that cover every unit exactly once, byte for byte', async () => {
    // Contiguous 5/6 and 6/6 are units 8–9 and 10–11: with contiguous 1/3 and 2/3 (units 0–7) every unit once.
    for (const k of [5, 6]) {
      const shard = await rtsim('run', file, '--workers', '0', '--shard', `${k}/6`, '--split', 'contiguous', '--out', 'sixths');
      expect(shard.status).toBe(exitCodes.ok);
    }
    const parts = ['contiguous/partial-1-of-3-contiguous.json', 'sixths/partial-6-of-6-contiguous.json', 'contiguous/partial-2-of-3-contiguous.json', 'sixths/partial-5-of-6-contiguous.json'];
    const merged = await rtsim('merge', ...parts, '--out', 'merged-mixed');
    expect(merged.status).toBe(exitCodes.ok);
    expect(read('merged-mixed', 'results.json')).toBe(read('single', 'results.json'));
  });

  it('merge names missing two-level parts only when all parts share N and --split', async () => {
    // Strided 1/3 holds units 0, 3, 6, 9, contiguous 2/3 units 4–7: set 0 misses its block 1 (unit 1).
    const splits = await rtsim('merge', 'contiguous/partial-2-of-3-contiguous.json', 'shards/partial-1-of-3.json', '--out', 'never');
    expect(splits.status).toBe(exitCodes.invalidInput);
    expect(splits.stderr).toMatch(/parameter set 0 misses 1 of 2 blocks$/m);
    // Strided 1/2 holds the even units, block 0 of every set; strided 2/3 units 1, 4, 7, 10: set 1 misses unit 3.
    const half = await rtsim('run', file, '--workers', '0', '--shard', '1/2', '--out', 'halves');
    expect(half.status).toBe(exitCodes.ok);
    const counts = await rtsim('merge', 'shards/partial-2-of-3.json', 'halves/partial-1-of-2.json', '--out', 'never');
    expect(counts.status).toBe(exitCodes.invalidInput);
    expect(counts.stderr).toMatch(/parameter set 1 misses 1 of 2 blocks$/m);
    const sameSplit = await rtsim('merge', 'contiguous/partial-1-of-3-contiguous.json', 'contiguous/partial-3-of-3-contiguous.json', '--out', 'never');
    expect(sameSplit.stderr).toMatch(/parameter set 2 misses 2 of 2 blocks; missing part: partial-2-of-3-contiguous\.json$/m);
    expect(existsSync(join(directory, 'never'))).toBe(false);
  });

  it('merge names no missing two-level part beyond the run’s units (such a shard holds none)', async () => {
    // One draw: 2 sets × 2 blocks = 4 units, so of 5 shards the fifth is empty and is never missing.
    const small = join(directory, 'one-draw.yaml');
    writeFileSync(small, scenarioText(twoParameters.replace('draws: 5', 'draws: 1')));
    for (const k of [1, 2]) expect((await rtsim('run', small, '--workers', '0', '--shard', `${k}/5`, '--out', 'fifths')).status).toBe(exitCodes.ok);
    const merged = await rtsim('merge', 'fifths/partial-1-of-5.json', 'fifths/partial-2-of-5.json', '--out', 'never');
    expect(merged.status).toBe(exitCodes.invalidInput);
    expect(merged.stderr).toMatch(/parameter set 1 misses 2 of 2 blocks; missing parts: partial-3-of-5\.json, partial-4-of-5\.json$/m);
  });

  it('merge refuses a two-level part whose recorded split is not a known word', async () => {
    const edited = JSON.parse(read('contiguous', 'partial-1-of-3-contiguous.json')) as { shard: { split: string } };
    edited.shard.split = 'diagonal';
    writeFileSync(join(directory, 'diagonal.json'), JSON.stringify(resealShard(edited)));
    const { status, stderr } = await rtsim('merge', 'diagonal.json', 'contiguous/partial-2-of-3-contiguous.json', 'contiguous/partial-3-of-3-contiguous.json', '--out', 'never');
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toContain('diagonal.json: not an rtsim partial result of a two-level run: shard.split must be "strided" or "contiguous" when given, got "diagonal"');
  });
});

describe('rtsim sensitivity FILE', () => {
  it('ranks the one parameter the output depends on first, and is the same on 0 and 2 worker threads', async () => {
    // The detection volume sets when a failure is seen, never whether the tumour is controlled: the control
    // rate depends on alpha's mean alone, so its swing is the only non-zero one and its total index is 1.
    const args = ['--output', 'arm:long', '--samples', '24', '--patients', '1500', '--resamples', '100'];
    const inThread = await rtsim('sensitivity', file, ...args, '--workers', '0', '--out', 's0');
    expect(inThread.status).toBe(exitCodes.ok);
    expect(inThread.stdout).toMatch(/control rate of long: 1500 patients per evaluation, N = 24, 101 evaluations/);
    const pooled = await rtsim('sensitivity', file, ...args, '--workers', '2', '--out', 's2');
    expect(pooled.status).toBe(exitCodes.ok);
    expect(read('s2', 'sensitivity.json')).toBe(read('s0', 'sensitivity.json'));
    const results = JSON.parse(read('s0', 'sensitivity.json')) as {
      tornado: { rows: { label: string; swing: number }[] };
      sobol: { indices: { label: string; total: number }[] };
    };
    expect(results.tornado.rows[0]?.label).toBe('mean alpha');
    expect(results.tornado.rows[0]?.swing).toBeGreaterThan(0);
    expect(results.tornado.rows[1]?.swing).toBe(0);
    // The inert input's S_T is exactly 0 (f(A_B^(1)) = f(A) row by row); the other's estimates 1, here from only
    // N = 24 rows (its sampling error is tens of percent, so the check is loose).
    expect(results.sobol.indices[1]?.total).toBe(0);
    expect(results.sobol.indices[0]?.total).toBeGreaterThan(0.5);
    const html = read('s0', 'report-sensitivity.html');
    expect(html).toContain('class="chart tornado-chart"');
    expect(html).toContain('class="chart sobol-chart"');
  });

  it('refuses a scenario without uncertain parameters, an unknown arm, an arm compared with itself and a bad --output, with status 2', async () => {
    const plain = join(directory, 'plain.yaml');
    writeFileSync(plain, scenarioText(''));
    const none = await rtsim('sensitivity', plain);
    expect(none.status).toBe(exitCodes.invalidInput);
    expect(none.stderr).toMatch(/has no uncertainty section/);
    const unknown = await rtsim('sensitivity', file, '--output', 'diff:long,medium');
    expect(unknown.status).toBe(exitCodes.invalidInput);
    expect(unknown.stderr).toMatch(/unknown arm 'medium' \(arms: long, short\)/);
    // As comparisons refuses a == b: the difference of an arm with itself is 0 in every sample.
    const same = await rtsim('sensitivity', file, '--output', 'diff:long,long', '--out', 'same');
    expect(same.status).toBe(exitCodes.invalidInput);
    expect(same.stderr).toBe("rtsim sensitivity: --output: diff:long,long compares arm 'long' with itself: a difference needs two different arms\n");
    expect(existsSync(join(directory, 'same'))).toBe(false);
    const bad = await rtsim('sensitivity', file, '--output', 'long');
    expect(bad.stderr).toMatch(/expected arm:ID or diff:A,B/);
    const help = await rtsim('sensitivity', '--help');
    expect(help.stdout).toMatch(/^Usage: rtsim sensitivity FILE/);
  });
});

describe('rtsim run FILE with an uncertainty section and follow-up times', () => {
  it('summarises LC, metastasis and OS at those times: the same files on 0 and 2 workers and from 2 shards merged', async () => {
    const timed = join(directory, 'timed.yaml');
    writeFileSync(timed, `version: 1
name: CLI test of endpoints under parameter uncertainty
references: ["test scenario"]
seed: 8
patients: 5000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
  - { id: postop, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { R0-wide: 0.8, R1-planned: 0.2 } } }
followUp: { years: 5, at: [2, 5] }
metastasis: {}
uncertainty:
  draws: 3
  parameters:
    - { path: localControlModel.dormantShare, distribution: { dist: uniform, min: 0.2, max: 0.8 } }
    - { path: metastasis.model.interceptLogOdds, distribution: { dist: uniform, min: -4, max: -1.5 } }
`);
    const inThread = await rtsim('run', timed, '--workers', '0', '--out', 'timed-thread');
    expect(inThread.status).toBe(exitCodes.ok);
    expect(inThread.stdout).toMatch(/arm · endpoint at time \(%\)/);
    expect(inThread.stdout).toMatch(/postop · OS 5 y/);
    const pooled = await rtsim('run', timed, '--workers', '2', '--out', 'timed-pool');
    expect(pooled.status).toBe(exitCodes.ok);
    expect(read('timed-pool', 'results.json')).toBe(read('timed-thread', 'results.json'));
    for (const k of [1, 2]) expect((await rtsim('run', timed, '--workers', '0', '--shard', `${k}/2`, '--out', 'timed-shards')).status).toBe(exitCodes.ok);
    const merged = await rtsim('merge', 'timed-shards/partial-1-of-2.json', 'timed-shards/partial-2-of-2.json', '--out', 'timed-merged');
    expect(merged.status).toBe(exitCodes.ok);
    expect(read('timed-merged', 'results.json')).toBe(read('timed-thread', 'results.json'));
    expect(read('timed-merged', 'report.html')).toBe(read('timed-thread', 'report.html'));
    const results = JSON.parse(read('timed-thread', 'results.json')) as { uncertainty: { arms: { atTimes: { years: number; overallSurvival: { draws: number[] } }[] }[] } };
    expect(results.uncertainty.arms[0]?.atTimes.map((at) => at.years)).toEqual([2, 5]);
    expect(results.uncertainty.arms[0]?.atTimes[1]?.overallSurvival.draws).toHaveLength(3);
    expect(read('timed-thread', 'report.html')).toContain('Endpoints at the follow-up times (%) over the parameter sets');
  });
});
