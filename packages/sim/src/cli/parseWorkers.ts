import { availableParallelism } from 'node:os';
import { maxWorkerCount, workersPerCpu } from '../pool/maxWorkerCount.js';
import { UsageError } from './UsageError.js';

/**
 * Reads the `--workers N` option shared by the commands that run worker threads: a whole number from 0 (run in
 * the main thread) to {@link maxWorkerCount} (4 × the CPUs available).
 * @param command - the command, for messages (`rtsim run`)
 * @param text - the option's value; undefined when it was not given
 * @returns the worker count, or undefined when the option was not given
 * @throws UsageError naming the option and, for too many workers, the limit and why
 */
export function parseWorkers(command: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const max = maxWorkerCount();
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value)) {
    throw new UsageError(`${command}: --workers: expected a whole number from 0 (the main thread) to ${max}, got '${text}'`);
  }
  if (value > max) {
    const cpus = Math.max(1, availableParallelism());
    throw new UsageError(
      `${command}: --workers: at most ${max} worker threads on this computer (${workersPerCpu} per CPU, ${cpus} CPU${cpus === 1 ? '' : 's'} available; each thread takes about 15 MB), got ${value}`,
    );
  }
  return value;
}
