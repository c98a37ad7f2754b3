import type { CompetingEventsAtTime } from '../cohort/TrialResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import type { CompetingDeathCause } from './competingDeathCause.js';

/**
 * Headings of {@link competingEventsTimeCells}, after the arm and the time (years).
 * @param deathCause - what the competing death is (competingDeathCause): `other causes`, or `any cause` with sarcoma deaths
 * @returns the four headings
 */
export function competingEventsTimeHeads(deathCause: CompetingDeathCause): readonly string[] {
  return ['LC, death censored (%)', 'CIF local recurrence (%)', `CIF death, ${deathCause} (%)`, 'LRFS (%)'];
}

/** A value in % with its 95% interval, `—` beyond follow-up. */
function withInterval(value: number | null, interval: readonly [number, number] | null): string {
  return value === null || interval === null ? '—' : `${formatPercent(value)} [${formatPercent(interval[0])}, ${formatPercent(interval[1])}]`;
}

/**
 * The cells of one arm at one `followUp.at` time (results.json `arms[].competingEvents.atTimes[]`), in the order of
 * {@link competingEventsTimeHeads}: LC with death censored (Kaplan–Meier, Greenwood log–log 95% interval), the
 * cumulative incidences of local recurrence and of death before it (from other causes, or from any cause with
 * sarcoma deaths: competingDeathCause; Wilson 95% intervals) and LRFS, each
 * as `value [lower, upper]` in % (docs/models.md, "Competing events"); `—` where the time is beyond follow-up.
 * Shared by the HTML report and the viewer's runner, so both show the same text.
 * @param at - the endpoints at one time
 * @returns the text of each cell
 */
export function competingEventsTimeCells(at: CompetingEventsAtTime): string[] {
  return [
    withInterval(at.localControl, at.localControlCi95),
    withInterval(at.localRecurrenceIncidence, at.localRecurrenceIncidenceCi95),
    withInterval(at.otherCauseDeathIncidence, at.otherCauseDeathIncidenceCi95),
    withInterval(at.localRecurrenceFreeSurvival, at.localRecurrenceFreeSurvivalCi95),
  ];
}
