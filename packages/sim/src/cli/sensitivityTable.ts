import { formatNumber } from '@rtsim/core';
import type { SensitivityResults } from '../sensitivity/SensitivityResults.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';
import { sobolUndefinedNote } from '../report/sobolUndefinedNote.js';
import { sobolIntervalNote } from '../report/sobolIntervalNote.js';
import { formatFixed } from '../charts/formatFixed.js';

const points = (value: number): string => formatFixed(value * 100, 2);
const index = (value: number): string => formatFixed(value, 2);

/**
 * The tables `rtsim sensitivity` prints: a title (scenario, output, patients, N); the tornado (each parameter's
 * range, the output at each end and the swing, in % or percentage points, largest swing first); the Sobol indices
 * (first-order S and total S_T with 95 % bootstrap intervals, parameter order), and why they are `—` when the output
 * did not vary (sobolUndefinedNote) or their intervals are when the bootstrap had too few resamples (sobolIntervalNote).
 * A value that rounds to zero is printed without a sign (formatFixed).
 * @param results - the sensitivity results
 * @returns the text, ending with a newline
 */
export function sensitivityTable(results: SensitivityResults): string {
  const unit = results.output.kind === 'difference' ? 'points' : '%';
  const title =
    `${terminalText(results.scenario.name)}\n${terminalText(results.output.label)}: ${results.patients} patients per evaluation, ` +
    `N = ${results.sobol.samples}, ${results.evaluations} evaluations, seed ${results.seed}\n\n`;
  const tornado = textTable(
    [`tornado (base ${points(results.tornado.base)} ${unit})`, 'low – high', `at low (${unit})`, `at high (${unit})`, 'swing'],
    results.tornado.rows.map((row) => [
      terminalText(row.label),
      `${formatNumber(row.low)} – ${formatNumber(row.high)}`,
      points(row.outputLow),
      points(row.outputHigh),
      points(row.swing),
    ]),
    ['l', 'r', 'r', 'r', 'r'],
  );
  const sobol = textTable(
    ['Sobol indices', 'S', 'S 95%', 'S_T', 'S_T 95%'],
    results.sobol.indices.map((row) => [
      terminalText(row.label),
      index(row.first),
      `[${index(row.firstCi95[0])}, ${index(row.firstCi95[1])}]`,
      index(row.total),
      `[${index(row.totalCi95[0])}, ${index(row.totalCi95[1])}]`,
    ]),
    ['l', 'r', 'r', 'r', 'r'],
  );
  const notes = [sobolUndefinedNote(results), sobolIntervalNote(results)].filter((note) => note !== '');
  return `${title}${tornado}\n${sobol}${notes.map((note) => `${note}\n`).join('')}`;
}
