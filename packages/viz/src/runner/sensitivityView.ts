import { formatNumber } from '@rtsim/core';
import { sobolChart, tornadoChart } from '@rtsim/sim/charts';
import { svgFromString } from '../charts/svgFromString.js';
import { chartCard } from '../ui/chartCard.js';
import { resultsSection } from './resultsSection.js';
import type { SensitivityRun } from './SensitivityRun.js';
import { sensitivityParameterTable, sensitivityUnit, sobolTable, tornadoTable } from './sensitivityTables.js';

/**
 * Gives a report chart a `<desc>` after its `<title>` and names both with aria-labelledby, as the explorer's charts
 * do: the report's SVG has only a title, and a screen reader should hear the ranking without reading the table.
 */
function describe(svg: SVGSVGElement, id: string, description: string): SVGSVGElement {
  const title = svg.querySelector('title');
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.id = `${id}-desc`;
  desc.textContent = description;
  if (title) {
    title.id = `${id}-title`;
    title.after(desc);
    svg.setAttribute('aria-labelledby', `${title.id} ${desc.id}`);
  }
  return svg;
}

const points = (value: number): string => (Number.isFinite(value) ? (value * 100).toFixed(2) : '–');

/**
 * Shows a sensitivity analysis, run in the page or opened from a sensitivity.json: what was analysed, the
 * downloads (sensitivity.json and report-sensitivity.html as `rtsim sensitivity` writes them), the parameters, and
 * the sim report's own tornado and Sobol charts (tornadoChart, sobolChart: the figures of report-sensitivity.html),
 * each with a text description, its table and SVG/PNG downloads. Every name from a file goes in as text.
 * @param run - the results and their files
 * @param fileStem - base name for downloads
 */
export function sensitivityView(run: SensitivityRun, fileStem: string): HTMLElement {
  const { results } = run;
  const unit = sensitivityUnit(results);
  const where = run.elapsedMs === undefined ? 'opened from a file' : `${(run.elapsedMs / 1000).toFixed(1)} s in the browser`;
  const root = resultsSection({
    className: 'results sensitivity-results',
    headingId: 'sensitivity-heading',
    heading: `Sensitivity: ${results.scenario.name}`,
    lines: [`Output: ${results.output.label}.`],
    meta: `${results.patients.toLocaleString('en')} virtual patients per evaluation, N = ${results.sobol.samples} Saltelli rows, ` +
      `${results.evaluations.toLocaleString('en')} evaluations, ${results.sobol.resamples} bootstrap resamples, seed ${results.seed}, ` +
      `rtsim ${results.rtsim.version}, ${where}. Scenario hash ${results.scenario.hash}.`,
    downloads: [
      { label: 'sensitivity.json', text: run.json, type: 'application/json', fileName: `${fileStem}.sensitivity.json` },
      { label: 'report-sensitivity.html', text: run.html, type: 'text/html', fileName: `${fileStem}.report-sensitivity.html` },
    ],
    downloadsNote: 'sensitivity.json and the report are those `rtsim sensitivity FILE` writes, byte for byte, for the same seed and settings.',
  });

  const parameters = document.createElement('section');
  parameters.className = 'card';
  parameters.append(sensitivityParameterTable(results));
  root.append(parameters);

  const tornado = chartCard('tornado', 'One at a time (tornado)', [
    `Each bar moves one parameter alone to its 2.5 % (blue) or 97.5 % (vermillion) quantile, the others at their nominal values; the dashed line is the base, ${points(results.tornado.base)} ${unit}. ` +
      'Largest swing first. It is local: it misses interactions and effects that are not monotone.',
  ]);
  const swings = results.tornado.rows.map((row) => `${row.label} ${points(row.swing)}`).join('; ');
  tornado.setChart(describe(svgFromString(tornadoChart(
    results.tornado.base,
    results.tornado.rows.map((row) => ({ label: row.label, range: `${formatNumber(row.low)} – ${formatNumber(row.high)}`, outputLow: row.outputLow, outputHigh: row.outputHigh })),
    { title: `Tornado: ${results.output.label}`, xLabel: `${results.output.label} (${unit})` },
  )), 'tornado-chart', `Base ${points(results.tornado.base)} ${unit}. Swing by parameter, largest first (${unit}): ${swings}.`));
  tornado.element.append(tornadoTable(results));
  root.append(tornado.element);

  const sobol = chartCard('sobol', 'Variance-based (Sobol indices)', [
    'S (green) is the share of the output’s variance a parameter explains alone; S_T (orange) its share alone or through interactions. ' +
      'A parameter with S_T near 0 can be fixed anywhere in its range. Lines: 95 % bootstrap intervals, the error of the estimate from N rows.',
  ]);
  const share = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '–');
  const shares = results.sobol.indices.map((row) => `${row.label} S ${share(row.first)}, S_T ${share(row.total)}`).join('; ');
  sobol.setChart(describe(svgFromString(sobolChart(results.sobol.indices, { title: `Sobol indices: ${results.output.label}` })), 'sobol-chart', `First-order and total indices: ${shares}.`));
  sobol.element.append(sobolTable(results));
  root.append(sobol.element);
  return root;
}
