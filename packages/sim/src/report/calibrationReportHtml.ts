import type { CalibrationResults } from '../calibration/CalibrationResults.js';
import { calibrationChart } from '../charts/calibrationChart.js';
import { escapeXml } from '../charts/escapeXml.js';
import { formatParameterValue } from './formatParameterValue.js';
import { formatPercent } from '../charts/formatPercent.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { reportPage } from './reportPage.js';
import { svgNumber } from '../charts/svgNumber.js';
import { chartScroll } from './chartScroll.js';

const percentInterval = (interval: readonly [number, number]): string => `[${formatPercent(interval[0])}, ${formatPercent(interval[1])}]`;

/**
 * The self-contained HTML report of `rtsim calibrate` (calibration.html): inline CSS and SVG, no scripts, no
 * network access. It shows the fit (−2 ln L, degrees of freedom, evaluations, convergence); a table of the
 * fitted parameters (library value, estimate, profile-likelihood 95% interval, with `≥`/`≤` where an end is a
 * search bound, and the fitted series that inform each); a table of every series (role, time, observed local
 * control with its 95% interval and effective size, predicted local control with its range, the interval the
 * observation should fall in, and whether it does); the predicted-against-observed chart (calibrationChart);
 * the notes of each series; and, when given, the DATA file. Strings from the file are escaped; no timestamp.
 * @param results - the calibration results
 * @param dataText - the DATA file as written (optional), shown in a collapsed section
 * @returns the HTML document as text
 */
export function calibrationReportHtml(results: CalibrationResults, dataText?: string): string {
  const meta: [string, string][] = [
    ['Seed', String(results.seed)],
    ['Virtual patients per series', String(results.patients)],
    ['−2 ln L (deviance)', `${svgNumber(results.fit.deviance, 3)} on ${results.fit.degreesOfFreedom} degree${results.fit.degreesOfFreedom === 1 ? '' : 's'} of freedom`],
    ['Likelihood evaluations', `${results.fit.evaluations}${results.fit.converged ? '' : ' (the fit stopped at its budget before converging)'}`],
    ['rtsim version', `${results.rtsim.version} (calibration format ${results.rtsim.calibrationFormat})`],
  ];
  const metaList = meta.map(([term, value]) => `<dt>${escapeXml(term)}</dt><dd>${escapeXml(value)}</dd>`).join('');
  const parameterRows = results.parameters.map((p) => {
    const interval =
      p.ci95 === null
        ? '—'
        : `[${p.ciAtBound[0] ? '≤ ' : ''}${formatParameterValue(p.ci95[0], p.scale)}, ${p.ciAtBound[1] ? '≥ ' : ''}${formatParameterValue(p.ci95[1], p.scale)}]`;
    return (
      `<tr>${htmlCell(p.label, 'text')}${htmlCell(p.path, 'text')}${htmlCell(formatParameterValue(p.nominal, p.scale))}${htmlCell(formatParameterValue(p.estimate, p.scale))}` +
      `${htmlCell(interval)}${htmlCell(`${formatParameterValue(p.min, p.scale)} – ${formatParameterValue(p.max, p.scale)}`)}${htmlCell(p.informedBy.join(', '), 'text')}</tr>`
    );
  });
  const cohortRows = results.cohorts.map(
    (c, i) =>
      `<tr>${htmlCell(String(i + 1))}${htmlCell(c.id, 'text')}${htmlCell(c.role)}${htmlCell(svgNumber(c.atYears, 2))}` +
      `${htmlCell(`${formatPercent(c.observed.rate)} ${percentInterval(c.observed.ci95)}`)}${htmlCell(`${c.observed.patients}${c.observed.effectivePatients < c.observed.patients ? ` (${svgNumber(c.observed.effectivePatients, 1)})` : ''}`)}` +
      `${htmlCell(`${formatPercent(c.predicted.localControl)} ${percentInterval(c.predicted.range)}`)}${htmlCell(percentInterval(c.predictionInterval))}` +
      `${htmlCell(c.observedInsidePrediction ? 'yes' : 'no')}${htmlCell(svgNumber(c.deviance, 2))}</tr>`,
  );
  const chart = calibrationChart(
    results.cohorts.map((c, i) => ({
      id: c.id,
      label: String(i + 1),
      role: c.role,
      observed: c.observed.rate,
      observedLower: c.observed.ci95[0],
      observedUpper: c.observed.ci95[1],
      predicted: c.predicted.localControl,
      predictedLower: c.predicted.range[0],
      predictedUpper: c.predicted.range[1],
    })),
  );
  const notes = results.cohorts
    .map((c) => `<dt>${escapeXml(c.id)} (${c.role})</dt><dd>${escapeXml(c.reference)}${c.note === undefined ? '' : `<br><span class="note">${escapeXml(c.note)}</span>`}</dd>`)
    .join('');
  const sections = [
    `<section><h2>Fitted parameters</h2>${htmlTable('Maximum-likelihood estimates (binomial likelihood of the fitted series) with profile-likelihood 95% intervals (−2 ln L within 3.84 of its minimum); ≤ / ≥: the interval reaches the search bound, which the data do not exclude.', ['Parameter', 'Path', 'Library value', 'Estimate', '95% interval', 'Search range', 'Fitted series it acts on'], parameterRows)}</section>`,
    `<section><h2>Series</h2>${htmlTable('Local control (%) at the time of each series. Observed: as published, with its 95% interval (published, else Wilson) and the patients (effective size of a published rate in brackets). Predicted: at the estimate, with its range over the ends of the profile intervals. Expected range: where the observed rate of a series of this size should fall (95%).', ['#', 'Series', 'Role', 'Years', 'Observed [95% CI]', 'Patients', 'Predicted [range]', 'Expected range', 'Observed inside', '−2 ln L'], cohortRows)}</section>`,
    `<section><h2>Predicted against observed</h2>${chartScroll(chart)}<p class="note">Points are numbered as in the table of series. Vertical bars: observed 95% interval; horizontal bars: range of the prediction over the ends of the profile intervals; dashed: prediction = observation.</p></section>`,
    `<section><h2>Sources and assumptions</h2><dl class="meta">${notes}</dl></section>`,
    dataText === undefined ? '' : `<section><h2>DATA file</h2><details><summary>Show the calibration file as run</summary><pre>${escapeXml(dataText)}</pre></details></section>`,
  ];
  const body =
    `<header><h1>${escapeXml(results.name)}</h1><p class="subtitle">Calibration of model parameters against published series, rtsim</p><dl class="meta">${metaList}</dl></header>\n` +
    sections.filter((section) => section !== '').join('\n') +
    `\n<footer class="note"><p>Predictions are the cohort engine's local control at each series' time, simulated with the calibration's seed and patient count (docs/calibration.md).</p></footer>`;
  // Parameter labels, paths and the series each acts on wrap (a path breaks anywhere), so the tables fit the page's
  // 1100 px; a section scrolls sideways by itself rather than pushing the page past the window's right edge.
  return reportPage({
    title: `${results.name} — rtsim calibration`,
    version: results.rtsim.version,
    body,
    extraStyle: 'td.text { min-width: 8rem; overflow-wrap: anywhere; } section { overflow-x: auto; }',
  });
}
