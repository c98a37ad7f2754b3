import { UsageError } from './UsageError.js';

/**
 * Reads a list of shard numbers as Slurm writes array indices: `2,5,7-9` → 2, 5, 7, 8, 9.
 * @param option - the option's name, for messages (`--only`)
 * @param text - comma-separated numbers and ranges `A-B` (A ≤ B)
 * @param count - the shard count N: every number must be from 1 to N
 * @returns the numbers, ascending, each once
 * @throws UsageError naming the part that is not a shard number of 1 … N
 */
export function parseShardList(option: string, text: string, count: number): number[] {
  const numbers = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    const first = Number(match?.[1]);
    const last = match?.[2] === undefined ? first : Number(match[2]);
    if (match === null || !(first >= 1 && first <= last && last <= count)) {
      throw new UsageError(`rtsim slurm: ${option}: expected shard numbers from 1 to ${count} as 2,5,7-9, got '${part.trim()}' in '${text}'`);
    }
    for (let shard = first; shard <= last; shard++) numbers.add(shard);
  }
  return [...numbers].sort((a, b) => a - b);
}
