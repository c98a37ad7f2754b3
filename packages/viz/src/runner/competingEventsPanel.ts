import type { CompetingEventsCurves, CompetingEventsOutcome, TrialResults } from '@rtsim/sim';
import { competingDeathCause, competingEventsComparisonCells, competingEventsComparisonHeads, competingEventsTimeCells, competingEventsTimeHeads, incidenceDifferenceNote, pairedDifferenceRows } from '@rtsim/sim';
import type { CompetingDeathCause } from '@rtsim/sim';
import { cumulativeIncidenceChart, localControlChart } from '@rtsim/sim/charts';
import { formatNumber } from '../charts/formatNumber.js';
import { svgFromString } from '../charts/svgFromString.js';
import { dataTable } from '../ui/dataTable.js';
import { element } from '../ui/element.js';
import { competingEventsCopy } from './competingEventsCopy.js';
import { localControlFloor } from './localControlFloor.js';

/** An arm with its competing-event endpoints. */
interface EventsArm {
  readonly id: string;
  readonly name: string;
  readonly events: CompetingEventsOutcome;
}

/** Size of each of the panel's four charts, px. */
const chartSize = { width: 640, height: 340, fontSize: 13 } as const;

/** The curve of one endpoint of each arm, empty where an arm has no curves. */
function seriesOf(arms: readonly EventsArm[], key: keyof CompetingEventsCurves): { label: string; curve: readonly number[] }[] {
  return arms.map((arm) => ({ label: arm.id, curve: arm.events.curves?.[key] ?? [] }));
}

/** A round upper limit for an incidence axis: a multiple of 10% a little above the highest finite value, at most 100%. */
function incidenceCeiling(curves: readonly { curve: readonly number[] }[]): number {
  let highest = 0;
  for (const { curve } of curves) for (const value of curve) if (Number.isFinite(value)) highest = Math.max(highest, value);
  return Math.min(1, Math.ceil((highest + 0.05) * 10) / 10);
}

/** One chart in a figure. */
function figure(svg: string, className: string): HTMLElement {
  const wrap = element('figure', `chart ${className}`);
  wrap.append(svgFromString(svg));
  return wrap;
}

/** LRFS and LC (death censored) from 100 % down, the two incidences from 0 up: one step line per arm each. */
function charts(results: TrialResults, arms: readonly EventsArm[]): HTMLElement {
  const grid = element('div', 'competing-events-charts');
  const binDays = results.followUp.binDays;
  const titles = competingEventsCopy.charts(competingDeathCause(results));
  const survival = (key: 'localRecurrenceFreeSurvival' | 'localControl', id: string): HTMLElement => {
    const series = seriesOf(arms, key);
    const quantity = key === 'localControl' ? 'Local control, death censored' : 'Local-recurrence-free survival';
    return figure(localControlChart({ binDays, series }, { ...chartSize, yMin: localControlFloor(series.map((one) => one.curve)), id, title: titles[key], quantity }), id);
  };
  const incidence = (key: 'localRecurrenceIncidence' | 'otherCauseDeathIncidence', id: string): HTMLElement => {
    const series = seriesOf(arms, key);
    return figure(cumulativeIncidenceChart({ binDays, series }, { ...chartSize, yMax: incidenceCeiling(series), id, title: titles[key] }), id);
  };
  grid.append(
    survival('localRecurrenceFreeSurvival', 'competing-lrfs'),
    survival('localControl', 'competing-local-control'),
    incidence('localRecurrenceIncidence', 'competing-cif-recurrence'),
    incidence('otherCauseDeathIncidence', 'competing-cif-death'),
  );
  return grid;
}

/** One row per arm and `followUp.at` time, with the report's cells (competingEventsTimeCells). */
function timeTable(arms: readonly EventsArm[], cause: CompetingDeathCause): HTMLElement | undefined {
  const rows = arms.flatMap((arm) => (arm.events.atTimes ?? []).map((at) => [{ text: arm.id, title: arm.name }, formatNumber(at.years, 2), ...competingEventsTimeCells(at)]));
  if (rows.length === 0) return undefined;
  const head = competingEventsCopy.tableHead;
  return dataTable(competingEventsCopy.timeCaption(cause), [head.arm, head.years, ...competingEventsTimeHeads(cause)], rows, 'competing-events-table');
}

/** One row per compared pair, with the report's cells (competingEventsComparisonCells); undefined without comparisons. */
function comparisonTable(results: TrialResults): HTMLElement | undefined {
  const first = results.comparisons.find((pair) => pair.competingEvents !== undefined)?.competingEvents;
  if (first === undefined) return undefined;
  const rows = results.comparisons.map((pair) => [`${pair.a} vs ${pair.b}`, ...competingEventsComparisonCells(pair)]);
  const caption = competingEventsCopy.comparisonCaption(formatNumber(first.restrictedMeanYears, 2));
  return dataTable(caption, [competingEventsCopy.tableHead.comparison, ...competingEventsComparisonHeads], rows, 'competing-events-comparison');
}

/**
 * The paired differences at the follow-up times of event-free survival (LRFS, and OS with `metastasis`) and of the
 * cumulative incidences (LR, and DM and DOD with `metastasis`), as the terminal and the report print them (sim's
 * pairedDifferenceRows, incidenceDifferenceNote); none without comparisons or `followUp.at`.
 */
function pairedDifferenceTables(results: TrialResults, cause: CompetingDeathCause): HTMLElement[] {
  const times = results.followUp.at ?? [];
  const survival = pairedDifferenceRows(results.comparisons, times, ['LRFS', 'OS']);
  const incidence = pairedDifferenceRows(results.comparisons, times, ['CIF LR', 'CIF DM', 'CIF DOD']);
  const head = competingEventsCopy.tableHead.comparison;
  return [
    ...(survival === undefined ? [] : [dataTable(competingEventsCopy.survivalDifferenceCaption, [head, ...survival.heads], survival.rows, 'competing-events-survival-differences')]),
    ...(incidence === undefined
      ? []
      : [dataTable(competingEventsCopy.incidenceDifferenceCaption(incidenceDifferenceNote(incidence.shown, cause)), [head, ...incidence.heads], incidence.rows, 'competing-events-incidence-differences')]),
  ];
}

/**
 * The competing-event endpoints of a run with `background` (docs/models.md, "Competing events"), for the runner's
 * local-control card: a note, the curves of LRFS, of LC with death censored and of the cumulative incidences of
 * local recurrence and of death (from other causes, or any cause with sarcoma deaths: competingDeathCause; one step
 * line per arm each; years, %), the table of each arm at
 * the `followUp.at` times with 95% intervals, and the compared pairs (Cox HR, log-rank p, ΔRMST in days, trial
 * patients). Cells are those of the HTML report (competingEventsTimeCells, competingEventsComparisonCells), so the
 * viewer and the report show the same text. Text from the results is set with textContent.
 * @param results - a finished run
 * @returns the panel, or undefined without background mortality
 */
export function competingEventsPanel(results: TrialResults): HTMLElement | undefined {
  const background = results.background;
  const arms = results.arms.flatMap((arm): EventsArm[] => (arm.competingEvents === undefined ? [] : [{ id: arm.id, name: arm.name, events: arm.competingEvents }]));
  if (background === undefined || arms.length === 0) return undefined;
  const panel = element('div', 'competing-events-panel');
  const cause = competingDeathCause(results);
  const note = element('p', 'explanation', competingEventsCopy.explanation(background.lifeTableName, formatNumber(100 * background.femaleShare, 1), cause === 'any cause'));
  panel.append(element('h4', '', competingEventsCopy.heading(cause)), note, charts(results, arms));
  const times = timeTable(arms, cause);
  if (times !== undefined) panel.append(times);
  const pairs = comparisonTable(results);
  if (pairs !== undefined) panel.append(pairs);
  panel.append(...pairedDifferenceTables(results, cause));
  return panel;
}
