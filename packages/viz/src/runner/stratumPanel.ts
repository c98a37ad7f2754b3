import { localControlShown, stratumDimensions } from '@rtsim/sim';
import type { ArmResult, StratumDimension, StratumOutcome, TrialResults } from '@rtsim/sim';
import { localControlChart } from '@rtsim/sim/charts';
import { formatNumber } from '../charts/formatNumber.js';
import { svgFromString } from '../charts/svgFromString.js';
import { dataTable } from '../ui/dataTable.js';
import { element } from '../ui/element.js';
import { stratumCopy } from './stratumCopy.js';
import { localControlFloor } from './localControlFloor.js';
import { intervalSuffix, percentText } from './percentText.js';


/** A labelled `<select>` of the given options; `onChange` runs with the chosen value. */
function selectField(id: string, labelText: string, options: readonly (readonly [value: string, text: string])[], onChange: () => void): { field: HTMLElement; select: HTMLSelectElement } {
  const field = element('label', 'stratum-field');
  field.htmlFor = id;
  field.textContent = `${labelText} `;
  const select = document.createElement('select');
  select.id = id;
  for (const [value, text] of options) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    select.append(option);
  }
  select.addEventListener('change', onChange);
  field.append(select);
  return { field, select };
}

/** The table of one arm's strata of one dimension: patients, control rate and LC at the follow-up times, with Wilson 95% intervals. */
function stratumTableOf(results: TrialResults, arm: ArmResult, groups: readonly StratumOutcome[], dimension: StratumDimension): HTMLElement {
  // sim's localControlShown, as the terminal's table by stratum: the followUp.at times (with intervals), else 2 and 5 years.
  const localControl = localControlShown(results, [2, 5]);
  const interval = results.followUp.at === undefined ? '' : ' (95% CI)';
  const head = [stratumCopy.tableHead.stratum, stratumCopy.tableHead.patients, stratumCopy.tableHead.controlRate, ...localControl.years.map((t) => `LC ${formatNumber(t, 2)} y${interval}`)];
  const rows = groups.map((group) => [
    group.stratum,
    group.patients.toLocaleString('en'),
    `${percentText(group.controlRate)}${intervalSuffix(group.controlCi95)}`,
    ...localControl.cells(group).map((cell) => `${percentText(cell.localControl)}${intervalSuffix(cell.localControlCi95)}`),
  ]);
  return dataTable(`${arm.name} by ${stratumCopy.dimensions[dimension].toLowerCase()}: Kaplan–Meier local control (LC)`, head, rows, 'stratum-table');
}

/**
 * The local-control model's results by stratum, for the runner's local-control card: a selector of the dimension
 * (grade, margin class, size band, site) and of the arm, the Kaplan–Meier curves of the chosen arm's strata (one
 * step line each, labelled with its patients) and their table. Text from the results is set with textContent.
 * @param results - a finished run
 * @returns the panel, or undefined when no arm uses the local-control model
 */
export function stratumPanel(results: TrialResults): HTMLElement | undefined {
  const arms = results.arms.filter((arm) => (arm.byStratum ?? []).length > 0);
  if (arms.length === 0) return undefined;
  const panel = element('div', 'stratum-panel');
  const heading = element('h4', '', stratumCopy.heading);
  const controls = element('div', 'stratum-controls');
  const figure = element('figure', 'chart stratum-chart');
  const tableSlot = document.createElement('div');
  const render = (): void => {
    const dimension = stratumDimensions.find((d) => d === by.select.value) ?? 'grade';
    const arm = arms[Number(armSelect.select.value)] ?? arms[0];
    if (arm === undefined) return;
    const groups = (arm.byStratum ?? []).filter((group) => group.by === dimension);
    figure.replaceChildren(svgFromString(localControlChart(
      { binDays: results.followUp.binDays, series: groups.map((group) => ({ label: `${group.stratum} (n = ${group.patients.toLocaleString('en')})`, curve: group.localControlCurve })) },
      { width: 900, height: 380, fontSize: 14, yMin: localControlFloor(groups.map((group) => group.localControlCurve)), id: 'local-control-strata', seriesNoun: 'stratum', title: `${arm.id}: local control by ${stratumCopy.dimensions[dimension].toLowerCase()}` },
    )));
    tableSlot.replaceChildren(stratumTableOf(results, arm, groups, dimension));
  };
  const by = selectField('stratum-by', stratumCopy.byLabel, stratumDimensions.map((d) => [d, stratumCopy.dimensions[d]] as const), render);
  const armSelect = selectField('stratum-arm', stratumCopy.armLabel, arms.map((arm, index) => [String(index), arm.name === arm.id ? arm.id : `${arm.name} (${arm.id})`] as const), render);
  controls.append(by.field, armSelect.field);
  panel.append(heading, controls, figure, tableSlot);
  render();
  return panel;
}
