import type { DvhMetrics } from '../dvh/dvhMetrics.js';
import { textTable } from './textTable.js';

const gy = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '-');

/**
 * The `rtsim dvh` table: one row per structure, volume in cm³ (`-` when the file gives relative volumes only),
 * Dmin, Dmean, Dmax, D95, D50, D2 in Gy (2 decimals), V20 in % of the structure and in cm³.
 * @param metrics - one entry per structure, in file order
 * @returns the aligned table, each line ending with a newline
 */
export function dvhTable(metrics: readonly DvhMetrics[]): string {
  const header = ['structure', 'volume cm3', 'Dmin Gy', 'Dmean Gy', 'Dmax Gy', 'D95 Gy', 'D50 Gy', 'D2 Gy', 'V20Gy %', 'V20Gy cm3'];
  const rows = metrics.map((row) => [
    row.name,
    row.volume === undefined ? '-' : row.volume.toFixed(1),
    gy(row.minimum),
    gy(row.mean),
    gy(row.maximum),
    gy(row.d95),
    gy(row.d50),
    gy(row.d2),
    Number.isFinite(row.v20) ? (row.v20 * 100).toFixed(1) : '-',
    row.v20Volume === undefined ? '-' : row.v20Volume.toFixed(1),
  ]);
  return textTable(header, rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']);
}
