import type { BlockKernel } from './blockKernel.js';

/** Bytes of a WebAssembly memory page. */
const pageBytes = 65536;

/**
 * Grows the kernel's linear memory to at least `bytes` (whole pages; memory never shrinks, so a later call with fewer
 * bytes does nothing).
 * @param kernel - the thread's kernel (blockKernel)
 * @param bytes - the highest byte offset the caller will use, plus one
 */
export function reserveKernelMemory(kernel: BlockKernel, bytes: number): void {
  const missing = bytes - kernel.memory.buffer.byteLength;
  if (missing > 0) kernel.memory.grow(Math.ceil(missing / pageBytes));
}
