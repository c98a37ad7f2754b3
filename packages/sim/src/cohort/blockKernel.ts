import { kernelBinaryBase64 } from './kernelBinary.generated.js';

/** The part of the WebAssembly API used here (typed locally: the package's lib has no DOM and Node 20's types no WebAssembly). */
interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: object };
}

/** The exports of the block kernel's WebAssembly instance (packages/sim/assembly/kernel.ts); pointers are byte offsets. */
export interface BlockKernel {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  simulateBlock(plan: number, key0: number, key1: number, nameId: number, block: number, purpose: number, patients: number, sums: number, counts: number, scratch: number): void;
  scrambleSobol(key0: number, key1: number, index: number, counter3: number, directions: number, dimensions: number, out: number, scratch: number): void;
  scramblingSums(plan: number, directions: number, dimensions: number, point: number, from: number, to: number, sums: number, scratch: number): number;
  blockUniforms(key0: number, key1: number, nameId: number, block: number, patient: number, purpose: number, out: number, count: number): void;
  slotUniforms(key0: number, key1: number, nameId: number, block: number, patient: number, purpose: number, out: number): void;
  distributionQuantile(at: number, u: number): number;
  lognormalPair(a1: number, b1: number, u1: number, a2: number, b2: number, u2: number, out1: number, out2: number): number;
  portableExp(x: number): number;
  expPair(x1: number, x2: number, out1: number, out2: number): number;
  portableLog(x: number): number;
  portableLog2(x: number): number;
  normalQuantile(p: number): number;
  poissonQuantileExact(u: number, mean: number, zeroProbability: number): number;
  poissonQuantileApproximate(u: number, mean: number, standardNormal: number): number;
  failureDay(clonogens: number, treatmentEnd: number, postTreatmentDoublingTime: number, detectionClonogens: number, firstVisitDays: number): number;
  heapBase(): number;
}

/**
 * f64 words of the kernel's scratch region besides the per-arm ones (TCP and N_left; simulateBlock's also the failure
 * bin): 16 uniforms and the 20-field patient record (simulateBlock's and scramblingSums's `scratch`).
 */
export const kernelScratchWords = 36;

let instance: BlockKernel | null | undefined;
let failure = '';

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The block kernel of this thread, instantiated on first use (synchronously: a 16 kB module), or undefined where it
 * cannot run: no WebAssembly, a runtime whose WebAssembly lacks SIMD (the module does not validate), or a failed
 * compilation (e.g. a page whose policy forbids it). The caller then uses the TypeScript engine, which gives the
 * same bits; {@link blockKernelFailure} says why.
 * @returns the kernel's exports, or undefined
 */
export function blockKernel(): BlockKernel | undefined {
  if (instance !== undefined) return instance ?? undefined;
  instance = null;
  try {
    const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
    if (wasm === undefined) {
      failure = 'this runtime has no WebAssembly';
      return undefined;
    }
    const bytes = decodeBase64(kernelBinaryBase64);
    if (!wasm.validate(bytes)) {
      failure = 'the kernel does not validate here (WebAssembly SIMD missing)';
      return undefined;
    }
    const module = new wasm.Module(bytes);
    instance = new wasm.Instance(module, {}).exports as unknown as BlockKernel;
  } catch (error) {
    failure = `the kernel failed to load: ${error instanceof Error ? error.message : String(error)}`;
  }
  return instance ?? undefined;
}

/** Why {@link blockKernel} returned undefined ('' when it has not, or has not been asked yet). */
export function blockKernelFailure(): string {
  return failure;
}
