import { formatNumber } from '../../charts/formatNumber.js';
import type { DataCell } from '../../ui/dataTable.js';
import { dataTable } from '../../ui/dataTable.js';
import { element } from '../../ui/element.js';
import { fileIntake } from '../../ui/fileIntake.js';
import { numberField } from '../../ui/numberField.js';
import { problemList } from '../../ui/problemList.js';
import { selectField } from '../../ui/selectField.js';
import type { ExplorerState } from '../explorerState.js';
import { dvhCopy } from './dvhCopy.js';
import { dvhPanelViews } from './dvhPanelViews.js';
import type { LoadedStructure, ScoredOrgan } from './dvhPanelViews.js';
import { defaultTargetIndex } from './defaultTargetIndex.js';
import { loadDvhFile, maxDvhPageBytes } from './loadDvhFile.js';
import type { DvhLoad } from './loadDvhFile.js';
import { libraryOrganModel, userLkbDefaults } from './organLkbParameters.js';
import type { OrganLkbParameters } from './organLkbParameters.js';

/** The explorer's DVH card. */
export interface DvhCard {
  readonly element: HTMLElement;
  /** Recomputes the TCP and NTCP tables for the explorer's state (nothing to do before a file is loaded). */
  show(state: ExplorerState): void;
}

/** A probability as a percentage with one decimal; below 0.05 % (which would read 0 %) `< 0.1%`, above 99.95 % `> 99.9%`. */
const percent = (p: number): string => {
  if (!Number.isFinite(p)) return '–';
  if (p > 0 && p < 0.0005) return '< 0.1%';
  if (p < 1 && p > 0.9995) return '> 99.9%';
  return `${formatNumber(p * 100, 1)}%`;
};
const gy = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '–');
const parametersText = (p: OrganLkbParameters): string => `TD₅₀ ${formatNumber(p.td50)} Gy, m ${formatNumber(p.m)}, n ${formatNumber(p.n)}, α/β ${formatNumber(p.alphaBeta)} Gy`;

/** One organ's row of choices: whether it is scored, and where its parameters come from. */
interface OrganChoice {
  readonly structure: LoadedStructure;
  readonly scored: HTMLInputElement;
  readonly parameters: () => OrganLkbParameters;
  readonly label: string;
}

/**
 * Builds the DVH card of the explorer (docs/viewer.md, "A plan's DVH"): a file picker and drop zone; once a file is
 * read, its structures with volume, Dmean, D95 and D2, a target select, a checkbox and LKB parameters per organ,
 * and the TCP and NTCP tables ({@link dvhPanelViews}). A file the parser refuses shows every problem with its line.
 * Names from the file are set as text only.
 * @param state - the explorer's current state (read when a file or a choice changes)
 * @returns the card and its update
 */
export function dvhCard(state: () => ExplorerState): DvhCard {
  const card = element('section', 'card dvh-card');
  card.id = 'card-dvh';
  card.setAttribute('aria-labelledby', 'dvh-heading');
  const heading = element('h2', undefined, dvhCopy.heading);
  heading.id = 'dvh-heading';
  const body = element('div', 'dvh-body');
  body.setAttribute('aria-live', 'polite');
  let results: ((s: ExplorerState) => void) | undefined;
  let reading = 0;
  const intake = fileIntake({
    zoneId: 'dvh-drop-zone',
    inputId: 'dvh-file',
    accept: dvhCopy.intake.accept,
    label: dvhCopy.intake.label,
    hint: dvhCopy.intake.hint,
    maxBytes: maxDvhPageBytes,
    kind: dvhCopy.intake.kind,
    onBytes: (fileName, bytes) => {
      const ticket = ++reading;
      results = undefined;
      body.replaceChildren(element('p', 'muted', dvhCopy.loading(fileName)));
      void loadDvhFile(fileName, bytes).then((load) => {
        if (ticket === reading) show(load);
      });
    },
    onRefused: (fileName, message) => {
      reading += 1;
      show({ ok: false, fileName, messages: [message] });
    },
  });
  card.append(heading, element('p', 'control-help', dvhCopy.intro), intake, body);

  function show(load: DvhLoad): void {
    if (!load.ok) {
      results = undefined;
      const issues = element('section', 'issues dvh-issues');
      issues.setAttribute('role', 'alert');
      issues.append(...problemList(load.fileName, load.messages, dvhCopy.issuesHint));
      body.replaceChildren(issues);
      return;
    }
    const { structures } = load;
    const summary = element('p', 'dvh-summary', `${load.fileName}: ${dvhCopy.formats[load.format]}, ${structures.length} structure${structures.length === 1 ? '' : 's'}`);
    const table = dataTable(dvhCopy.structuresCaption, dvhCopy.structuresHead, structures.map((s) => [s.name, s.volume === undefined ? '–' : s.volume.toFixed(1), gy(s.mean), gy(s.d95), gy(s.d2)]), 'dvh-structures', structures.map(() => 'dvh-structure'));
    const target = selectField('dvh-target', dvhCopy.target.label, dvhCopy.target.help);
    structures.forEach((structure, index) => {
      const option = element('option', undefined, structure.name);
      option.value = String(index);
      target.select.append(option);
    });
    target.select.value = String(defaultTargetIndex(structures.map((s) => s.name)));
    const organs = element('fieldset', 'dvh-organs');
    const output = element('div', 'dvh-results');
    const choices = structures.map((structure, index) => organChoice(structure, index, () => update()));
    const layoutOrgans = (): void => {
      const targetIndex = Number(target.select.value);
      organs.replaceChildren(element('legend', undefined, dvhCopy.organs.legend), element('p', 'control-help', dvhCopy.organs.help));
      choices.forEach((choice, index) => {
        if (index !== targetIndex) organs.append(choice.element);
      });
    };
    target.select.addEventListener('change', () => {
      layoutOrgans();
      update();
    });
    layoutOrgans();
    body.replaceChildren(summary, table, target.wrap, organs, output);

    function update(s: ExplorerState = state()): void {
      const targetIndex = Number(target.select.value);
      const targetStructure = structures[targetIndex];
      const scoredChoices = choices.filter(({ choice }, index) => index !== targetIndex && choice.scored.checked).map(({ choice }) => choice);
      const scored: ScoredOrgan[] = scoredChoices.map((choice) => ({ structure: choice.structure, parameters: choice.parameters() }));
      const views = dvhPanelViews(targetStructure, scored, s);
      const nodes: HTMLElement[] = [];
      if (targetStructure !== undefined) {
        const rowLabel = (key: 'dvh' | 'prescription' | 'dmean', total: string): string =>
          key === 'dvh' ? dvhCopy.tcpRows.dvh(targetStructure.name, total) : dvhCopy.tcpRows[key](total);
        const rows = views.tcp.map((row): DataCell[] => [
          rowLabel(row.key, formatNumber(row.totalDose, 1)),
          percent(row.single),
          percent(row.population),
        ]);
        nodes.push(dataTable(dvhCopy.tcpCaption(targetStructure.name), dvhCopy.tcpHead(s.sigmaAlpha), rows, 'dvh-tcp', views.tcp.map((row) => `dvh-tcp-${row.key}`)));
      }
      if (views.ntcp.length === 0) nodes.push(element('p', 'muted', dvhCopy.noOrgans));
      else {
        const rows = views.ntcp.map((row, index): DataCell[] => [
          row.organ,
          { text: scoredChoices[index]?.label ?? '', sub: parametersText(row.parameters) },
          gy(row.geudEqd2),
          percent(row.ntcp),
        ]);
        nodes.push(dataTable(dvhCopy.ntcpCaption, dvhCopy.ntcpHead, rows, 'dvh-ntcp', views.ntcp.map(() => 'dvh-ntcp')));
      }
      const warnings = element('div', 'warnings');
      warnings.setAttribute('role', 'status');
      warnings.append(...views.warnings.map((text) => element('p', 'warning', text)));
      output.replaceChildren(...nodes, warnings);
    }
    results = update;
    update();
  }

  // A drag redraws the explorer every frame; the DVH tables cost more than a frame for a finely binned target,
  // so they are computed in a task after the frame, for the latest state only, and never hold up the charts.
  let latest: ExplorerState | undefined;
  return {
    element: card,
    show(s) {
      if (results === undefined) return;
      if (latest === undefined) {
        setTimeout(() => {
          const next = latest;
          latest = undefined;
          if (next !== undefined) results?.(next);
        }, 0);
      }
      latest = s;
    },
  };
}

/** The checkbox and parameters of one structure as an organ at risk: the library's model, or four fields. */
function organChoice(structure: LoadedStructure, index: number, changed: () => void): { readonly element: HTMLElement; readonly choice: OrganChoice } {
  const wrap = element('div', 'dvh-organ');
  const label = element('label', 'checkbox');
  const scored = element('input');
  scored.type = 'checkbox';
  scored.id = `dvh-organ-${index}`;
  scored.checked = true;
  scored.addEventListener('change', changed);
  label.append(scored, document.createTextNode(` ${dvhCopy.organs.score(structure.name)}`));
  wrap.append(label);
  const library = libraryOrganModel(structure.name);
  if (library !== undefined) {
    wrap.append(element('p', 'control-help', `${library.endpoint}: ${parametersText(library.parameters)} (${library.source})`));
    return { element: wrap, choice: { structure, scored, parameters: () => library.parameters, label: `library: ${library.endpoint}` } };
  }
  const row = element('div', 'field-row dvh-organ-fields');
  const fields = (Object.keys(dvhCopy.organs.fields) as (keyof OrganLkbParameters)[]).map((key) => {
    const field = numberField(`dvh-organ-${index}-${key}`, dvhCopy.organs.fields[key], '');
    field.input.step = 'any';
    field.input.min = '0';
    field.input.value = String(userLkbDefaults[key]);
    field.input.addEventListener('input', changed);
    row.append(field.wrap);
    return [key, field.input] as const;
  });
  wrap.append(row);
  const read = (key: keyof OrganLkbParameters): number => {
    const input = fields.find(([name]) => name === key)?.[1];
    return input === undefined || input.value.trim() === '' ? Number.NaN : Number(input.value);
  };
  return {
    element: wrap,
    choice: { structure, scored, parameters: () => ({ td50: read('td50'), m: read('m'), n: read('n'), alphaBeta: read('alphaBeta') }), label: 'user-set LKB' },
  };
}
