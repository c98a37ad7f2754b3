import type { TrialResults } from '../cohort/TrialResults.js';
import { correlationSummary } from '../report/correlationSummary.js';
import { formatPercent } from '../charts/formatPercent.js';
import type { OuterSummary } from '../cohort/UncertaintyResults.js';
import { formatSignedPoints } from '../report/formatSignedPoints.js';
import type { UncertainEndpointRow } from '../uncertainty/uncertainEndpointRows.js';
import { uncertainEndpointRows } from '../uncertainty/uncertainEndpointRows.js';
import { uncertainEndpointsNote } from '../report/uncertainEndpointsNote.js';
import { terminalText } from './terminalText.js';
import { formatProbabilityBetter } from '../report/formatProbabilityBetter.js';
import { textTable } from './textTable.js';


function cells(summary: OuterSummary, format: (value: number) => string): string[] {
  return [
    format(summary.nominal),
    `[${format(summary.parameterInterval[0])}, ${format(summary.parameterInterval[1])}]`,
    formatPercent(summary.monteCarloSe, 2),
    `[${format(summary.combinedInterval[0])}, ${format(summary.combinedInterval[1])}]`,
    formatPercent(summary.parameterShare, 0),
  ];
}

/** The columns of every two-level table after its label. */
const summaryHead = ['nominal', 'parameter 95%', 'MC SE', 'combined 95%', 'param. share'];

/** A table of endpoint rows (uncertainEndpointRows) with the note under it; '' without rows. */
function endpointTable(heading: string, rows: readonly UncertainEndpointRow[], format: (value: number) => string, note: string): string {
  if (rows.length === 0) return '';
  const table = textTable([heading, ...summaryHead], rows.map((row) => [terminalText(row.label), ...cells(row.summary, format)]), ['l', 'r', 'r', 'r', 'r', 'r']);
  return `\n${table}${note}\n`;
}

/**
 * The two-level tables `rtsim run` prints after the comparison table when the scenario has parameter uncertainty:
 * per arm the control rate (%) at the nominal set, its 2.5–97.5 % range over the K parameter sets, the Monte
 * Carlo SE, the combined 95 % interval and the parameter share of the doubt (%); with `followUp.at`, the same for
 * each arm's endpoints at those times (LC; with `metastasis` DMFS, the cumulative incidence of metastasis, DSS and OS; with
 * `progression` PFS and OS), with a footnote saying what each counts; per
 * pair the same for the difference in control rate (percentage points) and P(a beats b) (%) with its Wilson 95%
 * interval over the K sets (formatProbabilityBetter), and with `followUp.at` for the pairs' paired differences of those endpoints. When the sets were
 * drawn with correlations, a line under the title names them (correlationSummary), so the table says which belief
 * its intervals come from.
 * @param results - results with an `uncertainty` field
 * @returns the text, ending with a newline; empty when the results have none
 */
export function uncertaintyTable(results: TrialResults): string {
  const u = results.uncertainty;
  if (u === undefined) return '';
  const correlated = correlationSummary(u.correlations);
  const correlationLine = correlated === undefined ? '' : `${terminalText(correlated)}\n`;
  const title = `Parameter uncertainty: ${u.draws} parameter sets (${u.parameters.map((p) => terminalText(p.label)).join(', ')}), same patients in each\n${correlationLine}\n`;
  const percent = (value: number): string => formatPercent(value);
  const arms = textTable(
    ['arm: control rate (%)', ...summaryHead],
    u.arms.map((arm) => [terminalText(arm.id), ...cells(arm.controlRate, percent)]),
    ['l', 'r', 'r', 'r', 'r', 'r'],
  );
  const withBackground = results.background !== undefined;
  const endpointRows = uncertainEndpointRows(u);
  const endpoints = endpointTable('arm · endpoint at time (%)', endpointRows, percent, uncertainEndpointsNote(endpointRows, withBackground));
  if (u.comparisons.length === 0) return `${title}${arms}${endpoints}`;
  const pairs = textTable(
    ['difference (points)', ...summaryHead, 'P(a beats b) [95% CI] (%)'],
    u.comparisons.map((pair) => [
      terminalText(`${pair.a} − ${pair.b}`),
      ...cells(pair.controlRateDifference, formatSignedPoints),
      formatProbabilityBetter(pair.probabilityABetter, u.draws),
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const differenceRows = uncertainEndpointRows(u, 'differences');
  const differences = endpointTable('difference at time (points)', differenceRows, formatSignedPoints,
    `a − b on the same patients in each set (MC SE paired). ${uncertainEndpointsNote(differenceRows, withBackground)}`);
  return `${title}${arms}${endpoints}\n${pairs}${differences}`;
}
