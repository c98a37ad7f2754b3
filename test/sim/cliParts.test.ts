import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgressBar } from '../../packages/sim/src/cli/createProgressBar.js';
import { defaultOutputDirectory } from '../../packages/sim/src/cli/defaultOutputDirectory.js';
import { formatIssueLine } from '../../packages/sim/src/cli/formatIssueLine.js';
import { parseShard } from '../../packages/sim/src/cli/parseShard.js';
import { parseShardSplit } from '../../packages/sim/src/cli/parseShardSplit.js';
import { progressLine } from '../../packages/sim/src/cli/progressLine.js';
import { terminalText } from '../../packages/sim/src/cli/terminalText.js';
import { textTable } from '../../packages/sim/src/cli/textTable.js';
import { writeFilesAtomically } from '../../packages/sim/src/cli/writeFilesAtomically.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-cli-parts-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('parseShard(command, text)', () => {
  it('reads K/N with 1 ≤ K ≤ N', () => {
    expect(parseShard('rtsim run', '1/3')).toEqual({ index: 1, count: 3 });
    expect(parseShard('rtsim run', ' 64 / 64 ')).toEqual({ index: 64, count: 64 });
  });

  it('rejects 0-based, reversed and malformed values with the accepted form', () => {
    expect(() => parseShard('rtsim run', '0/3')).toThrow('rtsim run: --shard: the shard number K must be from 1 to N = 3, got 0 (shards are numbered from 1)');
    expect(() => parseShard('rtsim run', '4/3')).toThrow(/must be from 1 to N = 3/);
    expect(() => parseShard('rtsim run', '1/0')).toThrow(/shard count N must be from 1/);
    expect(() => parseShard('rtsim run', 'two/3')).toThrow(/expected K\/N/);
    expect(() => parseShard('rtsim run', '1.5/3')).toThrow(/expected K\/N/);
  });
});

describe('parseShardSplit(command, text)', () => {
  it('reads strided and contiguous', () => {
    expect(parseShardSplit('rtsim run', 'strided')).toBe('strided');
    expect(parseShardSplit('rtsim run', 'contiguous')).toBe('contiguous');
  });

  it('rejects any other word with a UsageError naming --split and the accepted words, and a guess for a misspelling', () => {
    expect(() => parseShardSplit('rtsim run', 'sideways')).toThrow(
      "rtsim run: --split: expected strided (blocks K-1, K-1+N, …, the default) or contiguous (one range of consecutive blocks), got 'sideways'",
    );
    expect(() => parseShardSplit('rtsim run', 'contigous')).toThrow(/got 'contigous'; did you mean 'contiguous'\?$/);
    expect(() => parseShardSplit('rtsim run', 'Contiguous')).toThrow(/did you mean 'contiguous'\?/);
    expect(() => parseShardSplit('rtsim run', '')).toThrow(/^rtsim run: --split: expected strided .* or contiguous .*, got ''/);
    expect(() => parseShardSplit('rtsim run', 'range')).toThrow(expect.objectContaining({ name: 'UsageError' }));
  });
});

describe('defaultOutputDirectory(path)', () => {
  it('is <file-stem>-results next to the file', () => {
    expect(defaultOutputDirectory('/trials/sts.yaml')).toBe('/trials/sts-results');
    expect(defaultOutputDirectory('/trials/sts.v2.json')).toBe('/trials/sts.v2-results');
    expect(defaultOutputDirectory('/trials/plain')).toBe('/trials/plain-results');
  });
});

describe('formatIssueLine(issue)', () => {
  it('writes path: message (line:col), the position only when known', () => {
    expect(formatIssueLine({ path: 'arms[1].schedule.fractions', message: 'expected a whole number ≥ 1, got -3', line: 14, column: 18 })).toBe(
      'arms[1].schedule.fractions: expected a whole number ≥ 1, got -3 (14:18)',
    );
    expect(formatIssueLine({ path: '(file)', message: 'the file is empty' })).toBe('(file): the file is empty');
  });
});

describe('terminal output', () => {
  it('terminalText replaces control characters, escape sequences included', () => {
    expect(terminalText('a\u001b[31mred\u0007')).toBe('a?[31mred?');
    expect(terminalText('Préop 50 Gy/25 — ok')).toBe('Préop 50 Gy/25 — ok');
  });

  it('textTable pads columns, right-aligns numbers and rules the header', () => {
    expect(textTable(['arm', 'n'], [['a', '5'], ['long arm', '123']], ['l', 'r'])).toBe('arm         n\n--------  ---\na           5\nlong arm  123\n');
  });

  it('progressLine shows the bar, the percentage, patients, blocks, elapsed and remaining time', () => {
    const line = progressLine({ blocksDone: 1, blocksTotal: 4, patientsDone: 4096, patientsTotal: 16384 }, 2000, 120);
    expect(line).toMatch(/^\[█+░+\]\s+25%\s+4096\/16384 patients\s+1\/4 blocks\s+2\.0 s, 6\.0 s left$/);
    expect([...progressLine({ blocksDone: 1, blocksTotal: 4, patientsDone: 4096, patientsTotal: 16384 }, 2000, 30)].length).toBeLessThan(30);
    expect(progressLine({ blocksDone: 1, blocksTotal: 4, patientsDone: 4096, patientsTotal: 16384 }, 2000, 0)).toContain('1/4 blocks'); // no size: 80
  });

  it('createProgressBar draws on a terminal only, at most every 100 ms, and clears its line', () => {
    let written = '';
    let time = 0;
    const progress = (blocksDone: number): { blocksDone: number; blocksTotal: number; patientsDone: number; patientsTotal: number } => ({
      blocksDone,
      blocksTotal: 3,
      patientsDone: 4096 * blocksDone,
      patientsTotal: 3 * 4096,
    });
    const bar = createProgressBar({ write: (text: string) => (written += text), isTTY: true, columns: 100 }, () => time);
    bar.update(progress(1));
    time = 50;
    bar.update(progress(2)); // too soon: skipped
    time = 60;
    bar.update(progress(3)); // the last block is always drawn
    bar.clear();
    expect(written.split('\r').filter((frame) => frame.includes('blocks')).length).toBe(2);
    expect(written.endsWith('\r\u001b[K')).toBe(true);
    let piped = '';
    const silent = createProgressBar({ write: (text: string) => (piped += text), isTTY: false });
    silent.update(progress(3));
    silent.clear();
    expect(piped).toBe('');
  });
});

describe('writeFilesAtomically(directory, files, signal)', () => {
  it('writes every file and leaves no temporary file', async () => {
    const out = join(directory, 'ok');
    await writeFilesAtomically(out, [{ name: 'a.txt', content: 'A' }, { name: 'b.txt', content: 'B' }]);
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).toBe('B');
  });

  it('an abort before the renames writes nothing and keeps the old files', async () => {
    const out = join(directory, 'aborted');
    await writeFilesAtomically(out, [{ name: 'a.txt', content: 'old' }]);
    await expect(writeFilesAtomically(out, [{ name: 'a.txt', content: 'new' }, { name: 'b.txt', content: 'new' }], AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(out)).toEqual(['a.txt']);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('old');
  });

  it('a failure on one file removes the temporary files of the others and replaces nothing', async () => {
    const out = join(directory, 'failing');
    await writeFilesAtomically(out, [{ name: 'a.txt', content: 'old' }]);
    // The second name is longer than any file system allows: its write fails after the first was written.
    await expect(writeFilesAtomically(out, [{ name: 'a.txt', content: 'new' }, { name: 'x'.repeat(300), content: 'B' }])).rejects.toThrow(/ENAMETOOLONG/);
    await expect(writeFilesAtomically(out, [{ name: '../escape', content: 'B' }])).rejects.toThrow(/not a plain file name/);
    expect(readdirSync(out)).toEqual(['a.txt']);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('old');
  });
});
