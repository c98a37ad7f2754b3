/**
 * Which engine simulates a block: `auto` (the default) takes the WebAssembly kernel for a plan it can simulate
 * (kernelEligibility) where the kernel runs, the TypeScript engine otherwise; `typescript` always takes the
 * TypeScript engine (the readable reference). Both give the same bits, so the choice changes speed only.
 */
export type BlockEngine = 'auto' | 'typescript';

/**
 * The engine of a call that does not name one: `typescript` when the environment variable RTSIM_BLOCK_ENGINE is
 * `typescript` (for the benchmark and for comparisons; worker threads inherit it), else `auto`. In a browser there is
 * no environment and the default is `auto`.
 * @returns the default engine
 */
export function defaultBlockEngine(): BlockEngine {
  const environment = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return environment?.['RTSIM_BLOCK_ENGINE'] === 'typescript' ? 'typescript' : 'auto';
}
