/* global URL, process, Buffer */
import { readFileSync } from 'node:fs';
import { median } from './median.mjs';

const simDist = new URL('../../packages/sim/dist/', import.meta.url);

/** Patients per block (determinism contract). */
const blockSize = 4096;

/** CPU nanoseconds per patient of simulating blocks [0, blocks) of a plan with one engine (process.cpuUsage). */
function timeBlocks(simulateBlock, plan, blocks, engine) {
  const started = process.cpuUsage();
  for (let k = 0; k < blocks; k++) simulateBlock(plan, k, engine);
  const used = process.cpuUsage(started);
  return (1000 * (used.user + used.system)) / (blockSize * blocks);
}

/**
 * B1's engine comparison in one process (issue 20): `simulateBlock` on R1 with the WebAssembly kernel (engine `auto`)
 * and with the TypeScript engine (`typescript`), on `packages/sim/dist`, one untimed round as warm-up, then `runs`
 * rounds alternating the two engines over the same blocks, CPU time per patient. Process start, workers and the summary
 * are left out: this is the engines' own cost, which the command-line figures of B1 mix with a startup time that on a
 * loaded machine is as long as the kernel's whole run. The two engines' partials of the first block must be identical.
 * @param {{ scenario: string, patients: number, runs: number }} options - patients: rounded up to whole blocks
 * @returns {Promise<{ patients: number, runs: number, kernel: { nanosecondsPerPatient: number, runs: number[] },
 *   typescript: { nanosecondsPerPatient: number, runs: number[] }, speedups: number[], speedup: number, kernelRan: boolean, identical: boolean }>}
 */
export async function kernelBenchmark({ scenario, patients, runs }) {
  const { parseScenario } = await import(new URL('index.js', simDist).href);
  const { compilePlan } = await import(new URL('cohort/compilePlan.js', simDist).href);
  const { simulateBlock } = await import(new URL('cohort/simulateBlock.js', simDist).href);
  const { kernelSimulateBlock } = await import(new URL('cohort/kernelSimulateBlock.js', simDist).href);
  const parsed = parseScenario(readFileSync(scenario, 'utf8'), scenario);
  if (!parsed.ok) throw new Error(`${scenario}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const blocks = Math.ceil(patients / blockSize);
  const plan = compilePlan({ ...parsed.scenario, patients: blockSize * blocks });
  const kernelPartial = kernelSimulateBlock(plan, 0);
  const reference = simulateBlock(plan, 0, 'typescript');
  const identical =
    kernelPartial !== undefined &&
    Buffer.from(kernelPartial.sums.buffer).equals(Buffer.from(reference.sums.buffer)) &&
    Buffer.from(kernelPartial.counts.buffer).equals(Buffer.from(reference.counts.buffer));
  const times = { kernel: [], typescript: [] };
  for (let round = 0; round <= runs; round++) {
    for (const [name, engine] of [['kernel', 'auto'], ['typescript', 'typescript']]) {
      const nanoseconds = timeBlocks(simulateBlock, plan, round === 0 ? Math.min(blocks, 25) : blocks, engine);
      if (round > 0) times[name].push(nanoseconds);
    }
  }
  const speedups = times.typescript.map((typescript, r) => typescript / times.kernel[r]);
  return {
    patients: blocks * blockSize,
    runs,
    kernel: { nanosecondsPerPatient: median(times.kernel), runs: times.kernel },
    typescript: { nanosecondsPerPatient: median(times.typescript), runs: times.typescript },
    speedups,
    speedup: median(speedups),
    kernelRan: kernelPartial !== undefined,
    identical,
  };
}
