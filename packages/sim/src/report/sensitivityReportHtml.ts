import { formatDistribution, formatNumber } from '@rtsim/core';
import type { SensitivityResults } from '../sensitivity/SensitivityResults.js';
import { escapeXml } from '../charts/escapeXml.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { reportPage } from './reportPage.js';
import { sobolChart } from '../charts/sobolChart.js';
import { sobolUndefinedNote } from './sobolUndefinedNote.js';
import { sobolIntervalNote } from './sobolIntervalNote.js';
import { formatFixed } from '../charts/formatFixed.js';
import { tornadoChart } from '../charts/tornadoChart.js';
import { chartScroll } from './chartScroll.js';

/** An output in display units: percent for a control rate, percentage points for a difference. */
const points = (value: number): string => formatFixed(value * 100, 2);
const index = (value: number): string => formatFixed(value, 3);

/**
 * The self-contained HTML page `rtsim sensitivity` writes (report-sensitivity.html): what was analysed (scenario,
 * output, patients per evaluation, N, evaluations), the parameters with their distributions and tornado ends,
 * the tornado table and chart (tornadoChart), the Sobol table and chart (sobolChart), and the scenario file when
 * given. Inline CSS and SVG, no scripts, no network (a Content-Security-Policy forbids both), no timestamp.
 * @param results - the sensitivity results
 * @param scenarioText - the scenario file as written (optional)
 * @returns the HTML document as text
 */
export function sensitivityReportHtml(results: SensitivityResults, scenarioText?: string): string {
  const unit = results.output.kind === 'difference' ? 'percentage points' : '%';
  const meta: [string, string][] = [
    ['Output', results.output.label],
    ['Scenario hash', results.scenario.hash],
    ['Seed', String(results.seed)],
    ['Virtual patients per evaluation', `${results.patients} (the same patients at every point: common random numbers)`],
    ['Saltelli rows N', `${results.sobol.samples} (${results.evaluations} evaluations in all)`],
    ['Bootstrap resamples', String(results.sobol.resamples)],
    ['rtsim version', results.rtsim.version],
  ];
  const metaList = meta.map(([term, value]) => `<dt>${escapeXml(term)}</dt><dd>${escapeXml(value)}</dd>`).join('');
  const parameterRows = results.parameters.map(
    (p) =>
      `<tr>${htmlCell(p.label, 'text')}${htmlCell(p.path, 'text')}${htmlCell(formatDistribution(p.distribution), 'text')}` +
      `${htmlCell(formatNumber(p.nominal))}${htmlCell(formatNumber(p.low))}${htmlCell(formatNumber(p.high))}</tr>`,
  );
  const tornadoRows = results.tornado.rows.map(
    (row) => `<tr>${htmlCell(row.label, 'text')}${htmlCell(points(row.outputLow))}${htmlCell(points(row.outputHigh))}${htmlCell(points(row.swing))}</tr>`,
  );
  const sobolRows = results.sobol.indices.map(
    (row) =>
      `<tr>${htmlCell(row.label, 'text')}${htmlCell(index(row.first))}${htmlCell(`[${index(row.firstCi95[0])}, ${index(row.firstCi95[1])}]`)}` +
      `${htmlCell(index(row.total))}${htmlCell(`[${index(row.totalCi95[0])}, ${index(row.totalCi95[1])}]`)}</tr>`,
  );
  const tornado = tornadoChart(
    results.tornado.base,
    results.tornado.rows.map((row) => ({ label: row.label, range: `${formatNumber(row.low)} – ${formatNumber(row.high)}`, outputLow: row.outputLow, outputHigh: row.outputHigh })),
    { title: `Tornado: ${results.output.label}`, xLabel: `${results.output.label} (${unit})` },
  );
  const sobolNotes = [sobolUndefinedNote(results), sobolIntervalNote(results)].filter((note) => note !== '');
  const sobol = sobolChart(results.sobol.indices, { title: `Sobol indices: ${results.output.label}` });
  const body =
    `<header><h1>${escapeXml(results.scenario.name)}</h1><p class="note">Sensitivity of a virtual trial to its uncertain parameters, computed with rtsim</p><dl class="meta">${metaList}</dl></header>\n` +
    `<section><h2>Parameters</h2>${htmlTable('Each parameter\'s distribution over parameter sets; the tornado moves it to its 2.5 % and 97.5 % quantiles.', ['Parameter', 'Path', 'Distribution', 'Nominal', 'Low (2.5 %)', 'High (97.5 %)'], parameterRows)}</section>\n` +
    `<section><h2>One at a time</h2><p class="note">Base (every parameter nominal): ${points(results.tornado.base)} ${escapeXml(unit)}. Each bar moves one parameter alone; local, it misses interactions.</p>` +
    `${htmlTable(`Output (${unit}) with the parameter at each end; swing = |high − low|, largest first.`, ['Parameter', 'At low end', 'At high end', 'Swing'], tornadoRows)}${chartScroll(tornado)}</section>\n` +
    `<section><h2>Variance-based (Sobol)</h2><p class="note">First-order S: share of the output variance the parameter explains alone; total S_T: alone and through interactions (Saltelli 2010 and Jansen estimators, ` +
    `N = ${results.sobol.samples}, 95% bootstrap intervals from ${results.sobol.resamples} resamples). Output mean ${points(results.sobol.mean)} ${escapeXml(unit)}, SD ${points(Math.sqrt(results.sobol.variance))}.</p>` +
    sobolNotes.map((note) => `<p class="note">${escapeXml(note)}</p>`).join('') +
    `${htmlTable('Sobol indices (0 to 1; sampling error can push an estimate slightly outside).', ['Parameter', 'S', 'S 95%', 'S_T', 'S_T 95%'], sobolRows)}${chartScroll(sobol)}</section>\n` +
    (scenarioText === undefined ? '' : `<section><h2>Scenario file</h2><details><summary>Show the scenario as run</summary><pre>${escapeXml(scenarioText)}</pre></details></section>\n`) +
    '<footer class="note"><p>See docs/uncertainty.md for the design, the estimators and how to read the indices.</p></footer>';
  return reportPage({ title: `${results.scenario.name} — rtsim sensitivity`, version: results.rtsim.version, body });
}
