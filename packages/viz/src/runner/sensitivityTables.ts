import { formatDistribution, formatNumber } from '@rtsim/core';
import { formatFixed } from '@rtsim/sim';
import type { SensitivityResults } from '@rtsim/sim';
import { dataTable } from '../ui/dataTable.js';

// The same numbers as report-sensitivity.html: outputs in percent (or percentage points for a difference) to two
// decimals, indices to three, parameter values to three significant digits; never a negative zero (formatFixed).
const points = (value: number): string => (Number.isFinite(value) ? formatFixed(value * 100, 2) : '—');
const index = (value: number): string => (Number.isFinite(value) ? formatFixed(value, 3) : '—');
const interval = (pair: readonly [number, number]): string => `${index(pair[0])} to ${index(pair[1])}`;

/** The unit of the analysed output in tables and on axes: % for an arm, percentage points for a difference. */
export function sensitivityUnit(results: SensitivityResults): string {
  return results.output.kind === 'difference' ? 'percentage points' : '%';
}

/** The uncertain parameters: path, distribution, nominal value and the tornado's ends (2.5 % and 97.5 % quantiles). */
export function sensitivityParameterTable(results: SensitivityResults): HTMLElement {
  const rows = results.parameters.map((p) => [
    { text: p.label, sub: p.path },
    formatDistribution(p.distribution),
    formatNumber(p.nominal),
    formatNumber(p.low),
    formatNumber(p.high),
  ]);
  return dataTable('Uncertain parameters (the tornado moves each to its 2.5 % and 97.5 % quantiles)', ['Parameter', 'Distribution', 'Nominal', 'Low (2.5\u00a0%)', 'High (97.5\u00a0%)'], rows, 'sensitivity-parameters');
}

/** The tornado as a table, largest swing first: the output with the parameter at each end, and the swing. */
export function tornadoTable(results: SensitivityResults): HTMLElement {
  const unit = sensitivityUnit(results);
  const rows = results.tornado.rows.map((row) => [row.label, points(row.outputLow), points(row.outputHigh), points(row.swing)]);
  return dataTable(`One at a time: ${results.output.label} (${unit}); base ${points(results.tornado.base)}, swing = |high − low|`, ['Parameter', 'At low end', 'At high end', 'Swing'], rows, 'tornado-table');
}

/** First-order and total Sobol indices with their 95 % bootstrap intervals, in parameter order. */
export function sobolTable(results: SensitivityResults): HTMLElement {
  const rows = results.sobol.indices.map((row) => [row.label, index(row.first), interval(row.firstCi95), index(row.total), interval(row.totalCi95)]);
  return dataTable(`Sobol indices (0 to 1; sampling error can push an estimate slightly outside), N = ${results.sobol.samples}`, ['Parameter', 'S', 'S 95% interval', 'S_T', 'S_T 95% interval'], rows, 'sobol-table');
}
