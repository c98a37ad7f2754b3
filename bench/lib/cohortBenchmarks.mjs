import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './median.mjs';
import { runRtsim } from './runRtsim.mjs';

/** Patients per block (determinism contract): a startup run gives every worker exactly one block. */
const blockSize = 4096;

/** The per-arm figures of a results.json that B1 compares, in arm order. */
export function armSummaries(results) {
  const arms = Array.isArray(results?.arms) ? results.arms : [];
  return arms.map((arm) => ({ id: arm.id, meanTcp: arm.meanTcp, se: arm.meanTcpSe }));
}

/**
 * Runs the command line `runs` times and keeps wall time, peak RSS and the results of every run.
 * @param {{ scenario: string, workers: number, patients: number, runs: number, scratch: string, label: string,
 *   log: (line: string) => void, nodeFlags?: readonly string[] }} options
 */
export async function timedRuns({ scenario, workers, patients, runs, scratch, label, log, nodeFlags, env }) {
  const out = [];
  for (let r = 0; r < runs; r++) {
    const outDir = join(scratch, `${label}-${r}`);
    mkdirSync(outDir, { recursive: true });
    const run = await runRtsim({ scenario, workers, patients, outDir, ...(nodeFlags ? { nodeFlags } : {}), ...(env ? { env } : {}) });
    if (run.exitCode !== 0) {
      throw new Error(`rtsim run (${label}, run ${r + 1}) exited with ${run.exitCode}:\n${run.stderr.trim().split('\n').slice(-15).join('\n')}`);
    }
    log(`  ${label} run ${r + 1}/${runs}: ${run.wallSeconds.toFixed(2)} s wall, peak RSS ${run.maxRssBytes === undefined ? '?' : (run.maxRssBytes / 2 ** 20).toFixed(0)} MiB`);
    out.push(run);
  }
  return out;
}

/**
 * The pool time the command line prints on stderr ("rtsim run: N patients in X s"): worker start and simulation,
 * without process start, parsing, summary and file writing; 0.1 s resolution, so a cross-check only.
 * @param {string} stderr
 * @returns {number | undefined} seconds
 */
export function cliPoolSeconds(stderr) {
  const match = /patients in ([\d.]+) s/.exec(stderr);
  return match ? Number(match[1]) : undefined;
}

/**
 * B1 (rtsim part), B2 and B3: the R1 scenario through `rtsim run`, in fresh processes.
 *
 * Throughput = patient-arms / compute seconds, compute seconds = the run's wall time minus the median wall time
 * of a startup run with the same worker count and one block per worker (node start, module load, scenario
 * parsing, worker start, one block per worker, summary and report writing): see docs/performance.md. The
 * command line's own pool time (stderr, 0.1 s resolution) is kept alongside as a cross-check.
 * @param {{ scenario: string, arms: number, patients: number, runs: number, workerCounts: number[],
 *   typescriptEngine?: boolean (also one worker with RTSIM_BLOCK_ENGINE=typescript: byWorkers is the default engine),
 *   memory: { small: number, large: number, largeRuns: number, workers: number } | undefined,
 *   scratch: string, log: (line: string) => void }} options
 */
export async function cohortBenchmarks({ scenario, arms, patients, runs, workerCounts, typescriptEngine = false, memory, scratch, log }) {
  const byWorkers = [];
  if (workerCounts.length > 0 || memory) {
    // One untimed run first: the first process start reads every module from disk.
    await timedRuns({ scenario, workers: 1, patients: blockSize, runs: 1, scratch, label: 'warm-up', log });
  }
  /** One worker count's throughput: startup runs, timed runs, compute time = wall − startup (see above). */
  async function throughput(workers, engine) {
    const env = engine === 'typescript' ? { RTSIM_BLOCK_ENGINE: 'typescript' } : undefined;
    const tag = engine === 'typescript' ? '-ts' : '';
    log(`B1: rtsim run, ${workers} worker(s), ${patients} patients × ${arms} arms${engine === 'typescript' ? ', TypeScript engine (RTSIM_BLOCK_ENGINE=typescript)' : ''}`);
    const startup = await timedRuns({ scenario, workers, patients: blockSize * workers, runs, scratch, label: `startup-w${workers}${tag}`, log, env });
    const timed = await timedRuns({ scenario, workers, patients, runs, scratch, label: `r1-w${workers}${tag}`, log, env });
    const startupSeconds = median(startup.map((r) => r.wallSeconds));
    // Subtracting the startup run is only meaningful when the run is clearly longer than it (tiny sizes are not). 2 ×,
    // not 3 ×: with the WebAssembly kernel R1's run on one worker is ≈ 2–3 × the startup run on a loaded machine.
    const subtract = median(timed.map((r) => r.wallSeconds)) >= 2 * startupSeconds;
    const computeSource = subtract ? 'wall time minus startup run' : 'wall time (run too short to subtract the startup run)';
    const compute = timed.map((r) => (subtract ? r.wallSeconds - startupSeconds : r.wallSeconds));
    const rates = compute.map((seconds) => (patients * arms) / seconds);
    return {
      workers,
      engine,
      patients,
      computeSource,
      startupSeconds,
      wallSeconds: timed.map((r) => r.wallSeconds),
      computeSeconds: compute,
      cliPoolSeconds: timed.map((r) => cliPoolSeconds(r.stderr) ?? null),
      patientArmsPerSecond: median(rates),
      wallPatientArmsPerSecond: median(timed.map((r) => (patients * arms) / r.wallSeconds)),
      rates,
      maxRssBytes: median(timed.map((r) => r.maxRssBytes ?? Number.NaN)),
      arms: armSummaries(timed[0].results),
      identicalAcrossRuns: timed.every((r) => JSON.stringify(armSummaries(r.results)) === JSON.stringify(armSummaries(timed[0].results))),
    };
  }
  for (const workers of workerCounts) byWorkers.push(await throughput(workers, 'auto'));
  // The TypeScript engine on one worker, for the kernel's speed-up (issue 20); its results must be the kernel's.
  const typescriptOne = typescriptEngine && workerCounts.includes(1) ? await throughput(1, 'typescript') : undefined;
  let memoryResult;
  if (memory) {
    const { small, large, largeRuns, workers } = memory;
    log(`B3: peak RSS, ${workers} worker(s), ${small} and ${large} patients`);
    const smallRuns = await timedRuns({ scenario, workers, patients: small, runs, scratch, label: `mem-${small}`, log });
    const largeRunsOut = await timedRuns({ scenario, workers, patients: large, runs: largeRuns, scratch, label: `mem-${large}`, log });
    memoryResult = {
      workers,
      small: { patients: small, runs: smallRuns.length, maxRssBytes: median(smallRuns.map((r) => r.maxRssBytes ?? Number.NaN)), all: smallRuns.map((r) => r.maxRssBytes), wallSeconds: smallRuns.map((r) => r.wallSeconds) },
      large: { patients: large, runs: largeRunsOut.length, maxRssBytes: median(largeRunsOut.map((r) => r.maxRssBytes ?? Number.NaN)), all: largeRunsOut.map((r) => r.maxRssBytes), wallSeconds: largeRunsOut.map((r) => r.wallSeconds) },
    };
  }
  const reference = byWorkers[0]?.arms;
  const identicalAcrossWorkers = [...byWorkers, ...(typescriptOne ? [typescriptOne] : [])].every((b) => JSON.stringify(b.arms) === JSON.stringify(reference));
  return { byWorkers, typescriptOne, memory: memoryResult, identicalAcrossWorkers };
}
