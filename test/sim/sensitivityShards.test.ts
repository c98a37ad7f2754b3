import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The command line as built JavaScript, in-process through `main`; every part is a file on disk.
import { exitCodes } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';
import { resealShard } from './resealShard.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-sensitivity-shards-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');
copyFileSync(new URL('../../scenarios/uncertainty-preop.yaml', import.meta.url), join(directory, 'uncertain.yaml'));

// Five parameters, N = 5 (the least rtsim sensitivity accepts): 11 tornado points + 5·7 Saltelli rows = 46 evaluations. 4100 patients are two blocks
// (4096 + 4), so an evaluation's blocks can fall into two shards, and the merge must join them.
const analysis = ['--samples', '5', '--patients', '4100', '--resamples', '20', '--output', 'diff:preop-5x6,preop-50x25'];
const units = 46 * 2;
const files = ['sensitivity.json', 'report-sensitivity.html'];

/** Runs every shard of N into DIR and returns the part names. */
async function shards(count: number, split: string, out: string, workers = '0'): Promise<string[]> {
  const names: string[] = [];
  for (let k = 1; k <= count; k++) {
    const run = await rtsim('sensitivity', 'uncertain.yaml', ...analysis, '--workers', workers, '--shard', `${k}/${count}`, '--split', split, '--out', out);
    expect(run.status, run.stderr).toBe(exitCodes.ok);
    names.push(join(out, `sensitivity-partial-${k}-of-${count}${split === 'contiguous' ? '-contiguous' : ''}.json`));
  }
  return names;
}

const single = await rtsim('sensitivity', 'uncertain.yaml', ...analysis, '--workers', '0', '--out', 'single');
if (single.status !== exitCodes.ok) throw new Error(`the single rtsim sensitivity failed: ${single.stderr}`);

describe('rtsim sensitivity FILE --shard K/N and rtsim merge', () => {
  for (const split of ['strided', 'contiguous']) {
    for (const count of [1, 3, 7]) {
      it(`merges ${count} ${split} shards into the single run's files, byte for byte`, async () => {
        const out = `parts-${split}-${count}`;
        const merged = await rtsim('merge', ...(await shards(count, split, out)), '--out', `merged-${split}-${count}`);
        expect(merged.status, merged.stderr).toBe(exitCodes.ok);
        expect(merged.stdout).toBe(single.stdout); // the same tables
        for (const name of files) expect(read(`merged-${split}-${count}`, name), name).toBe(read('single', name));
      });
    }
  }

  it('gives the same part on worker threads as in the main thread', async () => {
    await shards(2, 'strided', 'threads', '2');
    await shards(2, 'strided', 'main', '0');
    for (const k of [1, 2]) expect(read('threads', `sensitivity-partial-${k}-of-2.json`)).toBe(read('main', `sensitivity-partial-${k}-of-2.json`));
  });

  it('merges parts of different N that cover every block exactly once', async () => {
    // Of the 92 units, contiguous 1/2 holds 0 … 45; contiguous 3/4 and 4/4 (23 units each) hold 46 … 68 and 69 … 91.
    const half = join('mixed', 'sensitivity-partial-1-of-2-contiguous.json');
    expect((await rtsim('sensitivity', 'uncertain.yaml', ...analysis, '--workers', '0', '--shard', '1/2', '--split', 'contiguous', '--out', 'mixed')).status).toBe(exitCodes.ok);
    const quarters: string[] = [];
    for (const k of [3, 4]) {
      expect((await rtsim('sensitivity', 'uncertain.yaml', ...analysis, '--workers', '0', '--shard', `${k}/4`, '--split', 'contiguous', '--out', 'mixed')).status).toBe(exitCodes.ok);
      quarters.push(join('mixed', `sensitivity-partial-${k}-of-4-contiguous.json`));
    }
    const merged = await rtsim('merge', half, ...quarters, '--out', 'merged-mixed');
    expect(merged.status, merged.stderr).toBe(exitCodes.ok);
    for (const name of files) expect(read('merged-mixed', name), name).toBe(read('single', name));
    // Without 3/4, units 46 … 68 are missing: evaluation 23 (units 46 and 47) is the first evaluation that lacks blocks.
    const gap = await rtsim('merge', half, ...quarters.slice(1), '--out', 'merged-gap');
    expect(gap.status).toBe(exitCodes.invalidInput);
    expect(gap.stderr).toContain('rtsim merge: evaluation 23 misses');
  });

  it('writes a valid empty part, with a warning, for a shard with no work', async () => {
    const run = await rtsim('sensitivity', 'uncertain.yaml', ...analysis, '--workers', '0', '--shard', `${units + 1}/${units + 1}`, '--out', 'empty');
    expect(run.status).toBe(exitCodes.ok);
    expect(run.stderr).toContain(`has no blocks (the analysis has only ${units})`);
    const part = JSON.parse(read('empty', `sensitivity-partial-${units + 1}-of-${units + 1}.json`)) as { accumulators: unknown[] };
    expect(part.accumulators).toHaveLength(46);
    expect(part.accumulators.every((entry) => entry === null)).toBe(true);
  });

  it('refuses --split without --shard', async () => {
    const run = await rtsim('sensitivity', 'uncertain.yaml', '--split', 'contiguous');
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(run.stderr).toContain('--split contiguous needs --shard K/N');
  });
});

// Three strided parts for the refusals below, made once.
const tamperParts = await shards(3, 'strided', 'tamper');

describe('rtsim merge of sensitivity parts refuses damaged, edited and mismatched parts, naming the file', () => {
  /** A part's fields that the tests edit. */
  interface PartJson {
    [field: string]: unknown;
    analysis: Record<string, unknown>;
    scenarioText: string;
    accumulators: ({ counts: number[] } | null)[];
  }
  const names = tamperParts;
  const original = (k: number): PartJson => JSON.parse(read(names[k - 1])) as PartJson;
  const write = (name: string, body: unknown): string => {
    writeFileSync(join(directory, name), `${JSON.stringify(body)}\n`);
    return name;
  };
  /** Merges parts 1 … 3 with part `k` replaced by `body`; expects status 2, nothing written, and returns stderr. */
  const refused = async (k: number, body: unknown): Promise<string> => {
    const edited = write(`edited-${k}.json`, body);
    const parts = names.map((name, i) => (i === k - 1 ? edited : name));
    const run = await rtsim('merge', ...parts, '--out', 'refused');
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(() => read('refused', 'sensitivity.json')).toThrow();
    return run.stderr;
  };

  it('refuses a part whose checksum does not match (a damaged copy)', async () => {
    const part = original(2);
    part.analysis['resamples'] = 21;
    expect(await refused(2, part)).toContain('edited-2.json: not an rtsim partial result of a sensitivity analysis: its checksum does not match its content');
  });

  it('refuses an accumulator its shard cannot have produced, even with the checksum recomputed', async () => {
    const part = original(3);
    const index = part.accumulators.findIndex((entry) => entry !== null);
    const entry = part.accumulators[index] as { counts: number[] };
    entry.counts[0] = entry.counts[0] + 1; // one valid patient more than its blocks hold
    expect(await refused(3, resealShard(part))).toMatch(new RegExp(`^rtsim merge: edited-3\\.json: not an rtsim partial result of a sensitivity analysis: accumulators\\[${index}\\]: `));
    const dropped = original(3);
    dropped.accumulators[index] = null;
    expect(await refused(3, resealShard(dropped))).toContain(`accumulators[${index}] is null, but shard 3/3 computes`);
  });

  it('refuses a part resealed to claim another model or parameter library, naming the part and both versions', async () => {
    const library = original(2);
    (library['library'] as { version: string }).version = '9.9.9';
    expect(await refused(2, resealShard(library))).toMatch(/^rtsim merge: edited-2\.json was computed by rtsim \S+ with parameter library 9\.9\.9, but this rtsim \(\S+\) computes its scenario with parameter library \d+\.\d+\.\d+: run the shard again with this rtsim\n$/);
    const model = original(2);
    model['model'] = 99;
    expect(await refused(2, resealShard(model))).toMatch(/^rtsim merge: edited-2\.json was computed by rtsim \S+ with model 99, but this rtsim \(\S+\) computes its scenario with model \d+: /);
  });

  it('refuses parts of different analyses, and a scenario that is not what its text says', async () => {
    const part = original(2);
    part.analysis['resamples'] = 21;
    expect(await refused(2, resealShard(part))).toContain(`rtsim merge: ${names[0]} and edited-2.json come from different analyses: analysis`);
    const text = original(1);
    text.scenarioText = text.scenarioText.replace('dose: 6,', 'dose: 7,'); // 5 × 7 Gy: not what was simulated
    expect(await refused(1, resealShard(text))).toContain('edited-1.json: not an rtsim partial result of a sensitivity analysis: scenario.arms[1].schedule.dose is not what its scenarioText resolves to');
    const samples = original(1);
    samples.analysis['samples'] = 6; // 53 evaluations: its 46 accumulators no longer fit
    expect(await refused(1, resealShard(samples))).toContain('edited-1.json and');
    // A part claiming fewer Saltelli rows than rtsim sensitivity accepts is refused as the option would be.
    const four = original(1);
    four.analysis['samples'] = 4;
    expect(await refused(1, resealShard(four))).toContain('analysis.samples must be a whole number from 5 to 1000000 (fewer Saltelli rows give a bootstrap distribution of at most 35 distinct values, too coarse for a 95 % interval: docs/uncertainty.md)');
  });

  it('names the missing part, and both files of an overlap', async () => {
    const missing = await rtsim('merge', names[0], names[2], '--out', 'refused');
    expect(missing.status).toBe(exitCodes.invalidInput);
    expect(missing.stderr).toContain('missing part: sensitivity-partial-2-of-3.json');
    const twice = await rtsim('merge', ...names, names[1], '--out', 'refused');
    expect(twice.status).toBe(exitCodes.invalidInput);
    expect(twice.stderr).toContain(`is in both ${names[1]} and ${names[1]}: the parts overlap`);
  });

  it('refuses a sensitivity part mixed with parts of rtsim run, whichever comes first', async () => {
    writeFileSync(
      join(directory, 'plain.yaml'),
      'version: 1\nname: plain\nreferences: ["test scenario"]\nseed: 1\npatients: 100\ncohort:\n  volume: { dist: lognormal, median: 250, sigma: 0.9 }\n  subtypes:\n    - ref: sts\narms:\n  - id: a\n    schedule: { fractions: 25, dose: 2, perWeek: 5 }\nfollowUp: { years: 5 }\n',
    );
    expect((await rtsim('run', 'plain.yaml', '--workers', '0', '--shard', '1/1', '--out', 'plain')).status).toBe(exitCodes.ok);
    expect((await rtsim('run', 'uncertain.yaml', '--patients', '10', '--workers', '0', '--shard', '1/1', '--out', 'two-level')).status).toBe(exitCodes.ok);
    const plain = join('plain', 'partial-1-of-1.json');
    const twoLevel = join('two-level', 'partial-1-of-1.json');
    const sensitivityFirst = await rtsim('merge', names[0], plain, '--out', 'refused');
    expect(sensitivityFirst.status).toBe(exitCodes.invalidInput);
    expect(sensitivityFirst.stderr).toContain(`${plain}: not an rtsim partial result of a sensitivity analysis: its format is not "rtsim-sensitivity-shard" (it is a part of rtsim run --shard): parts of one merge must all be of one kind`);
    const runFirst = await rtsim('merge', plain, names[0], '--out', 'refused');
    expect(runFirst.status).toBe(exitCodes.invalidInput);
    expect(runFirst.stderr).toContain(`${names[0]}: not an rtsim partial result: format must be "rtsim-shard"`);
    expect(runFirst.stderr).toContain('it is a part of rtsim sensitivity --shard, and parts of one merge must all be of one kind');
    const twoLevelFirst = await rtsim('merge', twoLevel, names[0], '--out', 'refused');
    expect(twoLevelFirst.status).toBe(exitCodes.invalidInput);
    expect(twoLevelFirst.stderr).toContain(`${names[0]}: not an rtsim partial result of a two-level run: its format is not "rtsim-uncertainty-shard" (it is a part of rtsim sensitivity --shard)`);
    expect(() => read('refused', 'results.json')).toThrow();
  });
});
