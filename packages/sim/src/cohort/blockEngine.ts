/**
 * Which engine simulates a block: `auto` (the default) takes the WebAssembly kernel for a plan it can simulate
 * (kernelEligibility) where the kernel runs, the TypeScript engine otherwise; `typescript` always takes the
 * TypeScript engine (the readable reference). Both give the same bits, so the choice changes speed only.
 */
export type BlockEngine = 'auto' | 'typescript';

/**
 * The engine of a call that does not name one: `typescript` when the environment variable RTSIM_BLOCK_ENGINE is
 * `typescript` (for the benchmark and for comparisons; worker threads inherit it), `auto` when it is unset, empty or
 * `auto`. In a browser there is no environment and the default is `auto`.
 * @returns the default engine
 * @throws RangeError for any other value of RTSIM_BLOCK_ENGINE
 */
export function defaultBlockEngine(): BlockEngine {
  const environment = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const named = environment?.['RTSIM_BLOCK_ENGINE'];
  if (named === undefined || named === '' || named === 'auto') return 'auto';
  if (named === 'typescript') return 'typescript';
  // A misspelt choice must not quietly run the other engine (a benchmark or a comparison would then mean nothing).
  throw new RangeError(`RTSIM_BLOCK_ENGINE must be auto or typescript (or unset), got ${JSON.stringify(named)}`);
}
