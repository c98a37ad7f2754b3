import { execFileSync, spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Output writing, signals and pipes as a user meets them: the built executable as a child process (signals, closed
// pipes) or `main` from the build in-process (issue 12, items 5–7; docs/cli.md "Output files", "Exit status").
import { exitCodes, writeFilesAtomically } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';

const bin = resolve('packages/sim/dist/bin/rtsim.js');
const directory = mkdtempSync(join(tmpdir(), 'rtsim-outputs-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const read = (path: string): string => readFileSync(path, 'utf8');

const scenarioFile = join(directory, 'small.yaml');
writeFileSync(
  scenarioFile,
  `version: 1
name: output test
references: ["test scenario"]
seed: 42
patients: 2000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes:
    - ref: sts
arms:
  - id: a
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
  - id: b
    schedule: { fractions: 5, dose: 6, perWeek: 5 }
followUp: { years: 5 }
`,
);

/**
 * Runs the built executable; `onStart` is called once, when the run's first stderr line has arrived. `stdoutFd`
 * gives the child that open file as its stdout instead of a pipe (then `stdout` is '').
 */
function execute(
  args: readonly string[],
  options: { closeStdout?: boolean; closeStderr?: boolean; stdoutFd?: number; onStart?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', options.stdoutFd ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Destroying our end of a pipe closes it: the child's next write to it fails with EPIPE.
    if (options.closeStdout === true) child.stdout?.destroy();
    else child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    if (options.closeStderr === true) child.stderr?.destroy();
    else {
      let started = false;
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (!started && stderr.includes('\n')) {
          started = true;
          options.onStart?.(child);
        }
      });
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`rtsim ${args.join(' ')} did not finish in 60 s`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolvePromise({ status, signal, stdout, stderr });
    });
  });
}

/** Entries of a directory that look like rtsim's staging or temporary names. */
const leftovers = (path: string): string[] => readdirSync(path).filter((name) => name.startsWith('.'));

describe('the output set is replaced as a unit', () => {
  it('rtsim run: when the third file cannot be replaced, the first two keep their earlier content, the fourth is not written, and the message names the file', async () => {
    const out = join(directory, 'blocked');
    mkdirSync(join(out, 'report.html'), { recursive: true }); // a directory where report.html should go
    writeFileSync(join(out, 'report.html', 'keep.txt'), 'mine');
    writeFileSync(join(out, 'results.json'), 'old results');
    writeFileSync(join(out, 'arms.csv'), 'old arms');
    const { status, stderr } = await rtsim('run', scenarioFile, '--workers', '0', '--out', out);
    expect(status).toBe(exitCodes.failed);
    expect(stderr).toMatch(/could not write the results to .*blocked.*report\.html/);
    expect(read(join(out, 'results.json'))).toBe('old results');
    expect(read(join(out, 'arms.csv'))).toBe('old arms');
    expect(read(join(out, 'report.html', 'keep.txt'))).toBe('mine');
    expect(existsSync(join(out, 'endpoints.csv'))).toBe(false);
    expect(leftovers(out)).toEqual([]);
  });

  it('rtsim run: other files in the output directory are left as they are; the set is replaced beside them', async () => {
    const out = join(directory, 'shared');
    mkdirSync(join(out, 'notes'), { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'my notes');
    writeFileSync(join(out, 'notes', 'plot.png'), 'png');
    writeFileSync(join(out, 'results.json'), 'old results');
    const { status } = await rtsim('run', scenarioFile, '--workers', '0', '--out', out);
    expect(status).toBe(exitCodes.ok);
    expect(readdirSync(out).sort()).toEqual(['arms.csv', 'endpoints.csv', 'notes', 'notes.txt', 'report.html', 'results.json']);
    expect(read(join(out, 'notes.txt'))).toBe('my notes');
    expect(read(join(out, 'notes', 'plot.png'))).toBe('png');
    expect(JSON.parse(read(join(out, 'results.json'))).patients).toBe(2000);
  });

  it('writeFilesAtomically leaves no directory behind when it creates one and then fails', async () => {
    const out = join(directory, 'fresh', 'nested', 'out');
    await expect(writeFilesAtomically(out, [{ name: 'a.txt', content: 'A' }], AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(existsSync(join(directory, 'fresh'))).toBe(false);
    await expect(writeFilesAtomically(out, [{ name: 'a.txt', content: 'A' }, { name: 'x'.repeat(300), content: 'B' }])).rejects.toThrow(/ENAMETOOLONG/);
    expect(existsSync(join(directory, 'fresh'))).toBe(false);
  });

  it('writeFilesAtomically into a new directory writes the whole set and leaves no staging directory beside it', async () => {
    const parent = join(directory, 'parent');
    const out = join(parent, 'out');
    await writeFilesAtomically(out, [{ name: 'a.txt', content: 'A' }, { name: 'b.txt', content: 'B' }]);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('writeFilesAtomically by several writers into one new directory at once keeps every file (shards of a Slurm array)', async () => {
    const out = join(directory, 'concurrent');
    const names = Array.from({ length: 8 }, (_, k) => `partial-${k + 1}-of-8.json`);
    await Promise.all(names.map((name) => writeFilesAtomically(out, [{ name, content: name }])));
    expect(readdirSync(out).sort()).toEqual([...names].sort());
    expect(readdirSync(directory).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('an output directory that cannot be written is refused before anything runs (status 2)', () => {
  const blocker = join(directory, 'a-file');
  writeFileSync(blocker, 'not a directory');
  const out = join(blocker, 'out'); // below a regular file: ENOTDIR, even for root

  it('rtsim run and rtsim run --shard', async () => {
    for (const extra of [[], ['--shard', '1/2']]) {
      const { status, stderr } = await rtsim('run', scenarioFile, '--workers', '0', '--out', out, ...extra);
      expect(status).toBe(exitCodes.invalidInput);
      expect(stderr).toMatch(/^rtsim run: cannot write to .*a-file\/out: .*a-file is not a directory\n$/);
    }
  });

  it('rtsim sensitivity, calibrate, avatar and merge', async () => {
    copyFileSync(resolve('test/fixtures/calibration/tiny.yaml'), join(directory, 'tiny.yaml'));
    const shard = await rtsim('run', scenarioFile, '--workers', '0', '--shard', '1/1', '--out', 'parts');
    expect(shard.status).toBe(exitCodes.ok);
    const calls = [
      ['sensitivity', resolve('scenarios/uncertainty-preop.yaml'), '--samples', '5', '--patients', '100', '--workers', '0', '--out', out],
      ['calibrate', 'tiny.yaml', '--out', out],
      ['avatar', resolve('scenarios/avatars/ups-organoid.csv'), '--schedules', '5x6', '--out', out],
      ['merge', join('parts', 'partial-1-of-1.json'), '--out', out],
    ];
    for (const call of calls) {
      const { status, stderr } = await rtsim(...call);
      expect(status, call[0]).toBe(exitCodes.invalidInput);
      expect(stderr, call[0]).toMatch(new RegExp(`^rtsim ${call[0]}: cannot write to .*a-file/out: .*a-file is not a directory\\n$`));
    }
  });
});

describe('an empty --out is refused, naming --out, before anything runs (status 2)', () => {
  it('run (plain, --shard, --mode expected), sensitivity, calibrate, avatar, merge and slurm write nothing into the working directory', async () => {
    const cwd = join(directory, 'empty-out');
    mkdirSync(cwd);
    copyFileSync(resolve('test/fixtures/calibration/tiny.yaml'), join(cwd, 'tiny.yaml'));
    const part = join(directory, 'empty-out-part');
    expect((await rtsim('run', scenarioFile, '--workers', '0', '--shard', '1/1', '--out', part)).status).toBe(exitCodes.ok);
    const inCwd = inProcessCli(cwd);
    const calls = [
      ['run', scenarioFile, '--workers', '0'],
      ['run', scenarioFile, '--workers', '0', '--shard', '1/2'],
      ['run', scenarioFile, '--mode', 'expected'],
      ['sensitivity', resolve('scenarios/uncertainty-preop.yaml'), '--samples', '5', '--patients', '100', '--workers', '0'],
      ['calibrate', 'tiny.yaml'],
      ['avatar', resolve('scenarios/avatars/ups-organoid.csv'), '--schedules', '5x6'],
      ['merge', join(part, 'partial-1-of-1.json')],
      ['slurm', scenarioFile, '--shards', '2'],
    ];
    for (const call of calls) {
      for (const out of [['--out', ''], ['--out=']]) {
        const { status, stderr } = await inCwd(...call, ...out);
        expect(stderr, call.join(' ')).toMatch(new RegExp(`^rtsim ${call[0]}: --out needs a directory, got an empty value .*give --out \\. for the current directory`));
        expect(status, call.join(' ')).toBe(exitCodes.invalidInput);
      }
    }
    expect(readdirSync(cwd)).toEqual(['tiny.yaml']);
  });
});

/**
 * A read-only tmpfs mounted inside `directory`, or undefined where mounting is not allowed (not root, or a container
 * without CAP_SYS_ADMIN): there the test below is skipped, and the reason words are checked by injection instead
 * (writeFilesAtomicallyErrors.test.ts).
 */
function mountReadOnly(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const path = join(directory, 'read-only');
  mkdirSync(path);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', path], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  afterAll(() => execFileSync('umount', [path], { stdio: 'ignore' }));
  return path;
}
const readOnly = mountReadOnly();

describe('a read-only file system', () => {
  it.skipIf(readOnly === undefined)('is reported as such (not as a missing directory), before the run, for a new and an existing directory', async () => {
    for (const out of [join(readOnly as string, 'new', 'out'), readOnly as string]) {
      const { status, stderr } = await rtsim('run', scenarioFile, '--workers', '0', '--out', out);
      expect(status).toBe(exitCodes.invalidInput);
      expect(stderr).toMatch(/^rtsim run: cannot write to .*read-only.*: (cannot create it in .*: )?read-only file system\n$/);
      await expect(writeFilesAtomically(out, [{ name: 'a.txt', content: 'A' }])).rejects.toMatchObject({ code: 'EROFS', message: 'read-only file system' });
    }
  });
});

describe('signals and closed pipes (the built executable)', () => {
  for (const [signal, status] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`${signal} stops a run, leaves no directory and no temporary file, and exits with ${status}`, async () => {
      const parent = join(directory, `signal-${signal}`);
      mkdirSync(parent);
      const out = join(parent, 'out');
      const result = await execute(['run', scenarioFile, '--patients', '50000000', '--workers', '1', '--out', out], {
        onStart: (child) => setTimeout(() => child.kill(signal), 200),
      });
      expect(result.signal).toBe(null);
      expect(result.status).toBe(status);
      expect(result.stderr).toContain('interrupted');
      expect(readdirSync(parent)).toEqual([]);
    });
  }

  it('rtsim schema into a closed pipe (rtsim schema | head) ends quietly with 141', async () => {
    const result = await execute(['schema'], { closeStdout: true });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(141);
  });

  it('rtsim run --json into a closed pipe (| true) ends quietly with 141; the files it wrote are complete', async () => {
    const out = join(directory, 'piped');
    const result = await execute(['run', scenarioFile, '--workers', '0', '--json', '--out', out], { closeStdout: true });
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.status).toBe(141);
    expect(readdirSync(out).sort()).toEqual(['arms.csv', 'endpoints.csv', 'report.html', 'results.json']);
    expect(JSON.parse(read(join(out, 'results.json'))).patients).toBe(2000);
  });

  // /dev/full accepts the open and fails every write with ENOSPC: a full disk behind a redirection (`> out.txt`).
  const fullDevice = existsSync('/dev/full') ? '/dev/full' : undefined;
  const toFullDevice = (args: readonly string[]): ReturnType<typeof execute> => {
    const fd = openSync(fullDevice as string, 'w');
    return execute(args, { stdoutFd: fd }).finally(() => closeSync(fd));
  };

  it.skipIf(fullDevice === undefined)('a stdout that cannot be written (> /dev/full) is one line on stderr naming the command, and status 1, not a stack trace', async () => {
    const cases = [
      [['schema'], 'rtsim schema'],
      [['validate', scenarioFile], 'rtsim validate'],
      [['--help'], 'rtsim'],
    ] as const;
    for (const [args, label] of cases) {
      const result = await toFullDevice(args);
      expect(result.stderr, args[0]).toBe(`${label}: cannot write to standard output: no space left on the device (ENOSPC)\n`);
      expect(result.status, args[0]).toBe(exitCodes.failed);
    }
  });

  it.skipIf(fullDevice === undefined)('rtsim run > /dev/full: the files are written first and stay complete; the failed printout is said and gives status 1', async () => {
    const out = join(directory, 'full-stdout');
    const result = await toFullDevice(['run', scenarioFile, '--workers', '0', '--out', out]);
    expect(result.stderr).toMatch(/wrote results\.json, arms\.csv, report\.html, endpoints\.csv to .*full-stdout\n/);
    expect(result.stderr).toMatch(/\nrtsim run: cannot write to standard output: no space left on the device \(ENOSPC\)\n$/);
    expect(result.stderr).not.toMatch(/Error|at |stopOnSignals/);
    expect(result.status).toBe(exitCodes.failed);
    expect(readdirSync(out).sort()).toEqual(['arms.csv', 'endpoints.csv', 'report.html', 'results.json']);
    expect(JSON.parse(read(join(out, 'results.json'))).patients).toBe(2000);
  });

  it('rtsim run with a closed stderr stops, writes nothing and ends with 141', async () => {
    const out = join(directory, 'no-stderr');
    const result = await execute(['run', scenarioFile, '--patients', '50000000', '--workers', '1', '--out', out], { closeStderr: true });
    expect(result.signal).toBe(null);
    expect(result.status).toBe(141);
    expect(existsSync(out)).toBe(false);
  });
});
