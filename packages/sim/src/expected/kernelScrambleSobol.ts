import { blockKernel } from '../cohort/blockKernel.js';
import { reserveKernelMemory } from '../cohort/reserveKernelMemory.js';
import { seedKey } from '../random/seedKey.js';
import type { SobolScramble } from '../random/SobolScramble.js';
import { sobolBits } from '../random/sobolBits.js';
import { streamPurposes } from '../random/streamPurposes.js';

/** u32 words of the kernel's scramble scratch: 4 Philox words and the 32 columns of the scrambling matrix. */
const scratchWords = 36;

/**
 * scrambleSobol(directions, namedGenerator(seed, 'sobol', r)) by the WebAssembly kernel (packages/sim/assembly/sobol.ts,
 * scrambleSobol): the same scrambled words and shifts, bit for bit, or undefined where the kernel cannot run
 * (blockKernel). Why in the kernel: in a fresh process the TypeScript scramble, mostly its 32 Philox draws per dimension,
 * runs before V8 has optimised it, and 16 scramblings cost more than the kernel's whole integral of R1 (docs/performance.md, B7).
 * The generator's counter is namedGenerator's: (0, r, group, purpose · 2¹⁶) under the seed's key, 4 words a group.
 * @param directions - unscrambled words from sobolDirections (dimensions × 32)
 * @param seed - the scenario's seed (seedKey checks it)
 * @param r - the scrambling's index, a whole number in [0, 2³²)
 * @returns the scrambling, or undefined
 */
export function kernelScrambleSobol(directions: Uint32Array, seed: number, r: number): SobolScramble | undefined {
  const kernel = blockKernel();
  if (kernel === undefined) return undefined;
  const [key0, key1] = seedKey(seed);
  const dimensions = directions.length / sobolBits;
  const directionsAt = Math.ceil(kernel.heapBase() / 8) * 8;
  const outAt = directionsAt + 4 * directions.length;
  const scratchAt = outAt + 4 * (directions.length + dimensions);
  reserveKernelMemory(kernel, scratchAt + 4 * scratchWords);
  const buffer = kernel.memory.buffer;
  new Uint32Array(buffer, directionsAt, directions.length).set(directions);
  kernel.scrambleSobol(key0, key1, r, streamPurposes.sobol * 65536, directionsAt, dimensions, outAt, scratchAt);
  return {
    dimensions,
    directions: new Uint32Array(buffer, outAt, directions.length).slice(),
    shift: new Uint32Array(buffer, outAt + 4 * directions.length, dimensions).slice(),
  };
}
