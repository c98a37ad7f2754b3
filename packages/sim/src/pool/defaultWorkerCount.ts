import { availableParallelism } from 'node:os';

/**
 * Worker threads a Node run uses unless told otherwise: `os.availableParallelism()` (the CPUs this process may
 * use), at least 1.
 * @returns a whole number ≥ 1
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}
