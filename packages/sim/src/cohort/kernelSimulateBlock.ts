import { blockStream } from '../random/blockStream.js';
import { blockKernel, kernelScratchWords } from './blockKernel.js';
import type { BlockPartial } from './BlockPartial.js';
import { blockSize } from './blockSize.js';
import type { EnginePlan } from './EnginePlan.js';
import { encodedKernelPlan } from './encodedKernelPlan.js';
import { reserveKernelMemory } from './reserveKernelMemory.js';

const alignTo8 = (bytes: number): number => Math.ceil(bytes / 8) * 8;

/**
 * Block k of an eligible plan by the WebAssembly kernel (kernelEligibility): the same partial as the TypeScript
 * engine's simulateBlock, bit for bit, or undefined when the plan is not eligible or the kernel cannot run here.
 * Memory: the plan, the block's sums and counts and the scratch words laid out after the module's static data;
 * the results are copied out into fresh arrays.
 * @param plan - from compilePlan
 * @param blockIndex - k, a whole number in [0, plan.blockCount) (checked by the caller)
 * @returns the block partial, or undefined
 */
export function kernelSimulateBlock(plan: EnginePlan, blockIndex: number): BlockPartial | undefined {
  const encoded = encodedKernelPlan(plan);
  if (encoded === null) return undefined;
  const kernel = blockKernel();
  if (kernel === undefined) return undefined;
  const { layout } = plan;
  const planAt = alignTo8(kernel.heapBase());
  const sumsAt = planAt + 8 * encoded.length;
  const countsAt = sumsAt + 8 * layout.sumLength;
  const scratchAt = alignTo8(countsAt + 4 * layout.countLength);
  // Per arm: TCP, N_left and the failure bin (an i32 in a word of its own).
  reserveKernelMemory(kernel, scratchAt + 8 * (kernelScratchWords + 3 * plan.arms.length));
  const buffer = kernel.memory.buffer;
  new Float64Array(buffer, planAt, encoded.length).set(encoded);
  new Float64Array(buffer, sumsAt, layout.sumLength).fill(0);
  new Int32Array(buffer, countsAt, layout.countLength).fill(0);
  const stream = blockStream(plan.seed, blockIndex);
  const patients = Math.min(blockSize, plan.patients - blockIndex * blockSize);
  kernel.simulateBlock(planAt, stream[0] ?? 0, stream[1] ?? 0, stream[2] ?? 0, stream[3] ?? 0, stream[5] ?? 0, patients, sumsAt, countsAt, scratchAt);
  const sums = new Float64Array(buffer, sumsAt, layout.sumLength).slice();
  const counts = new Int32Array(buffer, countsAt, layout.countLength).slice();
  // As simulateBlock: the extremes section holds −∞ before any valid patient, and 0 when the block has none (no
  // eligible plan writes it otherwise).
  sums.fill(-Infinity, layout.doseExtremes, layout.markerSums);
  if (counts[layout.validPatients] === 0) sums.fill(0, layout.doseExtremes, layout.markerSums);
  return { blockIndex, patients, sums, counts };
}
