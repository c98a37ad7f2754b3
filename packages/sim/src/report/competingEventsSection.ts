import type { CompetingEventsAtTime, TrialResults } from '../cohort/TrialResults.js';
import { escapeXml } from '../charts/escapeXml.js';
import { localControlChart } from '../charts/localControlChart.js';
import { svgNumber } from '../charts/svgNumber.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { competingEventsComparisonCells, competingEventsComparisonHeads } from './competingEventsComparisonCells.js';
import { pairedDifferenceHtml } from './pairedDifferenceHtml.js';
import { competingEventsTimeCells, competingEventsTimeHeads } from './competingEventsTimeCells.js';
import { competingDeathCause } from './competingDeathCause.js';
import { incidenceDifferenceNote } from './incidenceDifferenceNote.js';
import { chartScroll } from './chartScroll.js';

/** The table cells of one arm at one time: LC (death censored), CIF of recurrence, CIF of death, LRFS. */
function timeCells(at: CompetingEventsAtTime): string {
  return competingEventsTimeCells(at)
    .map((text) => htmlCell(text))
    .join('');
}

/**
 * The report's section on local recurrence and the death that competes with it (a scenario with `background`;
 * docs/models.md, "Competing events"): from other causes, or from any cause when `metastasis` or `progression` adds
 * sarcoma deaths (competingDeathCause; the heading, the LRFS chart's title and the death column say which). The
 * local-recurrence-free survival curve of each arm, and per arm and `followUp.at` time LC with death censored
 * (Kaplan–Meier, Greenwood log–log interval), the cumulative incidences of local recurrence and of death before it,
 * and LRFS (Wilson intervals); then the compared pairs on LRFS and LC with death censored
 * (competingEventsComparisonCells).
 * @param results - the results of a run
 * @returns the HTML section, or an empty string without background
 */
export function competingEventsSection(results: TrialResults): string {
  const background = results.background;
  if (background === undefined) return '';
  const cause = competingDeathCause(results);
  const arms = results.arms.flatMap((arm) => (arm.competingEvents === undefined ? [] : [{ id: arm.id, events: arm.competingEvents }]));
  const chart = localControlChart(
    {
      binDays: results.followUp.binDays,
      series: arms.map(({ id, events }) => ({ label: id, curve: events.curves?.localRecurrenceFreeSurvival ?? [] })),
    },
    { id: 'lrfs', title: `Local-recurrence-free survival (local recurrence or death from ${cause})`, quantity: 'Local-recurrence-free survival' },
  );
  const rows = arms.flatMap(({ id, events }) =>
    (events.atTimes ?? []).map((at) => `<tr>${htmlCell(id, 'text')}${htmlCell(svgNumber(at.years, 2))}${timeCells(at)}</tr>`),
  );
  // Without followUp.at there is no table: the note under the chart then defines LRFS alone, not the table's LC and CIF.
  const definitions =
    rows.length === 0
      ? 'LRFS: alive without local recurrence. '
      : 'LC: Kaplan–Meier with death censored (Greenwood log–log 95% interval). CIF: cumulative incidence of the first event, ' +
        'the other a competing risk. LRFS = 1 − CIF(LR) − CIF(death). ';
  const caption =
    `Death from other causes from the life table ${background.lifeTableName} (${background.lifeTable}), ` +
    `${svgNumber(100 * background.femaleShare, 1)} % women, at each patient's age; time from the first treatment event. ` +
    definitions +
    (results.progression !== undefined
      ? 'Death here is from any cause, sarcoma after SBRT included (the progression model; overall survival: its section).'
      : results.metastasis === undefined
      ? 'No death from sarcoma is simulated yet, so overall survival is not reported.'
      : 'Death here is from any cause, sarcoma included (overall survival: the next section).');
  const table = rows.length === 0 ? '' : htmlTable(caption, ['Arm', 'Years', ...competingEventsTimeHeads(cause)], rows);
  return `<section><h2>Local recurrence and death from ${cause}</h2>${chartScroll(chart)}${table}${rows.length === 0 ? `<p class="note">${escapeXml(caption)}</p>` : ''}${comparisonTable(results)}</section>`;
}

/** The pairs compared on LRFS and LC with death censored, empty without comparisons. */
function comparisonTable(results: TrialResults): string {
  const first = results.comparisons.find((pair) => pair.competingEvents !== undefined)?.competingEvents;
  if (first === undefined) return '';
  const rows = results.comparisons.map(
    (pair) => `<tr>${htmlCell(`${pair.a} vs ${pair.b}`, 'text')}${competingEventsComparisonCells(pair).map((text) => htmlCell(text)).join('')}</tr>`,
  );
  const caption =
    'Arms compared on the same virtual patients. HR: Cox hazard ratio (partial likelihood, Efron ties) of arm a to arm b (< 1: fewer events in a), with its Wald 95% interval; — when an arm has no events. ' +
    `ΔRMST: restricted mean time free of the event up to ${svgNumber(first.restrictedMeanYears, 2)} years, a − b in days. The log-rank p and the HR and ΔRMST intervals treat the ` +
    'paired arms as independent, so they are conservative for the simulated difference. Trial patients: per arm of a real 1:1 trial to detect the LRFS ' +
    'hazard ratio (log-rank, two-sided α 0.05, power 0.8, Schoenfeld), everyone followed to that time.';
  const pairedTable = pairedDifferenceHtml(
    results.comparisons,
    results.followUp.at ?? [],
    ['LRFS', 'OS'],
    'Event-free survival of arm a minus arm b at each follow-up time on the same virtual patients, in percentage points, with the paired 95% interval (from the patients with the event in one arm only).',
  );
  const incidenceTable = pairedDifferenceHtml(
    results.comparisons,
    results.followUp.at ?? [],
    ['CIF LR', 'CIF DM', 'CIF DOD'],
    (shown) =>
      'Cumulative incidence of arm a minus arm b at each follow-up time on the same virtual patients, in percentage points, with the paired 95% interval; ' +
      `${incidenceDifferenceNote(shown, competingDeathCause(results))}.`,
  );
  return `${htmlTable(caption, ['Comparison', ...competingEventsComparisonHeads], rows)}${pairedTable}${incidenceTable}`;
}
