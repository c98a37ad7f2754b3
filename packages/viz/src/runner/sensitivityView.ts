import { formatNumber } from '@rtsim/core';
import { formatFixed, sobolIntervalNote, sobolUndefinedNote } from '@rtsim/sim';
import type { SensitivityResults } from '@rtsim/sim';
import { sobolChart, tornadoChart } from '@rtsim/sim/charts';
import { svgFromString } from '../charts/svgFromString.js';
import { chartCard } from '../ui/chartCard.js';
import { resultsSection } from './resultsSection.js';
import type { SensitivityRun } from './SensitivityRun.js';
import { sensitivityCopy } from './sensitivityCopy.js';
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

const points = (value: number): string => (Number.isFinite(value) ? formatFixed(value * 100, 2) : '—');

const copy = sensitivityCopy.view;

/** The head card: what was analysed, with the files `rtsim sensitivity` writes as downloads. */
function sensitivityHead(run: SensitivityRun, fileStem: string): HTMLElement {
  const { results } = run;
  return resultsSection({
    className: 'results sensitivity-results',
    headingId: 'sensitivity-heading',
    heading: copy.heading(results.scenario.name),
    lines: [copy.output(results.output.label)],
    meta: copy.meta({
      patients: results.patients, samples: results.sobol.samples, evaluations: results.evaluations, resamples: results.sobol.resamples,
      seed: results.seed, version: results.rtsim.version, where: copy.where(run.elapsedMs), hash: results.scenario.hash,
    }),
    downloads: [
      { label: 'sensitivity.json', text: run.json, type: 'application/json', fileName: `${fileStem}.sensitivity.json` },
      { label: 'report-sensitivity.html', text: run.html, type: 'text/html', fileName: `${fileStem}.report-sensitivity.html` },
    ],
    downloadsNote: copy.downloadsNote,
  });
}

/** The one-at-a-time card: the report's tornado chart, described in words, and its table. */
function tornadoCard(results: SensitivityResults, unit: string): HTMLElement {
  const base = points(results.tornado.base);
  const tornado = chartCard('tornado', copy.tornadoHeading, [copy.tornadoExplanation(base, unit)]);
  const swings = results.tornado.rows.map((row) => `${row.label} ${points(row.swing)}`).join('; ');
  tornado.setChart(describe(svgFromString(tornadoChart(
    results.tornado.base,
    results.tornado.rows.map((row) => ({ label: row.label, range: `${formatNumber(row.low)} – ${formatNumber(row.high)}`, outputLow: row.outputLow, outputHigh: row.outputHigh })),
    { title: copy.tornadoTitle(results.output.label), xLabel: copy.axis(results.output.label, unit) },
  )), 'tornado-chart', copy.tornadoDescription(base, unit, swings)));
  tornado.element.append(tornadoTable(results));
  return tornado.element;
}

/**
 * The variance-based card: the report's Sobol chart, described in words, its table, and the report's sentence on why
 * indices or intervals are missing, when they are (sobolUndefinedNote, sobolIntervalNote).
 */
function sobolCard(results: SensitivityResults): HTMLElement {
  const notes = [sobolUndefinedNote(results), sobolIntervalNote(results)].filter((note) => note !== '');
  const sobol = chartCard('sobol', copy.sobolHeading, [copy.sobolExplanation, ...notes]);
  const share = (value: number): string => (Number.isFinite(value) ? formatFixed(value, 2) : '—');
  const shares = results.sobol.indices.map((row) => copy.sobolShares(row.label, share(row.first), share(row.total))).join('; ');
  sobol.setChart(describe(svgFromString(sobolChart(results.sobol.indices, { title: copy.sobolTitle(results.output.label) })), 'sobol-chart', copy.sobolDescription(shares)));
  sobol.element.append(sobolTable(results));
  return sobol.element;
}

/**
 * Shows a sensitivity analysis, run in the page or opened from a sensitivity.json: what was analysed, the
 * downloads (sensitivity.json and report-sensitivity.html as `rtsim sensitivity` writes them), the parameters, and
 * the sim report's own tornado and Sobol charts (tornadoChart, sobolChart: the figures of report-sensitivity.html),
 * each with a text description, its table and SVG/PNG downloads. Every name from a file goes in as text.
 * @param run - the results and their files
 * @param fileStem - base name for downloads
 */
export function sensitivityView(run: SensitivityRun, fileStem: string): HTMLElement {
  const root = sensitivityHead(run, fileStem);
  const parameters = document.createElement('section');
  parameters.className = 'card';
  parameters.append(sensitivityParameterTable(run.results));
  root.append(parameters, tornadoCard(run.results, sensitivityUnit(run.results)), sobolCard(run.results));
  return root;
}
