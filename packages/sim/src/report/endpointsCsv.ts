import type { ArmLesions, ArmResult, CompetingEventsOutcome, LocalControlAt, LocalControlAtTime, ProgressionSurvival, TrialResults } from '../cohort/TrialResults.js';
import type { Interval } from '../stats/Interval.js';
import { csvNumberField } from './csvNumberField.js';
import { csvTextField } from './csvTextField.js';

/** The columns of endpoints.csv, in order (docs/cli.md, "endpoints.csv"). */
export const endpointsCsvColumns: readonly string[] = ['arm_id', 'scope', 'group_id', 'endpoint', 'years', 'value', 'ci95_lower', 'ci95_upper', 'patients', 'lesions'];

/** One group of patients as endpoints.csv sees it: its scope and id as arms.csv names them, and the results it holds. */
interface EndpointGroup {
  readonly scope: string;
  readonly id: string;
  readonly patients: number;
  /** Kaplan–Meier local control at 1, 2 and 5 years (arms.csv's local_control_1y, _2y, _5y); absent on progression strata. */
  readonly localControl?: LocalControlAt | undefined;
  readonly localControlAtTimes?: readonly LocalControlAtTime[] | undefined;
  readonly competingEvents?: CompetingEventsOutcome | undefined;
  readonly lesions?: ArmLesions | undefined;
  readonly progression?: ProgressionSurvival | undefined;
}

/** One value of an endpoint at a follow-up time (years), with its 95% interval as results.json holds it. */
interface EndpointPoint {
  readonly years: number;
  readonly value: number | null;
  readonly interval: Interval | null;
}

/**
 * Local control at the `followUp.at` times with its interval; without `at`, at the fixed 1, 2 and 5 years arms.csv
 * reports, without an interval (results.json gives none there), so that no run writes an empty table.
 */
function localControlPoints(atTimes: readonly LocalControlAtTime[] | undefined, fixed: LocalControlAt): readonly EndpointPoint[] {
  if (atTimes !== undefined) return points(atTimes, (at) => at.localControl, (at) => at.localControlCi95) ?? [];
  return [
    { years: 1, value: fixed.year1, interval: null },
    { years: 2, value: fixed.year2, interval: null },
    { years: 5, value: fixed.year5, interval: null },
  ];
}

/** Maps a list of at-time entries to points, or undefined when the group does not have the endpoint. */
function points<T extends { readonly years: number }>(entries: readonly T[] | undefined, value: (entry: T) => number | null, interval: (entry: T) => Interval | null): readonly EndpointPoint[] | undefined {
  return entries?.map((entry) => ({ years: entry.years, value: value(entry), interval: interval(entry) }));
}

/**
 * The endpoints of endpoints.csv in their fixed order, each as [name, the group's points]; names are arms.csv's
 * column stems. local_control ignores death (every patient followed to the horizon for recurrence);
 * local_control_death_censored censors death from other causes (with `background`).
 */
const endpointsCsvEndpoints: readonly (readonly [string, (group: EndpointGroup) => readonly EndpointPoint[] | undefined])[] = [
  ['local_control', (g) => (g.localControl === undefined ? undefined : localControlPoints(g.localControlAtTimes, g.localControl))],
  ['local_recurrence', (g) => points(g.localControlAtTimes, (at) => at.localRecurrence, () => null)],
  ['local_control_death_censored', (g) => points(g.competingEvents?.atTimes, (at) => at.localControl, (at) => at.localControlCi95)],
  ['lrfs', (g) => points(g.competingEvents?.atTimes, (at) => at.localRecurrenceFreeSurvival, (at) => at.localRecurrenceFreeSurvivalCi95)],
  ['cif_local_recurrence', (g) => points(g.competingEvents?.atTimes, (at) => at.localRecurrenceIncidence, (at) => at.localRecurrenceIncidenceCi95)],
  ['cif_death_before_local_recurrence', (g) => points(g.competingEvents?.atTimes, (at) => at.otherCauseDeathIncidence, (at) => at.otherCauseDeathIncidenceCi95)],
  ['dmfs', (g) => points(g.competingEvents?.metastasis?.atTimes, (at) => at.distantMetastasisFreeSurvival, (at) => at.distantMetastasisFreeSurvivalCi95)],
  ['cif_metastasis', (g) => points(g.competingEvents?.metastasis?.atTimes, (at) => at.metastasisIncidence, (at) => at.metastasisIncidenceCi95)],
  ['dss', (g) => points(g.competingEvents?.metastasis?.atTimes, (at) => at.diseaseSpecificSurvival, (at) => at.diseaseSpecificSurvivalCi95)],
  ['cif_sarcoma_death', (g) => points(g.competingEvents?.metastasis?.atTimes, (at) => at.sarcomaDeathIncidence, (at) => at.sarcomaDeathIncidenceCi95)],
  ['os', (g) => points(g.competingEvents?.metastasis?.atTimes, (at) => at.overallSurvival, (at) => at.overallSurvivalCi95)],
  ['lesion_local_control', (g) => (g.lesions === undefined ? undefined : localControlPoints(g.lesions.localControlAtTimes, g.lesions.localControl))],
  ['progression_free_survival', (g) => points(g.progression?.atTimes, (at) => at.progressionFreeSurvival, (at) => at.progressionFreeSurvivalCi95)],
  ['overall_survival', (g) => points(g.progression?.atTimes, (at) => at.overallSurvival, (at) => at.overallSurvivalCi95)],
];

/** The endpoint names of endpoints.csv in their fixed order (docs/cli.md). */
export const endpointsCsvEndpointNames: readonly string[] = endpointsCsvEndpoints.map(([name]) => name);

/**
 * An arm's groups in arms.csv's order: the arm, its subtypes, its local-control strata (grade, margin, size, site),
 * then its progression strata (which arms.csv lists after every arm's rows; here with their arm). GARD bands and
 * complication strata have no time-indexed endpoint, so they have no rows.
 */
function armGroups(arm: ArmResult): EndpointGroup[] {
  return [
    { scope: 'arm', id: '', patients: arm.patients, localControl: arm.localControl, localControlAtTimes: arm.localControlAtTimes, competingEvents: arm.competingEvents, lesions: arm.lesions, progression: arm.progression },
    ...arm.bySubtype.map((group) => ({ scope: 'subtype', id: group.subtype, patients: group.patients, localControl: group.localControl, localControlAtTimes: group.localControlAtTimes })),
    ...(arm.byStratum ?? []).map((group) => ({ scope: group.by, id: group.stratum, patients: group.patients, localControl: group.localControl, localControlAtTimes: group.localControlAtTimes, competingEvents: group.competingEvents })),
    ...(arm.progression?.byStratum ?? []).map((group) => ({ scope: `progression-${group.by}`, id: group.stratum, patients: group.patients, progression: group })),
  ];
}

/**
 * The text of endpoints.csv, the long (tidy) table of every time-indexed endpoint of results.json: one row per arm ×
 * group × endpoint × `followUp.at` time, columns {@link endpointsCsvColumns}: arm_id; scope (`arm`, `subtype`,
 * `grade`, `margin`, `size`, `site`, `progression-grade`, `progression-lesions`, as in arms.csv); group_id (the
 * subtype or stratum, empty on the arm row); endpoint ({@link endpointsCsvEndpointNames}); years (follow-up time, years);
 * value (a probability in [0, 1]; empty beyond the horizon and for a subtype without patients); ci95_lower, ci95_upper (the 95% interval results.json
 * gives, empty where it gives none); patients (the group's); lesions (the lesions treated, on lesion_local_control rows,
 * whose proportion is of lesions). Without `followUp.at`, local control (and lesion local control) at the fixed 1, 2
 * and 5 years arms.csv reports, without an interval. Arms in order, each arm's groups in arms.csv's order
 * (progression strata with their arm), endpoints in the fixed order, times ascending; an endpoint a group does not
 * have has no rows. Derived from the results alone (so byte-identical across workers and shards); numbers and text
 * formatted as arms.csv formats them; `\n` line ends.
 * @param results - the results of a run
 * @returns the CSV text, ending with a newline
 */
export function endpointsCsv(results: TrialResults): string {
  const lines = [endpointsCsvColumns.join(',')];
  for (const arm of results.arms) {
    for (const group of armGroups(arm)) {
      for (const [endpoint, select] of endpointsCsvEndpoints) {
        // Times ascending as results.json holds them (the schema requires followUp.at increasing).
        for (const point of select(group) ?? []) {
          lines.push(
            [
              csvTextField(arm.id),
              group.scope,
              csvTextField(group.id),
              endpoint,
              csvNumberField(point.years),
              csvNumberField(point.value),
              csvNumberField(point.interval?.[0]),
              csvNumberField(point.interval?.[1]),
              csvNumberField(group.patients),
              // Lesion local control is a proportion of lesions, not of patients: its denominator.
              csvNumberField(endpoint === 'lesion_local_control' ? group.lesions?.lesions : undefined),
            ].join(','),
          );
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
