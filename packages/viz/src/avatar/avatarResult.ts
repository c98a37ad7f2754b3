import { avatarAssumptions, avatarDataNotes, avatarJson, avatarRankingSummary, avatarReportHtml } from '@rtsim/sim';
import type { avatarAnalysis } from '@rtsim/sim';
import { avatarSurvivalChart, avatarTcpChart } from '@rtsim/sim/charts';
import { svgFromString } from '../charts/svgFromString.js';
import { button } from '../ui/button.js';
import { chartCard } from '../ui/chartCard.js';
import { downloadBlob } from '../ui/downloadBlob.js';
import { element } from '../ui/element.js';
import { avatarCopy } from './avatarCopy.js';
import { avatarFitTable, avatarRankingTable } from './avatarTables.js';

type Analysis = ReturnType<typeof avatarAnalysis>;

/** avatar.json and avatar.html of the analysis, as `rtsim avatar` writes them, named after the data file. */
function downloads(fileName: string, analysis: Analysis, schedules: Parameters<typeof avatarJson>[1]['schedules']): HTMLElement {
  const version = typeof __RTSIM_VERSION__ === 'string' ? __RTSIM_VERSION__ : 'dev';
  const stem = fileName.replace(/\.(csv|tsv|txt)$/i, '');
  const row = element('div', 'downloads');
  row.append(
    button('avatar.json', () => downloadBlob(new Blob([avatarJson(analysis, { version, dataFile: fileName, schedules })], { type: 'application/json' }), `${stem}-avatar.json`)),
    button('avatar.html', () => downloadBlob(new Blob([avatarReportHtml(analysis, { version, dataFile: fileName })], { type: 'text/html' }), `${stem}-avatar.html`)),
  );
  return row;
}

/** The fitted survival curve over the data, as the sim report draws it. */
function survivalCard(analysis: Analysis): HTMLElement {
  const words = avatarCopy.results.survival;
  const card = chartCard('avatar-survival', words.title, [words.explanation]);
  card.setChart(svgFromString(avatarSurvivalChart({ points: analysis.observations, curve: analysis.curve })));
  return card.element;
}

/** TCP per schedule with its interval and P(best), best first, as the sim report draws it. */
function tcpCard(analysis: Analysis): HTMLElement {
  const words = avatarCopy.results.tcp;
  const ranked = [...analysis.comparison.schedules].sort((a, b) => a.rank - b.rank);
  const card = chartCard('avatar-tcp', words.title, [words.explanation(analysis.comparison.draws)]);
  card.setChart(svgFromString(avatarTcpChart(ranked.map((row) => ({ label: row.label, tcp: row.tcp, lower: row.tcpCi95[0], upper: row.tcpCi95[1], probabilityBest: row.probabilityBest })))));
  return card.element;
}

/** Rows that may be copies (`rtsim avatar: note: …` on the command line), as a list under the heading. */
function notesList(fileName: string, analysis: Analysis): HTMLElement[] {
  const notes = avatarDataNotes(analysis.data, fileName);
  if (notes.length === 0) return [];
  const list = element('ul', 'warning avatar-notes');
  list.setAttribute('role', 'note');
  for (const note of notes) list.append(element('li', undefined, avatarCopy.results.note(note)));
  return [list];
}

/**
 * What the Avatar view shows for one analysis: the heading, notes on rows that may be copies, the ranking in a
 * sentence, the downloads, the fit's table and chart, the ranking's table and chart, and the assumptions; or, when
 * the fit failed or the data were refused, the heading, the notes and why.
 * @param fileName - the data file's name (from the user: set as text)
 * @param analysis - from the sim's `avatarAnalysis`
 * @param schedules - the candidate schedules, recorded in avatar.json
 * @returns the nodes to put in the results area, in order
 */
export function avatarResult(fileName: string, analysis: Analysis, schedules: Parameters<typeof avatarJson>[1]['schedules']): HTMLElement[] {
  const heading = element('h2', undefined, avatarCopy.results.heading(fileName));
  const notes = notesList(fileName, analysis);
  if (!analysis.fit.ok) {
    const why = analysis.fit.problem === undefined ? avatarCopy.results.fitFailed : avatarCopy.results.refused(analysis.fit.problem);
    return [heading, ...notes, element('p', 'warning avatar-refused', why)];
  }
  const summary = element('p', 'avatar-summary', avatarRankingSummary(analysis.comparison));
  summary.dataset['readout'] = 'ranking';
  const assumptions = element('ul', 'control-help');
  for (const text of avatarAssumptions) assumptions.append(element('li', undefined, text));
  return [heading, ...notes, summary, downloads(fileName, analysis, schedules), avatarFitTable(analysis), survivalCard(analysis), avatarRankingTable(analysis), tcpCard(analysis), assumptions];
}
