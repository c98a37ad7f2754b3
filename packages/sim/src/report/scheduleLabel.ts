import { svgNumber } from '../charts/svgNumber.js';

/**
 * A short label of an arm's schedule from its totals: `50 Gy / 25 fx` (total physical dose, Gy, and number of
 * fractions; `0 fx` for an arm without radiotherapy).
 * @param arm - total dose (Gy) and fractions of the arm
 * @returns the label
 */
export function scheduleLabel(arm: { readonly totalDose: number; readonly fractions: number }): string {
  if (arm.fractions === 0) return '0 fx';
  return `${svgNumber(arm.totalDose, 2)} Gy / ${arm.fractions} fx`;
}
