import { formatDistribution, formatNumber } from '@rtsim/core';
import type { TrialResults } from '../cohort/TrialResults.js';
import type { OuterSummary } from '../cohort/UncertaintyResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import { formatSignedPoints } from './formatSignedPoints.js';
import { formatProbabilityBetter } from './formatProbabilityBetter.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { uncertaintyIntervalChart } from '../charts/uncertaintyIntervalChart.js';
import { uncertainEndpointRows } from '../uncertainty/uncertainEndpointRows.js';
import { uncertainEndpointsNote } from './uncertainEndpointsNote.js';
import { chartScroll } from './chartScroll.js';

const interval = (pair: readonly [number, number], format: (value: number) => string): string => `[${format(pair[0])}, ${format(pair[1])}]`;

/** The cells every outer summary shows: nominal, median, parameter interval, MC SE, combined interval, share. */
function summaryCells(summary: OuterSummary, format: (value: number) => string): string {
  return (
    htmlCell(format(summary.nominal)) +
    htmlCell(format(summary.median)) +
    htmlCell(interval(summary.parameterInterval, format)) +
    htmlCell(formatPercent(summary.monteCarloSe, 2)) +
    htmlCell(interval(summary.combinedInterval, format)) +
    htmlCell(formatPercent(summary.parameterShare, 0))
  );
}

const summaryHead = ['Nominal', 'Median over sets', 'Parameter 95% (2.5–97.5 % of sets)', 'Monte Carlo SE', 'Combined 95%', 'Parameter share (%)'];

/**
 * The "Parameter uncertainty" section of report.html for a two-level run: the uncertain parameters (path,
 * distribution, nominal value) and their correlations, if any; per arm its control rate (and with `followUp.at` its
 * endpoints at those times) and per pair the difference in control rate, each with
 * nominal value, median over the K parameter sets, parameter interval, Monte Carlo SE, combined interval and the
 * share of parameter uncertainty, and P(a beats b) with its Wilson interval over the sets (formatProbabilityBetter); and a chart of both intervals (uncertaintyIntervalChart).
 * Every string from the scenario is escaped.
 * @param results - the results of a run
 * @returns the `<section>` as HTML text; empty when the results have no `uncertainty`
 */
export function uncertaintySection(results: TrialResults): string {
  const u = results.uncertainty;
  if (u === undefined) return '';
  const parameterRows = u.parameters.map(
    (p) => `<tr>${htmlCell(p.label, 'text')}${htmlCell(p.path, 'text')}${htmlCell(formatDistribution(p.distribution), 'text')}${htmlCell(formatNumber(p.nominal))}</tr>`,
  );
  const correlationRows = (u.correlations ?? []).map(
    (c) => `<tr>${htmlCell(c.labels[0], 'text')}${htmlCell(c.labels[1], 'text')}${htmlCell(formatNumber(c.rho))}</tr>`,
  );
  const percent = (value: number): string => formatPercent(value);
  const armRows = u.arms.map((arm) => `<tr>${htmlCell(arm.id, 'text')}${summaryCells(arm.controlRate, percent)}</tr>`);
  const endpoints = uncertainEndpointRows(u);
  const endpointRows = endpoints.map((row) => `<tr>${htmlCell(row.label, 'text')}${summaryCells(row.summary, percent)}</tr>`);
  const endpointChart = endpoints.length === 0
    ? ''
    : uncertaintyIntervalChart(endpoints.map((row) => ({ label: row.label, ...row.summary })), { title: 'Endpoints at the follow-up times: parameter interval (thick), combined 95% interval (thin)', xLabel: 'Share of patients (%)' });
  const differences = uncertainEndpointRows(u, 'differences');
  const differenceRows = differences.map((row) => `<tr>${htmlCell(row.label, 'text')}${summaryCells(row.summary, formatSignedPoints)}</tr>`);
  const differenceChart = differences.length === 0
    ? ''
    : uncertaintyIntervalChart(differences.map((row) => ({ label: row.label, ...row.summary })), {
        title: 'Paired differences at the follow-up times: parameter interval (thick), combined (thin)',
        xLabel: 'Difference a − b (percentage points)',
        zeroLine: true,
        // As the table above prints the differences (formatSignedPoints).
        decimals: 2,
        signed: true,
      });
  const pairRows = u.comparisons.map(
    (pair) =>
      `<tr>${htmlCell(`${pair.a} − ${pair.b}`, 'text')}${summaryCells(pair.controlRateDifference, formatSignedPoints)}` +
      `${htmlCell(formatProbabilityBetter(pair.probabilityABetter, u.draws))}</tr>`,
  );
  const armChart = uncertaintyIntervalChart(
    u.arms.map((arm) => ({ label: arm.id, ...arm.controlRate })),
    { title: 'Control rate: parameter interval (thick), combined 95% interval (thin)', xLabel: 'Control rate (%)' },
  );
  const pairChart = u.comparisons.length === 0
    ? ''
    : uncertaintyIntervalChart(
        u.comparisons.map((pair) => ({ label: `${pair.a} − ${pair.b}`, ...pair.controlRateDifference })),
        { title: 'Difference in control rate: parameter interval (thick), combined (thin)', xLabel: 'Difference in control rate (percentage points)', zeroLine: true, decimals: 2, signed: true },
      );
  return (
    `<section><h2>Parameter uncertainty</h2>` +
    `<p class="note">${u.draws} parameter sets drawn from the distributions below (outer loop), each run on the same ${results.patients} virtual patients ` +
    '(common random numbers: the spread over sets is parameter uncertainty, not sampling noise). Parameter interval: 2.5–97.5 % of the sets. ' +
    'Combined: the 95% interval of the mixture over sets of normals with each set\'s Monte Carlo error. Parameter share: variance over sets / (that + Monte Carlo variance). ' +
    'See docs/uncertainty.md.</p>' +
    htmlTable('Uncertain parameters (distribution over parameter sets).', ['Parameter', 'Path', 'Distribution', 'Nominal'], parameterRows) +
    (correlationRows.length === 0
      ? ''
      : htmlTable(
          'Correlated parameters, drawn together by a Gaussian copula: ρ is the correlation of their normal scores Φ⁻¹(F(x)), not of their values; each keeps its distribution above. Unlisted pairs are independent.',
          ['Parameter', 'Parameter', 'ρ (normal scores)'],
          correlationRows,
        )) +
    htmlTable('Control rate (%) over the parameter sets.', ['Arm', ...summaryHead], armRows) +
    (endpointRows.length === 0
      ? ''
      : htmlTable(
          `Endpoints at the follow-up times (%) over the parameter sets, each a share of the arm's patients with its binomial Monte Carlo SE, DMFS and DSS Kaplan–Meier estimates with Greenwood's. ${uncertainEndpointsNote(endpoints, results.background !== undefined)}`,
          ['Arm · endpoint at time', ...summaryHead],
          endpointRows,
        )) +
    (u.comparisons.length === 0
      ? ''
      : htmlTable('Difference in control rate a − b (percentage points); P(a beats b): share of sets with a − b > 0 (ties count ½), with its Wilson 95% interval over the K sets.', ['Comparison', ...summaryHead, 'P(a beats b) [95% CI] (%)'], pairRows)) +
    (differenceRows.length === 0
      ? ''
      : htmlTable(
          `Paired differences a − b at the follow-up times (percentage points) over the parameter sets, each on the same patients in every set, with a paired Monte Carlo SE. ${uncertainEndpointsNote(differences, results.background !== undefined)}`,
          ['Comparison · endpoint at time', ...summaryHead],
          differenceRows,
        )) +
    `<div class="grid">${[armChart, pairChart, endpointChart, differenceChart].map(chartScroll).join('')}</div></section>`
  );
}
