import { blockKernel, kernelScratchWords } from '../cohort/blockKernel.js';
import { encodedKernelPlan } from '../cohort/encodedKernelPlan.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { reserveKernelMemory } from '../cohort/reserveKernelMemory.js';
import type { SobolScramble } from '../random/SobolScramble.js';
import { patientSlots } from '../random/patientSlots.js';
import { sobolBits } from '../random/sobolBits.js';

const alignTo8 = (bytes: number): number => Math.ceil(bytes / 8) * 8;

/**
 * scramblingSums by the WebAssembly kernel (packages/sim/assembly/kernel.ts, scramblingSums): the same range of points,
 * the same in-place updates of `point` and `sums` and the same count of invalid points, bit for bit, or undefined —
 * touching nothing — when the plan is not kernel-eligible (kernelEligibility), the kernel cannot run here (blockKernel)
 * or the scrambling does not have exactly the 14 dimensions of the slots before `control`.
 *
 * Memory, laid out after the module's static data on every call: the encoded plan, the scrambled direction words and
 * the shift (u32), the Gray-code state, the sums and the scratch words. The state and the sums are copied in and back
 * out, so nothing is kept in the kernel between slices: a trial block or another scrambling may use the kernel's
 * memory in between.
 * @param plan - a compiled scenario that expectedModeProblems accepts
 * @param scramble - the scrambling (scrambleSobol)
 * @param point - the Gray-code state (as scramblingSums): point `from − 1` on entry unless `from` is 0, point `to − 1` on return
 * @param from - first point index
 * @param to - one past the last point index (at most 2³²)
 * @param sums - per arm, the running sum of TCP over the valid points; added to in place
 * @returns the number of invalid points in the range, or undefined when the kernel did not run
 */
export function kernelScramblingSums(
  plan: EnginePlan,
  scramble: SobolScramble,
  point: Uint32Array,
  from: number,
  to: number,
  sums: Float64Array,
): number | undefined {
  const encoded = encodedKernelPlan(plan);
  if (encoded === null) return undefined;
  const kernel = blockKernel();
  if (kernel === undefined) return undefined;
  const { dimensions } = scramble;
  // The kernel writes one uniform per dimension into slots 0…dimensions − 1: more would overwrite the control slot.
  if (dimensions !== patientSlots.control) return undefined;
  const directionWords = dimensions * sobolBits;
  const planAt = alignTo8(kernel.heapBase());
  const directionsAt = planAt + 8 * encoded.length;
  const pointAt = directionsAt + 4 * (directionWords + dimensions);
  const sumsAt = alignTo8(pointAt + 4 * dimensions);
  const scratchAt = sumsAt + 8 * sums.length;
  reserveKernelMemory(kernel, scratchAt + 8 * (kernelScratchWords + 2 * plan.arms.length));
  const buffer = kernel.memory.buffer;
  new Float64Array(buffer, planAt, encoded.length).set(encoded);
  new Uint32Array(buffer, directionsAt, directionWords).set(scramble.directions.subarray(0, directionWords));
  new Uint32Array(buffer, directionsAt + 4 * directionWords, dimensions).set(scramble.shift.subarray(0, dimensions));
  const kernelPoint = new Uint32Array(buffer, pointAt, dimensions);
  kernelPoint.set(point.subarray(0, dimensions));
  const kernelSums = new Float64Array(buffer, sumsAt, sums.length);
  kernelSums.set(sums);
  const invalid = kernel.scramblingSums(planAt, directionsAt, dimensions, pointAt, from, to, sumsAt, scratchAt);
  point.set(kernelPoint);
  sums.set(kernelSums);
  return invalid;
}
