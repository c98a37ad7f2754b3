import { librarySubtype, subtypeIds } from '@rtsim/core';
import {
  avatarAnalysis,
  avatarAssumptions,
  avatarJson,
  avatarRankingSummary,
  avatarReportHtml,
  avatarTumour,
  defaultAvatarDraws,
  defaultAvatarSeed,
  defaultAvatarVolume,
  formatAvatarIssue,
  maxAvatarCsvBytes,
  parseAvatarCsv,
  parseScheduleList,
} from '@rtsim/sim';
import type { AvatarCsvIssue, AvatarTumourOptions } from '@rtsim/sim';
import { avatarSurvivalChart, avatarTcpChart } from '@rtsim/sim/charts';
import { svgFromString } from '../charts/svgFromString.js';
import { button } from '../ui/button.js';
import { chartCard } from '../ui/chartCard.js';
import { downloadBlob } from '../ui/downloadBlob.js';
import { fileIntake } from '../ui/fileIntake.js';
import { numberField } from '../ui/numberField.js';
import { avatarExamples } from './avatarExamples.js';
import { avatarFitTable, avatarRankingTable } from './avatarTables.js';

/** Schedules offered when the view opens (docs/avatars.md, the mini-syntax). */
const defaultSchedules = '25x2,5x6,3x18:everyDays=2';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Mounts the Avatar view: open or drop one patient's dose–response CSV (or load the synthetic example), see every
 * problem with its row and column, or the LQ fit (α, β, α/β with 95% intervals), the fitted survival curve over the
 * data, and the candidate schedules ranked by TCP with intervals and P(best). All numbers come from the sim's
 * functions (`parseAvatarCsv`, `parseScheduleList`, `avatarTumour`, `avatarAnalysis`) and the charts are the sim
 * report's, so the view and `rtsim avatar` agree. Text from the file is set with textContent only.
 * @param container - the element to fill
 */
export function mountAvatar(container: HTMLElement): void {
  const layout = element('div', 'runner-layout avatar-layout');
  const panel = element('div', 'runner-panel');
  const output = element('div', 'results avatar-results');
  output.setAttribute('aria-live', 'polite');
  layout.append(panel, output);
  container.replaceChildren(layout);

  let current: { fileName: string; text: string } | undefined;

  const dataCard = element('section', 'card');
  dataCard.append(element('h2', undefined, 'Patient-derived model data'));
  const intake = fileIntake({
    zoneId: 'avatar-drop-zone',
    inputId: 'avatar-file',
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
    label: 'Open a data file (.csv)',
    hint: 'or drop it here. Columns dose,survivingFraction[,sd] or dose,cellsSeeded,colonies. The file never leaves your computer.',
    maxBytes: maxAvatarCsvBytes,
    kind: 'avatar data files',
    onText: (fileName, text) => {
      current = { fileName, text };
      update();
    },
    onRefused: (fileName, message) => {
      current = undefined;
      showIssues(fileName, [{ message }]);
    },
  });
  const exampleRow = element('div', 'run-row');
  for (const example of avatarExamples) {
    exampleRow.append(
      button(`Load example: ${example.fileName}`, () => {
        current = { fileName: example.fileName, text: example.text };
        update();
      }),
    );
  }
  const exampleNote = element('p', 'control-help', 'The example is synthetic (scenarios/avatars/README.md). Viability read-outs are not clonogenic survival.');
  dataCard.append(intake, exampleRow, exampleNote);

  const settings = element('section', 'card');
  settings.append(element('h2', undefined, 'Schedules and tumour'));
  const schedules = numberField('avatar-schedules', 'Candidate schedules', 'NxD separated by commas, options after a colon: 25x2, 5x6, 3x18:everyDays=2, 10x2:gap=5+7', 'text');
  schedules.input.value = defaultSchedules;
  schedules.input.spellcheck = false;
  const subtypeWrap = element('div', 'field');
  const subtypeLabel = element('label', 'control-label', 'Library subtype (defaults below)');
  subtypeLabel.htmlFor = 'avatar-subtype';
  const subtype = element('select');
  subtype.id = 'avatar-subtype';
  for (const id of subtypeIds) {
    const option = element('option', undefined, librarySubtype(id)?.name ?? id);
    option.value = id;
    subtype.append(option);
  }
  subtypeWrap.append(subtypeLabel, subtype);
  const volume = numberField('avatar-volume', 'Volume (cm³)', `N₀ = density × volume; default ${defaultAvatarVolume}`);
  const clonogens = numberField('avatar-clonogens', 'Clonogens N₀', 'overrides the volume, e.g. 2.5e9', 'text');
  const doublingTime = numberField('avatar-doubling', 'Doubling time (d)', 'blank: library');
  const kickoffTime = numberField('avatar-kickoff', 'Kick-off time (d)', 'blank: library');
  const draws = numberField('avatar-draws', 'Draws', '100 to 1000000');
  draws.input.value = String(defaultAvatarDraws);
  const seed = numberField('avatar-seed', 'Seed', 'a whole number');
  seed.input.value = String(defaultAvatarSeed);
  const row1 = element('div', 'field-row');
  row1.append(volume.wrap, clonogens.wrap);
  const row2 = element('div', 'field-row');
  row2.append(doublingTime.wrap, kickoffTime.wrap);
  const row3 = element('div', 'field-row');
  row3.append(draws.wrap, seed.wrap);
  const settingsStatus = element('p', 'run-status muted');
  settingsStatus.setAttribute('role', 'status');
  settings.append(schedules.wrap, subtypeWrap, row1, row2, row3, settingsStatus);
  const note = element('p', 'control-help', avatarAssumptions[0]);
  settings.append(note);
  panel.append(dataCard, settings);

  const placeholder = element('div', 'card results-placeholder');
  placeholder.append(
    element('h2', undefined, 'Fit and schedule ranking'),
    element('p', 'muted', 'Open or drop a CSV of surviving fractions (or colony counts) measured on one patient’s organoids or spheroids, or load the example. Everything is computed in this page.'),
  );
  output.replaceChildren(placeholder);

  function showIssues(fileName: string, list: readonly AvatarCsvIssue[]): void {
    const issues = element('section', 'issues avatar-issues');
    issues.setAttribute('role', 'alert');
    const items = element('ul');
    for (const issue of list) items.append(element('li', undefined, formatAvatarIssue(issue)));
    issues.append(
      element('h2', undefined, `${list.length} ${list.length === 1 ? 'problem' : 'problems'} in ${fileName}`),
      items,
      element('p', undefined, 'Nothing was fitted. Fix these in your spreadsheet and open the file again (the same messages as `rtsim avatar`).'),
    );
    output.replaceChildren(issues);
  }

  function readTumour(): AvatarTumourOptions | string {
    const options: { -readonly [K in keyof AvatarTumourOptions]: AvatarTumourOptions[K] } = { subtype: subtype.value };
    const number = (input: HTMLInputElement, name: string): number | string | undefined => {
      const text = input.value.trim();
      if (text === '') return undefined;
      const value = /^infinity$/i.test(text) ? Infinity : Number(text);
      return Number.isNaN(value) ? `${name}: expected a number, got “${text}”` : value;
    };
    const pairs: [keyof AvatarTumourOptions, HTMLInputElement, string][] = [
      ['volume', volume.input, 'Volume'],
      ['clonogens', clonogens.input, 'Clonogens'],
      ['doublingTime', doublingTime.input, 'Doubling time'],
      ['kickoffTime', kickoffTime.input, 'Kick-off time'],
    ];
    for (const [key, input, name] of pairs) {
      const value = number(input, name);
      input.removeAttribute('aria-invalid');
      if (typeof value === 'string') {
        input.setAttribute('aria-invalid', 'true');
        return value;
      }
      if (value !== undefined) (options as Record<string, unknown>)[key] = value;
    }
    return options;
  }

  function update(): void {
    const scheduleList = parseScheduleList(schedules.input.value);
    schedules.input.toggleAttribute('aria-invalid', !scheduleList.ok);
    if (!scheduleList.ok) {
      settingsStatus.textContent = scheduleList.message;
      return;
    }
    const tumourOptions = readTumour();
    const tumour = typeof tumourOptions === 'string' ? { ok: false as const, message: tumourOptions } : avatarTumour(tumourOptions);
    if (!tumour.ok) {
      settingsStatus.textContent = tumour.message;
      return;
    }
    const drawCount = Number(draws.input.value);
    const seedValue = Number(seed.input.value);
    const drawsOk = Number.isInteger(drawCount) && drawCount >= 100 && drawCount <= 1_000_000;
    const seedOk = Number.isSafeInteger(seedValue) && seedValue >= 0;
    draws.input.toggleAttribute('aria-invalid', !drawsOk);
    seed.input.toggleAttribute('aria-invalid', !seedOk);
    if (!drawsOk || !seedOk) {
      settingsStatus.textContent = drawsOk ? 'Seed: a whole number of 0 or more.' : 'Draws: a whole number from 100 to 1000000.';
      return;
    }
    const { tumour: patient } = tumour;
    volume.input.placeholder = String(patient.volume);
    doublingTime.input.placeholder = String(patient.doublingTime);
    kickoffTime.input.placeholder = String(patient.kickoffTime);
    settingsStatus.textContent = `N₀ = ${patient.clonogens.toExponential(2)}, T_d = ${patient.doublingTime} d, T_k = ${patient.kickoffTime} d.`;
    if (current === undefined) return;
    const data = parseAvatarCsv(current.text);
    if (!data.ok) {
      showIssues(current.fileName, data.issues);
      return;
    }
    const analysis = avatarAnalysis(data, scheduleList.schedules, patient, { draws: drawCount, seed: seedValue });
    render(current.fileName, analysis, scheduleList.schedules);
  }

  function render(fileName: string, analysis: ReturnType<typeof avatarAnalysis>, list: Parameters<typeof avatarJson>[1]['schedules']): void {
    const heading = element('h2', undefined, `Avatar: ${fileName}`);
    if (!analysis.fit.ok) {
      output.replaceChildren(heading, element('p', 'warning', 'The linear–quadratic fit failed on these data.'));
      return;
    }
    const summary = element('p', 'avatar-summary', avatarRankingSummary(analysis.comparison));
    summary.dataset['readout'] = 'ranking';
    const version = typeof __RTSIM_VERSION__ === 'string' ? __RTSIM_VERSION__ : 'dev';
    const stem = fileName.replace(/\.(csv|tsv|txt)$/i, '');
    const downloads = element('div', 'downloads');
    downloads.append(
      button('avatar.json', () => downloadBlob(new Blob([avatarJson(analysis, { version, dataFile: fileName, schedules: list })], { type: 'application/json' }), `${stem}-avatar.json`)),
      button('avatar.html', () => downloadBlob(new Blob([avatarReportHtml(analysis, { version, dataFile: fileName })], { type: 'text/html' }), `${stem}-avatar.html`)),
    );
    const survival = chartCard('avatar-survival', 'Surviving fraction: fit and data', [
      'Points: the measured surviving fractions (colony counts divided by the cells seeded and the fitted plating efficiency). Line: the linear–quadratic fit; shaded: its pointwise 95% band.',
    ]);
    survival.setChart(svgFromString(avatarSurvivalChart({ points: analysis.observations, curve: analysis.curve })));
    const ranked = [...analysis.comparison.schedules].sort((a, b) => a.rank - b.rank);
    const tcp = chartCard('avatar-tcp', 'TCP per schedule', [
      `Dot: TCP at the fitted α and β. Line: 95% interval over ${analysis.comparison.draws} draws of (α, β) from the fit’s uncertainty, with N₀ and kinetics held fixed. Best first.`,
    ]);
    tcp.setChart(svgFromString(avatarTcpChart(ranked.map((row) => ({ label: row.label, tcp: row.tcp, lower: row.tcpCi95[0], upper: row.tcpCi95[1], probabilityBest: row.probabilityBest })))));
    const assumptions = element('ul', 'control-help');
    for (const text of avatarAssumptions) assumptions.append(element('li', undefined, text));
    output.replaceChildren(heading, summary, downloads, avatarFitTable(analysis), survival.element, avatarRankingTable(analysis), tcp.element, assumptions);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(update, 250);
  };
  for (const input of [schedules.input, volume.input, clonogens.input, doublingTime.input, kickoffTime.input, draws.input, seed.input]) input.addEventListener('input', later);
  subtype.addEventListener('change', update);
  update();
}
