/* global process */
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';

/**
 * What the figures were measured on: CPU model, logical cores, memory, OS, Node.
 * @returns {{ cpu: string, cores: number, memoryGiB: number, os: string, node: string }}
 */
export function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}
