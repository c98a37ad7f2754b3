import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseShardList } from '../../packages/sim/src/cli/parseShardList.js';
import { shellQuote } from '../../packages/sim/src/cli/shellQuote.js';
import { slurmArraySpec } from '../../packages/sim/src/cli/slurmArraySpec.js';
import { slurmScripts } from '../../packages/sim/src/cli/slurmScripts.js';
import { exitCodes, rtsimVersion } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';

// `rtsim slurm` is tested here without a cluster: the scripts it writes are run with bash, array task by array
// task, as Slurm would run them. scripts/slurm-e2e.sh runs them on a real one-node Slurm (.ci/run).
const bin = resolve('packages/sim/dist/bin/rtsim.js');
const directory = mkdtempSync(join(tmpdir(), 'rtsim-slurm-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const cli = inProcessCli(directory);
const rtsimCommand = `${shellQuote(process.execPath)} ${shellQuote(bin)}`;

const scenarioFile = join(directory, 'two-arms.yaml');
writeFileSync(
  scenarioFile,
  `version: 1
name: Slurm test, preoperative 50 Gy/25 vs 5 x 6 Gy
references: ["test scenario"]
seed: 7
patients: 12288
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes:
    - ref: sts
arms:
  - id: preop-50x25
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
  - id: preop-5x6
    schedule: { fractions: 5, dose: 6, perWeek: 5 }
followUp: { years: 5 }
`,
);

/** Runs a generated batch script with bash as Slurm would (its environment variables set); returns status and stderr. */
function runBatchScript(path: string, environment: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync('bash', [path], { env: { ...process.env, ...environment }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('slurmArraySpec(numbers) and parseShardList(option, text, count)', () => {
  it('slurmArraySpec writes runs of consecutive numbers as ranges', () => {
    expect(slurmArraySpec([1, 2, 3, 4])).toBe('1-4');
    expect(slurmArraySpec([2, 5, 7, 8, 9])).toBe('2,5,7-9');
    expect(slurmArraySpec([3])).toBe('3');
  });
  it('parseShardList reads numbers and ranges, in order and each once', () => {
    expect(parseShardList('--only', '9,2,7-8,2', 10)).toEqual([2, 7, 8, 9]);
  });
  it('parseShardList refuses 0, numbers above N, reversed ranges and words, naming the part', () => {
    expect(() => parseShardList('--only', '0,2', 4)).toThrow("--only: expected shard numbers from 1 to 4 as 2,5,7-9, got '0' in '0,2'");
    expect(() => parseShardList('--only', '2,5', 4)).toThrow("got '5'");
    expect(() => parseShardList('--only', '3-2', 4)).toThrow("got '3-2'");
    expect(() => parseShardList('--only', 'two', 4)).toThrow("got 'two'");
  });
});

describe('shellQuote(word)', () => {
  it('gives back every word unchanged through bash', () => {
    const words = ['plain', 'with space', "it's", '$HOME', 'a"b', '*', '', 'back\\slash', '%A_%a'];
    const echoed = execFileSync('bash', ['-c', `printf '%s\\n' ${words.map(shellQuote).join(' ')}`], { encoding: 'utf8' });
    expect(echoed).toBe(`${words.join('\n')}\n`);
  });
});

describe('slurmScripts(job)', () => {
  it('renders the array and the merge with the resources asked for', () => {
    const scripts = slurmScripts({
      rtsim: 'rtsim',
      scenarioPath: '/srv/trials/sts.yaml',
      shards: 16,
      split: 'contiguous',
      patients: 10000000,
      jobName: 'rtsim-sts',
      cpusPerTask: 8,
      time: '02:00:00',
      memory: '2G',
      partition: 'batch',
      account: 'physics',
      outDirectory: '/scratch/ada/sts results',
    });
    expect(scripts.shards).toBe(`#!/bin/bash
#SBATCH --job-name=rtsim-sts
#SBATCH --array=1-16
#SBATCH --cpus-per-task=8
#SBATCH --time=02:00:00
#SBATCH --mem=2G
#SBATCH --partition=batch
#SBATCH --account=physics
#SBATCH --output=/scratch/ada/sts results/slurm/logs/shard-%A_%a.out
# Written by rtsim ${rtsimVersion()} slurm: array task K runs shard K of 16 of /srv/trials/sts.yaml.
# A task writes its partial-K-of-N-contiguous.json atomically once the shard is complete, so a rerun or requeued task
# writes the same bytes again, and one stopped by scancel or its time limit leaves no partial file.
set -euo pipefail
exec rtsim run /srv/trials/sts.yaml \\
  --patients 10000000 \\
  --shard "$((SLURM_ARRAY_TASK_ID))/16" \\
  --split contiguous \\
  --workers "\${SLURM_CPUS_PER_TASK:-8}" \\
  --out '/scratch/ada/sts results/shards'
`);
    expect(scripts.merge).toBe(`#!/bin/bash
#SBATCH --job-name=rtsim-sts-merge
#SBATCH --cpus-per-task=1
#SBATCH --time=02:00:00
#SBATCH --mem=2G
#SBATCH --partition=batch
#SBATCH --account=physics
#SBATCH --output=/scratch/ada/sts results/slurm/logs/merge-%j.out
# Written by rtsim ${rtsimVersion()} slurm: merges the 16 shards into results.json, arms.csv, report.html and endpoints.csv.
set -uo pipefail
status=0
rtsim merge '/scratch/ada/sts results/shards'/partial-*-of-16-contiguous.json --out '/scratch/ada/sts results' || status=$?
if [ "$status" -ne 0 ]; then
  echo "rtsim slurm: the merge failed (status $status); resubmit the missing shards and the merge with:" >&2
  echo '  rtsim slurm /srv/trials/sts.yaml --shards 16 --split contiguous --patients 10000000 --cpus-per-task 8 --time 02:00:00 --partition batch --account physics --mem 2G --job-name rtsim-sts --out '\\''/scratch/ada/sts results'\\'' --missing --submit' >&2
fi
exit "$status"
`);
  });
});

describe('rtsim slurm FILE --shards N', () => {
  it('writes scripts whose array tasks and merge, run as Slurm runs them, give the single run’s files byte for byte', async () => {
    const single = await cli('run', 'two-arms.yaml', '--workers', '0', '--out', 'single');
    expect(single.status).toBe(exitCodes.ok);
    const out = join(directory, 'sliced');
    const written = await cli('slurm', 'two-arms.yaml', '--shards', '3', '--cpus-per-task', '2', '--out', 'sliced', '--rtsim', rtsimCommand);
    expect(written.status).toBe(exitCodes.ok);
    expect(written.stdout).toBe(`array=$(sbatch --parsable ${out}/slurm/shards.sbatch)\nsbatch --dependency=afterok:"$array" ${out}/slurm/merge.sbatch\n`);
    expect(existsSync(join(out, 'slurm', 'logs'))).toBe(true); // sbatch does not create a log's directory
    for (const task of [1, 2, 3]) {
      expect(runBatchScript(join(out, 'slurm', 'shards.sbatch'), { SLURM_ARRAY_TASK_ID: `${task}`, SLURM_CPUS_PER_TASK: '1' }).status).toBe(0);
    }
    expect(runBatchScript(join(out, 'slurm', 'merge.sbatch'), {}).status).toBe(0);
    for (const name of ['results.json', 'arms.csv', 'report.html', 'endpoints.csv']) {
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(directory, 'single', name), 'utf8'));
    }

    // A shard lost: the merge fails, names it and prints the command that resubmits it.
    unlinkSync(join(out, 'shards', 'partial-2-of-3.json'));
    const merge = runBatchScript(join(out, 'slurm', 'merge.sbatch'), {});
    expect(merge.status).toBe(exitCodes.invalidInput);
    expect(merge.stderr).toContain('missing part: partial-2-of-3.json');
    expect(merge.stderr).toContain(`slurm ${scenarioFile} --shards 3 --cpus-per-task 2 --job-name rtsim-two-arms --out ${out} --rtsim`);
    expect(merge.stderr).toContain('--missing --submit');
    const missing = await cli('slurm', 'two-arms.yaml', '--shards', '3', '--cpus-per-task', '2', '--out', 'sliced', '--missing');
    expect(missing.stdout).toBe(`array=$(sbatch --parsable --array=2 ${out}/slurm/shards.sbatch)\nsbatch --dependency=afterok:"$array" ${out}/slurm/merge.sbatch\n`);
    expect(missing.stderr).toContain('shard 2 of 3');
  });

  it('--submit submits the array, then the merge after it (afterok), with sbatch', async () => {
    const fakeBin = join(directory, 'fake-bin');
    mkdirSync(fakeBin, { recursive: true });
    const calls = join(directory, 'sbatch-calls.txt');
    // A stand-in for sbatch --parsable: records its arguments and prints job ids 101, 102, …
    writeFileSync(join(fakeBin, 'sbatch'), `#!/bin/bash\necho "$*" >> '${calls}'\necho "$((100 + $(wc -l < '${calls}')));cluster"\n`);
    chmodSync(join(fakeBin, 'sbatch'), 0o755);
    const path = process.env['PATH'];
    process.env['PATH'] = `${fakeBin}${delimiter}${path ?? ''}`;
    try {
      const out = join(directory, 'submitted');
      const submitted = await cli('slurm', 'two-arms.yaml', '--shards', '4', '--out', 'submitted', '--only', '2,4,3', '--submit');
      expect(submitted.status).toBe(exitCodes.ok);
      expect(submitted.stdout).toBe('shards 2-4 of 4: job 101\nmerge: job 102\n');
      expect(readFileSync(calls, 'utf8')).toBe(`--parsable --array=2-4 ${out}/slurm/shards.sbatch\n--parsable --dependency=afterok:101 ${out}/slurm/merge.sbatch\n`);
    } finally {
      process.env['PATH'] = path;
    }
  });

  it('refuses what it cannot submit, with status 2 and the reason', async () => {
    const refused = async (...args: string[]): Promise<string> => {
      const run = await cli('slurm', ...args);
      expect(run.status).toBe(exitCodes.invalidInput);
      return run.stderr;
    };
    expect(await refused('two-arms.yaml')).toContain('--shards N is required');
    expect(await refused('two-arms.yaml', '--shards', '0')).toContain("--shards: expected a whole number from 1 to 1000000, got '0'");
    expect(await refused('two-arms.yaml', '--shards', '4', '--only', '5')).toContain("--only: expected shard numbers from 1 to 4");
    expect(await refused('two-arms.yaml', '--shards', '4', '--only', '1', '--missing')).toContain('give one of them');
    expect(await refused('two-arms.yaml', '--shards', '4', '--time', '2 hours')).toContain("--time: expected a value like 30, 02:00:00 or 1-12:00:00, got '2 hours'");
    expect(await refused('two-arms.yaml', '--shards', '4', '--partition', 'a b')).toContain('--partition');
    expect(await refused('two-arms.yaml', '--shards', '4', '--out', '100% done')).toContain('an #SBATCH line cannot hold');
    expect(await refused('two-arms.yaml', '--shards', '4', '--split', 'striped')).toContain("did you mean 'strided'");
    // A line break in a path would become a line of its own in the batch scripts, which bash runs.
    writeFileSync(join(directory, 'nl\necho INJECTED\n.yaml'), readFileSync(scenarioFile));
    expect(await refused('nl\necho INJECTED\n.yaml', '--shards', '2')).toContain('the scenario file: a path with a line break cannot be written into a batch script');
    expect(await refused('two-arms.yaml', '--shards', '2', '--out', 'a\nb')).toContain('--out: a path with a line break');
    writeFileSync(join(directory, 'broken.yaml'), 'version: 1\nseed: -1\n');
    expect(await refused('broken.yaml', '--shards', '4')).toContain('broken.yaml is not a valid scenario');
    expect(existsSync(join(directory, 'broken-results'))).toBe(false);
  });

  it('warns when there are more shards than blocks', async () => {
    const run = await cli('slurm', 'two-arms.yaml', '--shards', '5', '--out', 'many');
    expect(run.status).toBe(exitCodes.ok);
    expect(run.stderr).toContain('warning: 5 shards for 3 blocks: shards 4 to 5 have no work');
  });

  it('--sensitivity: array tasks of rtsim sensitivity --shard and the merge give the single analysis’s files byte for byte', async () => {
    copyFileSync(resolve('scenarios/uncertainty-preop.yaml'), join(directory, 'uncertain.yaml'));
    const analysis = ['--samples', '5', '--patients', '4100', '--resamples', '20', '--output', 'arm:preop-5x6'];
    expect((await cli('sensitivity', 'uncertain.yaml', ...analysis, '--workers', '0', '--out', 'single-sensitivity')).status).toBe(exitCodes.ok);
    const out = join(directory, 'sensitivity-array');
    const written = await cli('slurm', 'uncertain.yaml', '--shards', '3', '--split', 'contiguous', '--sensitivity', ...analysis, '--out', 'sensitivity-array', '--rtsim', rtsimCommand);
    expect(written.status, written.stderr).toBe(exitCodes.ok);
    const slurm = join(out, 'slurm');
    expect(written.stdout).toBe(`array=$(sbatch --parsable ${slurm}/sensitivity-shards.sbatch)\nsbatch --dependency=afterok:"$array" ${slurm}/sensitivity-merge.sbatch\n`);
    const script = readFileSync(join(slurm, 'sensitivity-shards.sbatch'), 'utf8');
    expect(script).toContain(`sensitivity ${join(directory, 'uncertain.yaml')} \\\n  --output arm:preop-5x6 \\\n  --samples 5 \\\n  --resamples 20 \\\n  --patients 4100 \\\n  --shard "$((SLURM_ARRAY_TASK_ID))/3" \\\n  --split contiguous`);
    for (const task of [1, 2, 3]) {
      expect(runBatchScript(join(slurm, 'sensitivity-shards.sbatch'), { SLURM_ARRAY_TASK_ID: `${task}`, SLURM_CPUS_PER_TASK: '1' }).status).toBe(0);
    }
    expect(runBatchScript(join(slurm, 'sensitivity-merge.sbatch'), {}).status).toBe(0);
    for (const name of ['sensitivity.json', 'report-sensitivity.html']) {
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(directory, 'single-sensitivity', name), 'utf8'));
    }
    unlinkSync(join(out, 'shards', 'sensitivity-partial-2-of-3-contiguous.json'));
    const merge = runBatchScript(join(slurm, 'sensitivity-merge.sbatch'), {});
    expect(merge.status).toBe(exitCodes.invalidInput);
    expect(merge.stderr).toContain('missing part: sensitivity-partial-2-of-3-contiguous.json');
    expect(merge.stderr).toContain('--shards 3 --sensitivity --output arm:preop-5x6 --samples 5 --resamples 20 --split contiguous --patients 4100');
    const missing = await cli('slurm', 'uncertain.yaml', '--shards', '3', '--split', 'contiguous', '--sensitivity', ...analysis, '--out', 'sensitivity-array', '--missing');
    expect(missing.stdout).toBe(`array=$(sbatch --parsable --array=2 ${slurm}/sensitivity-shards.sbatch)\nsbatch --dependency=afterok:"$array" ${slurm}/sensitivity-merge.sbatch\n`);
  });

  it('--sensitivity: refuses what rtsim sensitivity would refuse in every task, with status 2', async () => {
    const refused = async (...args: string[]): Promise<string> => {
      const run = await cli('slurm', ...args);
      expect(run.status).toBe(exitCodes.invalidInput);
      return run.stderr;
    };
    expect(await refused('two-arms.yaml', '--shards', '4', '--samples', '8')).toContain('--samples is an option of rtsim sensitivity: add --sensitivity');
    expect(await refused('two-arms.yaml', '--shards', '4', '--sensitivity', '--seed', '3')).toContain("--seed: rtsim sensitivity runs with the scenario's seed");
    expect(await refused('two-arms.yaml', '--shards', '4', '--sensitivity', '--measure', 'median')).toContain("--measure: expected control-rate, mean-tcp, local-control@T, distant-metastasis-free-survival@T, metastasis@T, disease-specific-survival@T, progression-free-survival@T or overall-survival@T (T in years), got 'median'");
    expect(await refused('two-arms.yaml', '--shards', '4', '--sensitivity')).toContain('two-arms.yaml: has no uncertainty section');
    expect(await refused('uncertain.yaml', '--shards', '4', '--sensitivity', '--output', 'arm:nope')).toContain("uncertain.yaml: unknown arm 'nope'");
    expect(await refused('uncertain.yaml', '--shards', '4', '--sensitivity', '--output', 'diff:preop-5x6,preop-5x6')).toContain("compares arm 'preop-5x6' with itself");
  });

  it('is listed in rtsim --help and has its own help', async () => {
    expect((await cli('--help')).stdout).toContain('rtsim slurm FILE --shards N');
    const help = await cli('slurm', '--help');
    expect(help.status).toBe(exitCodes.ok);
    expect(help.stdout).toContain('--dependency=afterok');
  });
});

describe('docs/sharding.md', () => {
  it('shows the shards.sbatch that rtsim slurm writes for its example command, paths shortened to …', async () => {
    copyFileSync(resolve('scenarios/extremity-preop-hypofractionation.yaml'), join(directory, 'extremity-preop-hypofractionation.yaml'));
    const written = await cli('slurm', 'extremity-preop-hypofractionation.yaml', '--shards', '16', '--patients', '10000000', '--cpus-per-task', '8',
      '--time', '02:00:00', '--mem', '2G', '--partition', 'batch', '--account', 'physics');
    expect(written.status).toBe(0);
    const script = readFileSync(join(directory, 'extremity-preop-hypofractionation-results', 'slurm', 'shards.sbatch'), 'utf8').replaceAll(directory, '…');
    const doc = readFileSync(resolve('docs/sharding.md'), 'utf8');
    const block = /`shards\.sbatch` for the command above \(paths shortened\):\n\n```bash\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBe(script.replace(/^exec .*? run /m, 'exec rtsim run '));
  });
});
