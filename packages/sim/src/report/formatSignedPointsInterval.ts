import { formatSignedPoints } from './formatSignedPoints.js';

/**
 * A difference of proportions with its 95% interval, in signed percentage points for a table: `+3.25 [+2.88, +3.62]`
 * (formatSignedPoints for the estimate and each end), as the terminal and the report print every paired difference.
 * @param value - the difference, as a proportion
 * @param ci95 - its 95% interval, as proportions
 * @returns the text
 */
export function formatSignedPointsInterval(value: number, ci95: readonly [number, number]): string {
  return `${formatSignedPoints(value)} [${formatSignedPoints(ci95[0])}, ${formatSignedPoints(ci95[1])}]`;
}
