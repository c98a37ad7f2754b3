import { blockSize } from './blockSize.js';

/**
 * Number of blocks a run of `patients` virtual patients is cut into, ⌈patients / 4096⌉.
 * @param patients - a whole number ≥ 0
 * @returns the block count (the last block may be partial); NaN for a negative or fractional count
 */
export function blockCount(patients: number): number {
  if (!(Number.isInteger(patients) && patients >= 0)) return Number.NaN;
  return Math.ceil(patients / blockSize);
}
