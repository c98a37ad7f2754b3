import { availableParallelism } from 'node:os';

/** Worker threads allowed per available CPU (see maxWorkerCount). */
export const workersPerCpu = 4;

/**
 * Most worker threads a Node run may start: {@link workersPerCpu} × `os.availableParallelism()` (at least one
 * CPU), e.g. 512 on a 128-core node, 8 on 2 cores. The work is CPU-bound, so threads beyond the CPUs only share
 * them, and each costs about 15 MB (an idle one 14 MiB, measured): a mistyped count (1024, 10000) would exhaust
 * memory instead of helping.
 * @returns a whole number ≥ 4
 */
export function maxWorkerCount(): number {
  return workersPerCpu * Math.max(1, availableParallelism());
}
