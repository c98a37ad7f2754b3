import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The command line is tested as built JavaScript (`pnpm build` runs before vitest in `pnpm test`): the
// executable itself for a run and for Ctrl-C, `main` from the build in-process for the rest (no process start).
import { exitCodes, rtsimVersion } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';
import { resealShard } from './resealShard.js';
import type { CliRun } from './inProcessCli.js';

const bin = resolve('packages/sim/dist/bin/rtsim.js');
const directory = mkdtempSync(join(tmpdir(), 'rtsim-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// A small scenario of its own (the shipped ones may change): two preoperative arms, one library subtype.
const scenarioFile = join(directory, 'two-arms.yaml');
writeFileSync(
  scenarioFile,
  `version: 1
name: CLI test, preoperative 50 Gy/25 vs 5 x 6 Gy
references: ["test scenario"]
seed: 42
patients: 20000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes:
    - ref: sts
arms:
  - id: preop-50x25
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
    surgery: { day: 67, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } }
  - id: preop-5x6
    schedule: { fractions: 5, dose: 6, perWeek: 5 }
    surgery: { day: 39, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } }
followUp: { years: 5 }
`,
);

/** Runs the built executable; resolves with its status (or signal), stdout and stderr. */
function execute(args: readonly string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, child);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`rtsim ${args.join(' ')} did not finish in 60 s`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr });
    });
  });
}

/** Runs `main` from the build in-process, capturing its output. */
const inProcess = (args: readonly string[]): Promise<CliRun> => inProcessCli(directory)(...args);

const read = (path: string): string => readFileSync(path, 'utf8');
const single = join(directory, 'single');

describe('rtsim run (the built executable)', () => {
  it('runs a small scenario: table or JSON on stdout, results.json, arms.csv, report.html and endpoints.csv written', async () => {
    const { status, stdout, stderr } = await execute(['run', scenarioFile, '--patients', '9000', '--workers', '2', '--out', single, '--json']);
    expect(stderr).not.toMatch(/error/i);
    expect(status).toBe(0);
    expect(readdirSync(single).sort()).toEqual(['arms.csv', 'endpoints.csv', 'report.html', 'results.json']); // no temporary files left
    const text = read(join(single, 'results.json'));
    expect(stdout).toBe(text); // --json prints exactly results.json
    const results = JSON.parse(text);
    expect(results.rtsim.version).toBe(rtsimVersion());
    expect(results.scenario.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(results.patients).toBe(9000);
    expect(results.seed).toBe(42);
    expect(results.arms.map((arm: { id: string }) => arm.id)).toEqual(['preop-50x25', 'preop-5x6']);
    for (const arm of results.arms) {
      for (const value of [arm.meanTcp, arm.meanTcpSe, arm.controlRate, ...arm.controlCi95, arm.localControl.year2, arm.localControl.year5]) {
        expect(Number.isFinite(value)).toBe(true);
      }
      expect(arm.patients).toBe(9000);
    }
    const pair = results.comparisons[0];
    for (const value of [pair.meanTcpDifference, ...pair.meanTcpDifferenceCi95, pair.mcnemarP, pair.logRankP]) expect(Number.isFinite(value)).toBe(true);

    const csv = read(join(single, 'arms.csv')).trimEnd().split('\n');
    expect(csv[0]?.startsWith('arm_id,arm_name,scope,subtype_id,patients,')).toBe(true);
    expect(csv.length).toBe(1 + 2 * 2); // 2 arms, each with one subtype row
    const html = read(join(single, 'report.html'));
    expect(html).toContain('<svg');
    expect(html.toLowerCase()).not.toContain('<script');
  });

  it('Ctrl-C (SIGINT) stops the workers, writes nothing and exits with 130', async () => {
    const out = join(directory, 'interrupted');
    let sent = false;
    const { status, stderr } = await execute(['run', scenarioFile, '--patients', '50000000', '--workers', '1', '--out', out], (text, child) => {
      if (!sent && text.includes('patients, seed')) {
        sent = true;
        setTimeout(() => child.kill('SIGINT'), 200);
      }
    });
    expect(sent).toBe(true);
    expect(status).toBe(exitCodes.interrupted);
    expect(stderr).toContain('interrupted');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});

describe('rtsim run --shard and rtsim merge', () => {
  it('shards 1/3, 2/3, 3/3 merged give the files of a single run, byte for byte', async () => {
    const shards = join(directory, 'shards');
    for (const k of [1, 2, 3]) {
      const { status, stderr } = await inProcess(['run', scenarioFile, '--patients', '9000', '--workers', '1', '--out', shards, '--shard', `${k}/3`]);
      expect(stderr).not.toMatch(/failed/);
      expect(status).toBe(0);
    }
    expect(readdirSync(shards).sort()).toEqual(['partial-1-of-3.json', 'partial-2-of-3.json', 'partial-3-of-3.json']);
    const merged = join(directory, 'merged');
    const parts = ['partial-3-of-3.json', 'partial-1-of-3.json', 'partial-2-of-3.json'].map((name) => join(shards, name));
    const { status, stdout } = await inProcess(['merge', ...parts, '--out', merged]);
    expect(status).toBe(0);
    expect(stdout).toContain('preop-50x25 − preop-5x6');
    for (const name of ['results.json', 'arms.csv', 'report.html', 'endpoints.csv']) expect(read(join(merged, name))).toBe(read(join(single, name)));
  });

  it('merge refuses a missing part, naming it', async () => {
    const shards = join(directory, 'shards');
    const { status, stderr } = await inProcess(['merge', join(shards, 'partial-1-of-3.json'), join(shards, 'partial-3-of-3.json'), '--out', join(directory, 'never')]);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toContain('1 of 3 blocks are not covered by any part (blocks 1); missing part: partial-2-of-3.json');
    expect(existsSync(join(directory, 'never'))).toBe(false);
  });

  it('an empty shard says it runs on 1 worker thread, not "1 worker threads"', async () => {
    // 9000 patients are 3 blocks of 4096, so shard 5/5 has none; it still starts one of the 2 threads asked for.
    const { status, stderr } = await inProcess(['run', scenarioFile, '--patients', '9000', '--workers', '2', '--out', join(directory, 'empty-shard'), '--shard', '5/5']);
    expect(status).toBe(0);
    expect(stderr).toContain('(shard 5/5: 0 of 3 blocks), on 1 worker thread\n');
  });

  it('merge refuses a part given twice', async () => {
    const part = join(directory, 'shards', 'partial-2-of-3.json');
    const { status, stderr } = await inProcess(['merge', part, part]);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toContain(`block 1 is in both ${part} and ${part}: the parts overlap`);
  });

  it('merge names parts as they were given: two parts of different runs with one base name are told apart', async () => {
    const other = join(directory, 'other-seed-1');
    expect((await inProcess(['run', scenarioFile, '--patients', '9000', '--seed', '43', '--workers', '0', '--out', other, '--shard', '1/3'])).status).toBe(0);
    const { status, stderr } = await inProcess(['merge', 'shards/partial-1-of-3.json', 'other-seed-1/partial-1-of-3.json', 'shards/partial-3-of-3.json']);
    // The seed is part of the scenario hash (an override is part of the run), but it is compared first, so the message
    // names the option that differs (the file's seed 42 against --seed 43) instead of two hashes.
    expect(stderr).toBe(
      'rtsim merge: shards/partial-1-of-3.json and other-seed-1/partial-1-of-3.json come from different runs: seed 42 vs 43 (run every shard with the same scenario file, --seed and --patients)\n',
    );
    expect(status).toBe(exitCodes.invalidInput);
  });

  it('merge says in words that a part is a directory or a symbolic link loop (no EISDIR, no ELOOP)', async () => {
    symlinkSync('loop.json', join(directory, 'loop.json'));
    const asDirectory = await inProcess(['merge', 'shards', '--out', 'never']);
    expect(asDirectory.stderr).toBe(`rtsim merge: cannot read shards: it is a directory; give the partial result files in it, e.g. ${join('shards', '*partial-*.json')}\n`);
    expect(asDirectory.status).toBe(exitCodes.invalidInput);
    const loop = await inProcess(['merge', 'shards/partial-1-of-3.json', 'loop.json', '--out', 'never']);
    expect(loop.stderr).toBe('rtsim merge: cannot read loop.json: too many levels of symbolic links (a link that points back to itself?)\n');
    expect(loop.status).toBe(exitCodes.invalidInput);
    expect(existsSync(join(directory, 'never'))).toBe(false);
  });

  it('merge refuses parts of different runs, and a file that is not a partial result', async () => {
    const other = join(directory, 'other-seed');
    expect((await inProcess(['run', scenarioFile, '--patients', '9000', '--seed', '43', '--workers', '0', '--out', other, '--shard', '2/3'])).status).toBe(0);
    const mixed = await inProcess(['merge', join(directory, 'shards', 'partial-1-of-3.json'), join(other, 'partial-2-of-3.json')]);
    expect(mixed.status).toBe(exitCodes.invalidInput);
    expect(mixed.stderr).toContain('come from different runs: seed 42 vs 43 (run every shard');
    // Patients differ (16 000 against 9000): said in words too, even though the hash differs as well.
    const morePatients = join(directory, 'more-patients');
    expect((await inProcess(['run', scenarioFile, '--patients', '16000', '--workers', '0', '--out', morePatients, '--shard', '2/3'])).status).toBe(0);
    const patients = await inProcess(['merge', join(directory, 'shards', 'partial-1-of-3.json'), join(morePatients, 'partial-2-of-3.json')]);
    expect(patients.status).toBe(exitCodes.invalidInput);
    expect(patients.stderr).toContain('come from different runs: patients 9000 vs 16000 (run every shard');
    // Same seed and patients, another scenario file: only the hash can say so.
    const edited = join(directory, 'edited.yaml');
    writeFileSync(edited, read(scenarioFile).replace(/^name: .*$/m, 'name: another run'));
    const otherFile = join(directory, 'other-file');
    expect((await inProcess(['run', edited, '--patients', '9000', '--workers', '0', '--out', otherFile, '--shard', '2/3'])).status).toBe(0);
    const hashes = await inProcess(['merge', join(directory, 'shards', 'partial-1-of-3.json'), join(otherFile, 'partial-2-of-3.json')]);
    expect(hashes.status).toBe(exitCodes.invalidInput);
    expect(hashes.stderr).toMatch(/come from different runs: scenario hash sha256:\w+ vs sha256:\w+ \(run every shard/);
    const notPartial = await inProcess(['merge', join(single, 'results.json')]);
    expect(notPartial.status).toBe(exitCodes.invalidInput);
    expect(notPartial.stderr).toContain('results.json: not an rtsim partial result');
  });

  it('merge refuses parts computed by another rtsim version', async () => {
    const path = join(directory, 'shards', 'partial-2-of-3.json');
    const older = JSON.parse(read(path));
    older.rtsim = '0.0.1';
    const olderPath = join(directory, 'partial-2-of-3-old.json');
    writeFileSync(olderPath, JSON.stringify(resealShard(older)));
    const { status, stderr } = await inProcess(['merge', join(directory, 'shards', 'partial-1-of-3.json'), olderPath, join(directory, 'shards', 'partial-3-of-3.json')]);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toContain(`partial-2-of-3-old.json was computed by rtsim 0.0.1, this is rtsim ${rtsimVersion()}`);
  });

  it('merge refuses a part whose scenario was edited after the run', async () => {
    const path = join(directory, 'shards', 'partial-1-of-3.json');
    const edited = JSON.parse(read(path));
    edited.scenario.arms[0].schedule.dose = 2.1;
    const editedPath = join(directory, 'edited.json');
    writeFileSync(editedPath, JSON.stringify(resealShard(edited)));
    const { status, stderr } = await inProcess(['merge', editedPath]);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toContain('edited.json: not an rtsim partial result: scenario.arms[0].schedule.dose is not what its scenarioText resolves to (expected 2, got 2.1)');
  });
});

describe('rtsim run --shard K/N --split contiguous and rtsim merge', () => {
  // 9000 patients are 3 blocks: contiguous 1/2 and 2/2 hold blocks 0–1 and 2, strided 1/2 and 2/2 would hold 0, 2 and 1.
  const contiguous = join(directory, 'contiguous');

  it('shards 1/2, 2/2 hold one range of blocks each, record the split, and merge to the single run\'s files byte for byte', async () => {
    for (const k of [1, 2]) {
      const { status, stdout, stderr } = await inProcess(['run', scenarioFile, '--patients', '9000', '--workers', '1', '--out', contiguous, '--shard', `${k}/2`, '--split', 'contiguous']);
      expect(status).toBe(0);
      expect(stderr).toContain(`(shard ${k}/2, contiguous: ${3 - k} of 3 blocks)`);
      expect(stdout).toMatch(new RegExp(`^shard ${k}/2, contiguous: ${3 - k} of 3 blocks in `));
    }
    const first = JSON.parse(read(join(contiguous, 'partial-1-of-2-contiguous.json')));
    const second = JSON.parse(read(join(contiguous, 'partial-2-of-2-contiguous.json')));
    expect(first.formatVersion).toBe(5);
    expect(first.shard).toEqual({ index: 1, count: 2, split: 'contiguous' });
    expect(first.accumulator.blocks).toEqual([[0, 1, 2]]);
    expect(second.accumulator.blocks).toEqual([[2, 1, 1]]);
    // A strided shard file records no split: it keeps the form it had before --split existed.
    expect(JSON.parse(read(join(directory, 'shards', 'partial-1-of-3.json'))).shard).toEqual({ index: 1, count: 3 });
    const merged = join(directory, 'merged-contiguous');
    const { status } = await inProcess(['merge', join(contiguous, 'partial-2-of-2-contiguous.json'), join(contiguous, 'partial-1-of-2-contiguous.json'), '--out', merged]);
    expect(status).toBe(0);
    for (const name of ['results.json', 'arms.csv', 'report.html', 'endpoints.csv']) expect(read(join(merged, name))).toBe(read(join(single, name)));
  });

  it('merge accepts a mix of splits and shard counts that covers every block exactly once', async () => {
    const merged = join(directory, 'merged-mixed');
    const parts = [join(directory, 'shards', 'partial-1-of-3.json'), join(contiguous, 'partial-2-of-2-contiguous.json'), join(directory, 'shards', 'partial-2-of-3.json')];
    const { status } = await inProcess(['merge', ...parts, '--out', merged]);
    expect(status).toBe(0);
    for (const name of ['results.json', 'arms.csv', 'report.html', 'endpoints.csv']) expect(read(join(merged, name))).toBe(read(join(single, name)));
  });

  it('a strided and a contiguous shard K/N written to one folder keep apart, and merge to the single run\'s files', async () => {
    // Strided 2/2 is block 1, contiguous 2/2 block 2: once both had the name partial-2-of-2.json, the second
    // written replaced the first. With strided 1/3 (block 0) they cover the run exactly once.
    const both = join(directory, 'both-splits');
    for (const split of ['strided', 'contiguous']) {
      expect((await inProcess(['run', scenarioFile, '--patients', '9000', '--workers', '0', '--out', both, '--shard', '2/2', '--split', split])).status).toBe(0);
    }
    expect(readdirSync(both).sort()).toEqual(['partial-2-of-2-contiguous.json', 'partial-2-of-2.json']);
    expect(JSON.parse(read(join(both, 'partial-2-of-2.json'))).accumulator.blocks).toEqual([[1, 1, 1]]); // block 1 alone
    expect(JSON.parse(read(join(both, 'partial-2-of-2-contiguous.json'))).accumulator.blocks).toEqual([[2, 1, 1]]);
    const merged = join(directory, 'merged-both-splits');
    const parts = [join(both, 'partial-2-of-2.json'), join(both, 'partial-2-of-2-contiguous.json'), join(directory, 'shards', 'partial-1-of-3.json')];
    const { status } = await inProcess(['merge', ...parts, '--out', merged]);
    expect(status).toBe(0);
    for (const name of ['results.json', 'arms.csv', 'report.html', 'endpoints.csv']) expect(read(join(merged, name))).toBe(read(join(single, name)));
  });

  it('merge reads the shard from a part\'s content, not its name: a contiguous part under the old name still merges', async () => {
    const renamed = join(directory, 'old-names');
    mkdirSync(renamed);
    writeFileSync(join(renamed, 'partial-1-of-2.json'), read(join(contiguous, 'partial-1-of-2-contiguous.json')));
    writeFileSync(join(renamed, 'partial-2-of-2.json'), read(join(contiguous, 'partial-2-of-2-contiguous.json')));
    const merged = join(directory, 'merged-old-names');
    const { status } = await inProcess(['merge', join(renamed, 'partial-1-of-2.json'), join(renamed, 'partial-2-of-2.json'), '--out', merged]);
    expect(status).toBe(0);
    for (const name of ['results.json', 'arms.csv', 'report.html', 'endpoints.csv']) expect(read(join(merged, name))).toBe(read(join(single, name)));
  });

  it('merge refuses overlapping parts of different splits, and names a missing contiguous part', async () => {
    const overlap = await inProcess(['merge', 'contiguous/partial-1-of-2-contiguous.json', 'shards/partial-1-of-3.json', '--out', join(directory, 'never')]);
    expect(overlap.status).toBe(exitCodes.invalidInput);
    expect(overlap.stderr).toContain('block 0 is in both contiguous/partial-1-of-2-contiguous.json and shards/partial-1-of-3.json: the parts overlap (was a shard given twice, or shards of different N or --split mixed?)');
    const missing = await inProcess(['merge', join(contiguous, 'partial-1-of-2-contiguous.json'), '--out', join(directory, 'never')]);
    expect(missing.status).toBe(exitCodes.invalidInput);
    expect(missing.stderr).toContain('1 of 3 blocks are not covered by any part (blocks 2); missing part: partial-2-of-2-contiguous.json');
    expect(existsSync(join(directory, 'never'))).toBe(false);
  });

  it('merge refuses a part whose recorded split is not a known word', async () => {
    const edited = JSON.parse(read(join(contiguous, 'partial-1-of-2-contiguous.json')));
    edited.shard.split = 'diagonal';
    const editedPath = join(directory, 'diagonal.json');
    writeFileSync(editedPath, JSON.stringify(resealShard(edited)));
    const { status, stderr } = await inProcess(['merge', editedPath]);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toContain('diagonal.json: not an rtsim partial result: shard.split must be "strided" or "contiguous" when given, got "diagonal"');
  });
});

describe('rtsim validate, schema, help and options', () => {
  const broken = join(directory, 'broken.yaml');
  writeFileSync(broken, read(scenarioFile).replace('fractions: 25,', 'fractions: -3,').replace('seed: 42', 'seed: 4.5'));

  it('validate on a broken file exits 2 and prints each problem as path: message (line:col)', async () => {
    const { status, stderr } = await inProcess(['validate', broken]);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toMatch(/^seed: .+ \(\d+:\d+\)$/m);
    expect(stderr).toMatch(/^arms\[0\]\.schedule\.fractions: .+ \(\d+:\d+\)$/m);
  });

  it('run on a broken file exits 2 and writes nothing', async () => {
    const out = join(directory, 'broken-out');
    const { status, stderr } = await inProcess(['run', broken, '--out', out]);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toContain('arms[0].schedule.fractions');
    expect(existsSync(out)).toBe(false);
  });

  it('validate on a valid file exits 0 with a summary', async () => {
    const { status, stdout } = await inProcess(['validate', scenarioFile]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/valid\. .*20000 patients, seed 42, 2 arms, 1 subtype; sha256:[0-9a-f]{64}/);
  });

  it('a scenario FILE that is a symbolic link loop or a directory is said in words by run, validate, sensitivity and calibrate', async () => {
    symlinkSync('scenario-loop.yaml', join(directory, 'scenario-loop.yaml'));
    mkdirSync(join(directory, 'folder.yaml'));
    for (const command of ['run', 'validate', 'sensitivity', 'calibrate']) {
      const loop = await inProcess([command, 'scenario-loop.yaml']);
      expect(loop.stderr, command).toContain('scenario-loop.yaml: too many levels of symbolic links (a link that points back to itself?)\n');
      expect(loop.stderr, command).toMatch(new RegExp(`^rtsim ${command}: `));
      expect(loop.status, command).toBe(exitCodes.invalidInput);
      const folder = await inProcess([command, 'folder.yaml']);
      expect(folder.stderr, command).toMatch(/folder\.yaml:? is not a file\n$|folder\.yaml: not a file\n$/);
      expect(folder.status, command).toBe(exitCodes.invalidInput);
      for (const { stderr } of [loop, folder]) {
        expect(stderr, command).not.toMatch(/ELOOP|EISDIR|symbolic links encountered/);
        // The file is named as the user gave it, never by the absolute path the command resolved.
        expect(stderr, command).not.toContain(directory);
      }
    }
  });

  it('a scenario, DATA file or part not in UTF-8 is refused by run, validate, calibrate and merge, not read with its bytes replaced', async () => {
    // "Café" in Latin-1: the byte 0xE9 alone is not UTF-8. A UTF-8 byte-order mark is still read.
    writeFileSync(join(directory, 'latin1.yaml'), Buffer.concat([Buffer.from(read(scenarioFile).replace(/^name: .*$/m, 'name: Caf')), Buffer.from([0xe9]), Buffer.from('\n')]));
    writeFileSync(join(directory, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    for (const [command, file] of [['run', 'latin1.yaml'], ['validate', 'latin1.yaml'], ['calibrate', 'latin1.yaml'], ['merge', 'latin1.json']] as const) {
      const refused = await inProcess([command, file]);
      expect(refused.status, command).toBe(exitCodes.invalidInput);
      expect(refused.stderr, command).toContain(`${file}: not UTF-8 text (saved in another encoding, such as Latin-1 or UTF-16?): save it as UTF-8`);
    }
    writeFileSync(join(directory, 'bom.yaml'), `\uFEFF${read(scenarioFile)}`);
    expect((await inProcess(['validate', 'bom.yaml'])).status).toBe(0);
  });

  it('run refuses an --out where it would write over its own scenario file (a JSON scenario named results.json)', async () => {
    const text = JSON.stringify({
      version: 1, name: 'named like an output', references: ['test scenario'], seed: 1, patients: 100,
      cohort: { diameter: 3, subtypes: [{ ref: 'sts' }] }, arms: [{ id: 'a', schedule: { fractions: 25, dose: 2 } }], followUp: { years: 2 },
    });
    for (const [name, mode] of [['results.json', []], ['expected.json', ['--mode', 'expected']]] as const) {
      const folder = join(directory, `named-like-${name}`);
      mkdirSync(folder);
      const scenario = join(folder, name);
      writeFileSync(scenario, text);
      expect((await inProcess(['validate', scenario])).status).toBe(0);
      const refused = await inProcess(['run', scenario, '--out', folder, ...mode]);
      expect(refused.status).toBe(exitCodes.invalidInput);
      expect(refused.stderr).toContain(`${name} would be replaced by the ${name} this command writes to`);
      expect(read(scenario)).toBe(text);
      expect(readdirSync(folder)).toEqual([name]);
    }
    // The same check guards sensitivity, avatar, merge and calibrate; calibrate refuses before reading the file.
    const data = join(directory, 'calibration.json');
    writeFileSync(data, '{}');
    const calibrate = await inProcess(['calibrate', data, '--out', directory]);
    expect(calibrate.status).toBe(exitCodes.invalidInput);
    expect(calibrate.stderr).toContain('rtsim calibrate: calibration.json would be replaced by the calibration.json this command writes to');
    expect(read(data)).toBe('{}');
  });

  it('a missing file is invalid input', async () => {
    const { status, stderr } = await inProcess(['run', join(directory, 'nope.yaml')]);
    expect(status).toBe(exitCodes.invalidInput);
    expect(stderr).toContain('no such file');
  });

  it('--help exits 0 for the tool and every command; --version prints the version', async () => {
    for (const args of [['--help'], ['run', '--help'], ['validate', '-h'], ['schema', '--help'], ['merge', '--help'], ['help', 'run']]) {
      const { status, stdout } = await inProcess(args);
      expect(status).toBe(0);
      expect(stdout).toMatch(/Usage|rtsim/);
    }
    expect((await inProcess(['--version'])).stdout).toBe(`${rtsimVersion()}\n`);
  });

  it('run --help lists --split with its two words', async () => {
    const { stdout } = await inProcess(['run', '--help']);
    expect(stdout).toMatch(/--split S +how --shard divides the blocks: strided \(default: blocks K-1, K-1\+N, \.\.\.\) or\n +contiguous/);
  });

  it('unknown options, commands and bad values are rejected with a clear message and status 2', async () => {
    const cases: [string[], RegExp][] = [
      [['run', scenarioFile, '--patinets', '5'], /unknown option '--patinets'; did you mean '--patients'\?/],
      [['run', scenarioFile, '--patients', 'many'], /--patients: expected a whole number from 1 to 1000000000, got 'many'/],
      [['run', scenarioFile, '--shard', '4/3'], /rtsim run: --shard: the shard number K must be from 1 to N = 3/],
      [['run', scenarioFile, '--shard', '1/2', '--split', 'sideways'], /rtsim run: --split: expected strided \(.*\) or contiguous \(.*\), got 'sideways'/],
      [['run', scenarioFile, '--shard', '1/2', '--split', 'contigous'], /did you mean 'contiguous'\?/],
      [['run', scenarioFile, '--shard', '0/2'], /^rtsim run: --shard: the shard number K must be from 1 to N = 2, got 0/],
      [['run', scenarioFile, '--shard', '1/2', '--split', 'toString'], /^rtsim run: --split: expected strided/],
      // A negative number after an option is its value (parseArgs would call it ambiguous), checked by the option's range.
      [['run', scenarioFile, '--workers', '-1'], /^rtsim run: --workers: expected a whole number from 0 \(the main thread\) to \d+, got '-1'\n$/],
      [['run', scenarioFile, '--patients', '-3'], /^rtsim run: --patients: expected a whole number from 1 to 1000000000, got '-3'\n$/],
      [['run', scenarioFile, '--seed', '-1'], /^rtsim run: --seed: expected a whole number from 0 to 9007199254740991, got '-1'\n$/],
      [['run', scenarioFile, '--split', 'contiguous'], /rtsim run: --split contiguous needs --shard K\/N/],
      [['run', scenarioFile, '--shard', '1/2', '--split'], /--split/],
      [['run', scenarioFile, '--json=yes'], /--json/],
      [['run'], /expected one scenario file/],
      [['rnu'], /unknown command 'rnu'; did you mean 'run'\?/],
      [['schema', 'extra'], /takes no arguments/],
      [[], /Usage/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = await inProcess(args);
      expect(status).toBe(exitCodes.invalidInput);
      expect(stderr).toMatch(message);
    }
  });

  it('schema prints the JSON Schema of scenario files', async () => {
    const { status, stdout } = await inProcess(['schema']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).$id).toBe('https://rtsim.dev/scenario.schema.json');
  });
});
