/**
 * Workers the page starts by default: the processor count, capped (more rarely helps and costs memory).
 * @param cap - the most workers suggested (default 8)
 * @returns a whole number from 1 to `cap` (2 when the browser does not say how many processors it has)
 */
export function defaultBrowserWorkers(cap: number = 8): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.max(1, Math.min(cap, Number.isInteger(cores) && cores > 0 ? cores : 2));
}
