import { localControlShown } from '@rtsim/sim';
import type { ArmLesions, ArmResult, LocalControlShown, TrialResults } from '@rtsim/sim';
import { localControlChart } from '@rtsim/sim/charts';
import { formatNumber } from '../charts/formatNumber.js';
import { svgFromString } from '../charts/svgFromString.js';
import { dataTable } from '../ui/dataTable.js';
import { element } from '../ui/element.js';
import { lesionCopy } from './lesionCopy.js';
import { localControlFloor } from './localControlFloor.js';
import { intervalSuffix, percentText } from './percentText.js';


/** An arm that treats lesions, with its per-lesion outcome. */
type LesionArm = ArmResult & { readonly lesions: ArmLesions };

/**
 * Per-lesion (with its Wilson 95% interval where present) and per-patient LC at each time, side by side: at the
 * `followUp.at` times, or at those of 1 and 2 years within the follow-up (no interval) as the CLI and report do when
 * the scenario gives none.
 */
function localControlCells(shown: LocalControlShown, arm: LesionArm): string[] {
  const byPatient = shown.cells(arm);
  return shown.cells(arm.lesions).flatMap((lesion, i) => [
    `${percentText(lesion.localControl)}${intervalSuffix(lesion.localControlCi95)}`,
    percentText(byPatient[i]?.localControl ?? null),
  ]);
}

/** The table: one row per lesion arm (lesions, lesions per patient, lesion control rate, LC by lesion and by patient at each time). */
function lesionTable(results: TrialResults, arms: readonly LesionArm[]): HTMLElement {
  const head = lesionCopy.tableHead;
  const times = results.followUp.at;
  const shown = localControlShown(results, [1, 2]);
  const labels = shown.years.map((t) => formatNumber(t, 2));
  const timeHeads = labels.flatMap((years) => [head.lesionLocalControl(years, times !== undefined), head.patientLocalControl(years)]);
  const rows = arms.map((arm) => [
    { text: arm.id, title: arm.name },
    arm.lesions.lesions.toLocaleString('en'),
    formatNumber(arm.lesions.meanPerPatient, 2),
    `${percentText(arm.lesions.controlRate)}${intervalSuffix(arm.lesions.controlCi95)}`,
    ...localControlCells(shown, arm),
  ]);
  return dataTable(lesionCopy.caption, [head.arm, head.lesions, head.perPatient, head.controlRate, ...timeHeads], rows, 'lesion-table');
}

/**
 * The per-lesion results of the arms with `target: lesions`, for the runner's local-control card: a note on what
 * per-lesion and per-patient LC mean, their table and the per-lesion Kaplan–Meier curves (one step line per lesion
 * arm). Text from the results is set with textContent.
 * @param results - a finished run
 * @returns the panel, or undefined when no arm treats lesions
 */
export function lesionPanel(results: TrialResults): HTMLElement | undefined {
  const arms = results.arms.filter((arm): arm is LesionArm => arm.lesions !== undefined);
  if (arms.length === 0) return undefined;
  const panel = element('div', 'lesion-panel');
  const heading = element('h4', '', lesionCopy.heading);
  const note = element('p', 'explanation', lesionCopy.explanation);
  const figure = element('figure', 'chart lesion-chart');
  figure.append(svgFromString(localControlChart(
    { binDays: results.followUp.binDays, series: arms.map((arm) => ({ label: arm.id, curve: arm.lesions.localControlCurve })) },
    { width: 900, height: 380, fontSize: 14, yMin: localControlFloor(arms.map((arm) => arm.lesions.localControlCurve)), id: 'lesion-local-control', title: lesionCopy.chartTitle },
  )));
  panel.append(heading, note, lesionTable(results, arms), figure);
  return panel;
}
