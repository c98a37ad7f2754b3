import { formatDistribution, formatNumber } from '@rtsim/core';
import type { SensitivityResults } from '../sensitivity/SensitivityResults.js';
import { escapeXml } from './escapeXml.js';
import { sobolChart } from './sobolChart.js';
import { tornadoChart } from './tornadoChart.js';

const style = `
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b1b1b; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; } dl.meta dt { color: #555; } dl.meta dd { margin: 0; }
table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid #e4e4e4; text-align: right; } th { background: #f5f5f5; }
th:first-child, td:first-child, td.text { text-align: left; } svg { max-width: 100%; height: auto; }
.note { color: #555; font-size: .9em; } pre { background: #f7f7f7; padding: .75rem; overflow: auto; font-size: 12px; }
`;

const cell = (text: string, className?: string): string => `<td${className === undefined ? '' : ` class="${className}"`}>${escapeXml(text)}</td>`;
const head = (names: readonly string[]): string => `<tr>${names.map((name) => `<th scope="col">${escapeXml(name)}</th>`).join('')}</tr>`;
const table = (caption: string, names: readonly string[], rows: readonly string[]): string =>
  `<table><caption class="note">${escapeXml(caption)}</caption><thead>${head(names)}</thead><tbody>${rows.join('')}</tbody></table>`;
/** An output in display units: percent for a control rate, percentage points for a difference. */
const points = (value: number): string => (Number.isFinite(value) ? (value * 100).toFixed(2) : '—');
const index = (value: number): string => (Number.isFinite(value) ? value.toFixed(3) : '—');

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
      `<tr>${cell(p.label, 'text')}${cell(p.path, 'text')}${cell(formatDistribution(p.distribution), 'text')}` +
      `${cell(formatNumber(p.nominal))}${cell(formatNumber(p.low))}${cell(formatNumber(p.high))}</tr>`,
  );
  const tornadoRows = results.tornado.rows.map(
    (row) => `<tr>${cell(row.label, 'text')}${cell(points(row.outputLow))}${cell(points(row.outputHigh))}${cell(points(row.swing))}</tr>`,
  );
  const sobolRows = results.sobol.indices.map(
    (row) =>
      `<tr>${cell(row.label, 'text')}${cell(index(row.first))}${cell(`[${index(row.firstCi95[0])}, ${index(row.firstCi95[1])}]`)}` +
      `${cell(index(row.total))}${cell(`[${index(row.totalCi95[0])}, ${index(row.totalCi95[1])}]`)}</tr>`,
  );
  const tornado = tornadoChart(
    results.tornado.base,
    results.tornado.rows.map((row) => ({ label: row.label, range: `${formatNumber(row.low)} – ${formatNumber(row.high)}`, outputLow: row.outputLow, outputHigh: row.outputHigh })),
    { title: `Tornado: ${results.output.label}`, xLabel: `${results.output.label} (${unit})` },
  );
  const sobol = sobolChart(results.sobol.indices, { title: `Sobol indices: ${results.output.label}` });
  const name = escapeXml(results.scenario.name);
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="generator" content="rtsim ${escapeXml(results.rtsim.version)}">\n` +
    `<title>${name} — rtsim sensitivity</title>\n<style>${style}</style>\n</head>\n<body>\n` +
    `<header><h1>${name}</h1><p class="note">Sensitivity of a virtual trial to its uncertain parameters, computed with rtsim</p><dl class="meta">${metaList}</dl></header>\n` +
    `<section><h2>Parameters</h2>${table('Each parameter\'s distribution over parameter sets; the tornado moves it to its 2.5 % and 97.5 % quantiles.', ['Parameter', 'Path', 'Distribution', 'Nominal', 'Low (2.5 %)', 'High (97.5 %)'], parameterRows)}</section>\n` +
    `<section><h2>One at a time</h2><p class="note">Base (every parameter nominal): ${points(results.tornado.base)} ${escapeXml(unit)}. Each bar moves one parameter alone; local, it misses interactions.</p>` +
    `${table(`Output (${unit}) with the parameter at each end; swing = |high − low|, largest first.`, ['Parameter', 'At low end', 'At high end', 'Swing'], tornadoRows)}${tornado}</section>\n` +
    `<section><h2>Variance-based (Sobol)</h2><p class="note">First-order S: share of the output variance the parameter explains alone; total S_T: alone and through interactions (Saltelli 2010 and Jansen estimators, ` +
    `N = ${results.sobol.samples}, 95% bootstrap intervals from ${results.sobol.resamples} resamples). Output mean ${points(results.sobol.mean)} ${escapeXml(unit)}, SD ${points(Math.sqrt(results.sobol.variance))}.</p>` +
    `${table('Sobol indices (0 to 1; sampling error can push an estimate slightly outside).', ['Parameter', 'S', 'S 95%', 'S_T', 'S_T 95%'], sobolRows)}${sobol}</section>\n` +
    (scenarioText === undefined ? '' : `<section><h2>Scenario file</h2><details><summary>Show the scenario as run</summary><pre>${escapeXml(scenarioText)}</pre></details></section>\n`) +
    '<footer class="note"><p>See docs/uncertainty.md for the design, the estimators and how to read the indices.</p></footer>\n</body>\n</html>\n'
  );
}
