/* global URL, process */
import { readFileSync } from 'node:fs';
import { median } from './median.mjs';

const simDist = new URL('../../packages/sim/dist/', import.meta.url);

/** Patients per block (determinism contract). */
const blockSize = 4096;

async function compileScenario(file, blocks) {
  const { parseScenario } = await import(new URL('index.js', simDist).href);
  const { compilePlan } = await import(new URL('cohort/compilePlan.js', simDist).href);
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return compilePlan({ ...parsed.scenario, patients: blockSize * blocks });
}

/**
 * CPU nanoseconds per patient of simulating every block of a plan once: the process's user + system time
 * (process.cpuUsage), not wall time, because on a shared machine the wall time also counts the time other processes
 * hold the core, which is not the engine's cost.
 */
function timeBlocks(simulateBlock, plan, blocks) {
  const started = process.cpuUsage();
  // The TypeScript engine for both: B6 measures the local-control model's cost against the plain model in the same
  // engine; lc-plain.yaml would otherwise take the WebAssembly kernel (issue 20), which lc.yaml cannot.
  for (let k = 0; k < blocks; k++) simulateBlock(plan, k, 'typescript');
  const used = process.cpuUsage(started);
  return (1000 * (used.user + used.system)) / (blockSize * blocks);
}

/**
 * B6: the engine's cost per patient with the residual-disease local-control model against the same scenario in the
 * plain clonogen model (bench/scenarios/lc.yaml and lc-plain.yaml). In this process on `packages/sim/dist`: both
 * scenarios compiled, `simulateBlock` over the same blocks, one untimed round as JIT warm-up, then `runs` rounds
 * alternating plain and local control, so that a change in the machine's load falls on both alike. Process start,
 * workers and summary are left out: they are the same for both and would only blur the engine's cost on a shared
 * machine. Ratio = local-control time / plain time of each round, median over the rounds. Times are CPU time.
 * @param {{ plainScenario: string, localControlScenario: string, patients: number, runs: number }} options
 *   patients: rounded up to whole blocks of 4096
 * @returns {Promise<{ patients: number, runs: number, plain: { nanosecondsPerPatient: number, runs: number[] },
 *   localControl: { nanosecondsPerPatient: number, runs: number[] }, ratios: number[], ratio: number }>}
 */
export async function localControlBenchmark({ plainScenario, localControlScenario, patients, runs }) {
  const { simulateBlock } = await import(new URL('cohort/simulateBlock.js', simDist).href);
  const blocks = Math.ceil(patients / blockSize);
  const plans = { plain: await compileScenario(plainScenario, blocks), localControl: await compileScenario(localControlScenario, blocks) };
  const times = { plain: [], localControl: [] };
  for (let round = 0; round <= runs; round++) {
    for (const name of ['plain', 'localControl']) {
      const nanoseconds = timeBlocks(simulateBlock, plans[name], round === 0 ? Math.min(blocks, 25) : blocks);
      if (round > 0) times[name].push(nanoseconds);
    }
  }
  const ratios = times.plain.map((plain, r) => times.localControl[r] / plain);
  return {
    patients: blocks * blockSize,
    runs,
    plain: { nanosecondsPerPatient: median(times.plain), runs: times.plain },
    localControl: { nanosecondsPerPatient: median(times.localControl), runs: times.localControl },
    ratios,
    ratio: median(ratios),
  };
}
