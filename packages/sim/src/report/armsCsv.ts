import type { ArmComplications, ArmDiagnosis, ArmLesions, ArmPathway, ArmResult, CompetingEventsAtTime, CompetingEventsOutcome, GroupOutcome, MetastasisAtTime, ProgressionAtTime, ProgressionSurvival, StratumOutcome, TrialResults } from '../cohort/TrialResults.js';
// Shared with endpoints.csv, so both files format numbers and text alike.
import { csvNumberField as numberField } from './csvNumberField.js';
import { csvTextField as textField } from './csvTextField.js';
import { gardBandLabel } from './gardBandLabel.js';

/** The columns of arms.csv, in order (documented in docs/cli.md and in {@link armsCsv}). */
export const armsCsvColumns: readonly string[] = [
  'arm_id',
  'arm_name',
  'scope',
  'subtype_id',
  'patients',
  'fractions',
  'total_dose_gy',
  'overall_time_days',
  'mean_tcp',
  'mean_tcp_se',
  'controlled',
  'control_rate',
  'control_ci95_lower',
  'control_ci95_upper',
  'local_control_1y',
  'local_control_2y',
  'local_control_5y',
  'ntcp',
  'uncomplicated_control',
];

/**
 * The per-lesion columns of arms.csv, appended (after the followUp.at columns) when some arm has `target: lesions`;
 * filled on the arm rows of lesion arms, empty elsewhere. Then one column lesion_local_control_at_{t}y per
 * followUp.at time.
 */
export const lesionCsvColumns: readonly string[] = [
  'lesions',
  'lesions_per_patient',
  'lesions_controlled',
  'lesion_control_rate',
  'lesion_control_ci95_lower',
  'lesion_control_ci95_upper',
  'lesion_local_control_1y',
  'lesion_local_control_2y',
  'lesion_local_control_5y',
];

/**
 * The competing-event endpoints of arms.csv (a scenario with `background`), each with its 95% interval, as
 * [column stem, value, interval]: per endpoint and `followUp.at` time t the columns {stem}_at_{t}y,
 * {stem}_at_{t}y_ci95_lower and {stem}_at_{t}y_ci95_upper, endpoint after endpoint (docs/cli.md).
 */
const competingEndpoints: readonly (readonly [string, keyof CompetingEventsAtTime, keyof CompetingEventsAtTime])[] = [
  ['lrfs', 'localRecurrenceFreeSurvival', 'localRecurrenceFreeSurvivalCi95'],
  ['cif_local_recurrence', 'localRecurrenceIncidence', 'localRecurrenceIncidenceCi95'],
  ['cif_other_cause_death', 'otherCauseDeathIncidence', 'otherCauseDeathIncidenceCi95'],
  ['local_control_death_censored', 'localControl', 'localControlCi95'],
];

/**
 * The metastasis endpoints of arms.csv (a scenario with `metastasis`), after the competing-event columns, in the same
 * form: per endpoint and time t, {stem}_at_{t}y and its 95% interval.
 */
/** Per endpoint stem and follow-up time t: `{stem}_at_{t}y` and its 95% interval's two columns. */
function timeColumns(stems: readonly string[], times: readonly number[]): string[] {
  return stems.flatMap((stem) => times.flatMap((t) => [`${stem}_at_${t}y`, `${stem}_at_${t}y_ci95_lower`, `${stem}_at_${t}y_ci95_upper`]));
}

/** A value and its 95% interval as three cells (empty where absent). */
function valueCells(value: number | null | undefined, interval: readonly [number, number] | null | undefined): string[] {
  return [numberField(value), numberField(interval?.[0]), numberField(interval?.[1])];
}

const metastasisEndpointColumns: readonly (readonly [string, keyof MetastasisAtTime, keyof MetastasisAtTime])[] = [
  ['dmfs', 'distantMetastasisFreeSurvival', 'distantMetastasisFreeSurvivalCi95'],
  ['cif_metastasis', 'metastasisIncidence', 'metastasisIncidenceCi95'],
  ['dss', 'diseaseSpecificSurvival', 'diseaseSpecificSurvivalCi95'],
  ['cif_sarcoma_death', 'sarcomaDeathIncidence', 'sarcomaDeathIncidenceCi95'],
  ['os', 'overallSurvival', 'overallSurvivalCi95'],
];

/** The metastasis columns for the follow-up times. */
function metastasisColumns(times: readonly number[]): string[] {
  return timeColumns(metastasisEndpointColumns.map(([stem]) => stem), times);
}

/** The metastasis cells of a row (empty cells for a subtype row, which has none). */
function metastasisCells(outcome: CompetingEventsOutcome | undefined, times: readonly number[]): string[] {
  const atTimes = outcome?.metastasis?.atTimes;
  if (atTimes === undefined) return new Array<string>(metastasisColumns(times).length).fill('');
  return metastasisEndpointColumns.flatMap(([, value, interval]) =>
    atTimes.flatMap((at) => valueCells(at[value] as number | null, at[interval] as readonly [number, number] | null)),
  );
}

/** The competing-event columns for the follow-up times: the patients of the event group, then each endpoint's. */
function competingColumns(times: readonly number[]): string[] {
  return [
    'competing_patients',
    ...timeColumns(competingEndpoints.map(([stem]) => stem), times),
  ];
}

/** The competing-event cells of a row (empty cells for a subtype row, which has none). */
function competingCells(outcome: CompetingEventsOutcome | undefined, times: readonly number[]): string[] {
  if (outcome === undefined) return new Array<string>(competingColumns(times).length).fill('');
  const atTimes = outcome.atTimes ?? [];
  return [
    numberField(outcome.patients),
    ...competingEndpoints.flatMap(([, value, interval]) =>
      atTimes.flatMap((at) => valueCells(at[value] as number | null, at[interval] as readonly [number, number] | null)),
    ),
  ];
}

/** The per-lesion cells of an arm row (empty cells for a row without lesions). */
function lesionCells(lesions: ArmLesions | undefined, times: readonly number[]): string[] {
  if (lesions === undefined) return new Array<string>(lesionCsvColumns.length + times.length).fill('');
  return [
    numberField(lesions.lesions),
    numberField(lesions.meanPerPatient),
    numberField(lesions.controlled),
    numberField(lesions.controlRate),
    numberField(lesions.controlCi95[0]),
    numberField(lesions.controlCi95[1]),
    numberField(lesions.localControl.year1),
    numberField(lesions.localControl.year2),
    numberField(lesions.localControl.year5),
    ...(lesions.localControlAtTimes ?? []).map((at) => numberField(at.localControl)),
  ];
}

const progressionEndpointColumns = [
  ['progression_free_survival', 'progressionFreeSurvival', 'progressionFreeSurvivalCi95'],
  ['overall_survival', 'overallSurvival', 'overallSurvivalCi95'],
] as const satisfies readonly (readonly [string, keyof ProgressionAtTime, keyof ProgressionAtTime])[];

/** With `progression`, per time t: progression_free_survival_at_{t}y and overall_survival_at_{t}y after SBRT, each with its Wilson interval. */
function progressionColumns(times: readonly number[]): string[] {
  return timeColumns(progressionEndpointColumns.map(([stem]) => stem), times);
}

/** The progression cells of a row: an arm's or a stratum's PFS and OS (empty cells for any other row). */
function progressionCells(progression: ProgressionSurvival | undefined, times: readonly number[]): string[] {
  const atTimes = progression?.atTimes ?? [];
  return progressionEndpointColumns.flatMap(([, value, interval]) =>
    times.flatMap((t) => {
      const entry = atTimes.find((candidate) => candidate.years === t);
      return valueCells(entry?.[value], entry?.[interval]);
    }),
  );
}

/** The complication columns for the scored endpoints: complication_{endpoint}_rate and its interval, then complication-free control's. */
function complicationColumns(endpoints: readonly string[]): string[] {
  return [...endpoints.map((endpoint) => `complication_${endpoint}`), 'complication_free_control'].flatMap((stem) => [`${stem}_rate`, `${stem}_rate_ci95_lower`, `${stem}_rate_ci95_upper`]);
}

/** The complication cells of a row: filled on the arm row of an arm with complications, empty elsewhere. */
function complicationCells(complications: ArmComplications | undefined, columns: number): string[] {
  if (complications === undefined) return new Array<string>(columns).fill('');
  return [...complications.endpoints, complications.complicationFreeControl].flatMap((rate) => [numberField(rate.rate), numberField(rate.rateCi95[0]), numberField(rate.rateCi95[1])]);
}

/**
 * A row of a stratum listed after every arm's rows (complication and progression strata): the arm, its schedule, the
 * scope, the stratum in subtype_id and its patients, then `cells` from column `first`; every other cell empty.
 */
function trailingStratumRow(arm: ArmResult, scope: string, stratum: string, patients: number, columns: number, first: number, cells: readonly string[]): string {
  const row = new Array<string>(columns).fill('');
  const fixed = [textField(arm.id), textField(arm.name), scope, textField(stratum), numberField(patients), numberField(arm.fractions), numberField(arm.totalDose), numberField(arm.overallTime)];
  fixed.forEach((cell, i) => (row[i] = cell));
  cells.forEach((cell, i) => (row[first + i] = cell));
  return row.join(',');
}

/**
 * One row per arm with complications and complication stratum (ArmComplications.byStratum), scope
 * `complications-size`, `complications-grade` or `complications-site`, the stratum in subtype_id: the arm, its
 * schedule, the stratum's patients and its complication cells; every other cell empty.
 * @param results - the results of a run with `complications`
 * @param columns - the file's column count
 * @param firstComplicationColumn - index of complication_{first endpoint}_rate
 */
function complicationStratumRows(results: TrialResults, columns: number, firstComplicationColumn: number): string[] {
  return results.arms.flatMap((arm) =>
    (arm.complications?.byStratum ?? []).map((group) => {
      const cells = [...group.endpoints, group.complicationFreeControl].flatMap((rate) => [numberField(rate.rate), numberField(rate.rateCi95[0]), numberField(rate.rateCi95[1])]);
      return trailingStratumRow(arm, `complications-${group.by}`, group.stratum, group.patients, columns, firstComplicationColumn, cells);
    }),
  );
}

/**
 * One row per arm and progression stratum (ArmProgression.byStratum), scope `progression-grade` or
 * `progression-lesions`, the stratum in subtype_id (G1–G3; the number of lesions treated): the arm, its schedule, the
 * stratum's patients and its PFS and OS cells; every other cell empty.
 * @param results - the results of a run with `progression`
 * @param columns - the file's column count
 * @param firstProgressionColumn - index of the first progression column
 * @param times - the `followUp.at` times
 */
function progressionStratumRows(results: TrialResults, columns: number, firstProgressionColumn: number, times: readonly number[]): string[] {
  return results.arms.flatMap((arm) =>
    (arm.progression?.byStratum ?? []).map((group) =>
      trailingStratumRow(arm, `progression-${group.by}`, group.stratum, group.patients, columns, firstProgressionColumn, progressionCells(group, times)),
    ),
  );
}

/** The pathway columns, after all others: days to treatment, the share beyond 6 weeks from diagnosis, the diameter, unplanned excisions. */
const pathwayColumns = [
  'pathway_days_to_treatment_median',
  'pathway_symptom_to_diagnosis_days_median',
  'pathway_diagnosis_to_treatment_over_42d',
  'pathway_diagnosis_to_treatment_over_42d_ci95_lower',
  'pathway_diagnosis_to_treatment_over_42d_ci95_upper',
  'pathway_diameter_at_treatment_median_cm',
  'pathway_unplanned_excision_rate',
  'pathway_unplanned_excision_rate_ci95_lower',
  'pathway_unplanned_excision_rate_ci95_upper',
  'pathway_unplanned_excision_controlled',
];

/** The pathway cells of a row: filled on the arm row of an arm with a pathway, empty elsewhere. */
function pathwayCells(pathway: ArmPathway | undefined): string[] {
  if (pathway === undefined) return pathwayColumns.map(() => '');
  const ue = pathway.unplannedExcisions;
  return [
    pathway.daysToTreatment.median,
    pathway.symptomToDiagnosisDays.median,
    pathway.diagnosisToTreatmentOver42Days,
    ...pathway.diagnosisToTreatmentOver42DaysCi95,
    pathway.diameterAtTreatmentCm.median,
    ue.rate,
    ...ue.rateCi95,
    ue.controlled,
  ].map(numberField);
}

/** The diagnosis columns, after the pathway's: misdiagnosed and mistreated shares with intervals, the latter's control. */
const diagnosisColumns = [
  'diagnosis_misdiagnosed_rate',
  'diagnosis_misdiagnosed_rate_ci95_lower',
  'diagnosis_misdiagnosed_rate_ci95_upper',
  'diagnosis_mistreated_rate',
  'diagnosis_mistreated_rate_ci95_lower',
  'diagnosis_mistreated_rate_ci95_upper',
  'diagnosis_mistreated_controlled',
  'diagnosis_mistreated_controlled_if_right',
  'diagnosis_misgraded_rate',
  'diagnosis_partial_discordance_rate',
];

/** The diagnosis cells of a row: filled on the arm row of an arm with a treatment table (subtype, grade), empty elsewhere. */
function diagnosisCells(diagnosis: ArmDiagnosis | undefined): string[] {
  if (diagnosis === undefined) return diagnosisColumns.map(() => '');
  return [
    diagnosis.misdiagnosedRate,
    ...diagnosis.misdiagnosedRateCi95,
    diagnosis.mistreatedRate,
    ...diagnosis.mistreatedRateCi95,
    diagnosis.mistreatedControlled,
    diagnosis.mistreatedControlledIfRight,
    diagnosis.misgradedRate,
    diagnosis.partialDiscordanceRate,
  ].map(numberField);
}

/**
 * The text of arms.csv: a header line, then for each arm one row for the whole arm (`scope` = `arm`, empty
 * `subtype_id`) followed by one row per subtype (`scope` = `subtype`), then, with the local-control model, one row per
 * grade, margin class, size band and site (`scope` = `grade`, `margin`, `size` or `site`, the stratum in `subtype_id`;
 * mean_tcp empty). With `followUp.at`, two columns per time t follow the others: local_control_at_{t}y and
 * local_recurrence_at_{t}y, and after all of those the Wilson 95% interval of each local_control_at_{t}y:
 * local_control_at_{t}y_ci95_lower and local_control_at_{t}y_ci95_upper. When some arm treats lesions, the per-lesion
 * columns ({@link lesionCsvColumns}, then lesion_local_control_at_{t}y per time) come last, filled on the arm rows of
 * lesion arms (lesions and lesions_controlled are counts, the rest probabilities; lesions_per_patient a mean).
 * With `background`, the competing-event columns come last (competing_patients, then per endpoint — lrfs,
 * cif_local_recurrence, cif_other_cause_death, local_control_death_censored — and time t the value and its 95%
 * interval: {endpoint}_at_{t}y, {endpoint}_at_{t}y_ci95_lower, {endpoint}_at_{t}y_ci95_upper), filled on arm and
 * stratum rows, empty on subtype rows. With `metastasis` (which also brings the competing-event columns), then per
 * endpoint — dmfs, cif_metastasis, dss, os — and time t the value and its 95% interval in the same form.
 * With GARD (a subtype draws RSI, an arm prescribes by GARD, or the scenario gives `gardBands`), a last column
 * mean_gard (the arm's mean GARD, dimensionless, on arm rows) and, after an arm's other rows, one row per GARD band
 * (`scope` = `gard`, the band in `subtype_id`: `0-20`, …, `40+`, see {@link gardBandLabel}) with patients, controlled,
 * control_rate and its interval; the arm's schedule columns as on every row, the other columns empty.
 * With `complications`, the last columns are per scored endpoint complication_{endpoint}_rate with its Wilson 95%
 * interval (…_rate_ci95_lower, …_rate_ci95_upper), then complication_free_control_rate with its interval: filled on
 * the arm rows of arms with an operation before or after their radiotherapy, empty elsewhere; and after every other row
 * of the file one row per such arm and complication stratum (scope `complications-size`, `complications-grade` or
 * `complications-site`, the stratum in subtype_id; see complicationStratumRows).
 * With a diagnostic pathway on some arm, the very last columns: pathway_days_to_treatment_median (days from the first
 * doctor visit), pathway_symptom_to_diagnosis_days_median (days from the first symptom), pathway_diagnosis_to_treatment_over_42d with its Wilson interval, pathway_diameter_at_treatment_median_cm
 * (cm), pathway_unplanned_excision_rate with its interval and pathway_unplanned_excision_controlled (crude control
 * after one): filled on the arm rows of arms with a pathway, empty elsewhere. With `treatmentBySubtype` or `treatmentByGrade` on
 * some arm, after those: diagnosis_misdiagnosed_rate and diagnosis_mistreated_rate with their Wilson intervals, then
 * diagnosis_mistreated_controlled and diagnosis_mistreated_controlled_if_right (crude control of the mistreated as
 * treated and under the right treatment), diagnosis_misgraded_rate and diagnosis_partial_discordance_rate, on the arm
 * rows of such arms.
 * With `progression` (metastatic patients after SBRT), the very last columns: per time t
 * progression_free_survival_at_{t}y with its Wilson 95% interval (…_ci95_lower, …_ci95_upper), then
 * overall_survival_at_{t}y with its interval, on arm rows; and after every other row of the file one row per arm and
 * progression stratum (scope `progression-grade` or `progression-lesions`; see progressionStratumRows).
 * Comma-separated, `\n` line ends, UTF-8,
 * text quoted per RFC 4180 when needed; numbers in full precision as JSON writes them; an empty field where a
 * value is undefined (a statistic of an empty group, local control beyond follow-up, no organ at risk).
 *
 * Columns and units: arm_id, arm_name, scope, subtype_id (text); patients, fractions, controlled (counts);
 * total_dose_gy (Gy, physical); overall_time_days (days, first to last fraction); mean_tcp, mean_tcp_se,
 * control_rate, control_ci95_lower, control_ci95_upper (Wilson), local_control_1y/2y/5y (Kaplan–Meier), ntcp and
 * uncomplicated_control (arm rows only) — all probabilities in [0, 1].
 * @param results - the results of a run
 * @returns the CSV text, ending with a newline
 */
export function armsCsv(results: TrialResults): string {
  const times = results.followUp.at ?? [];
  // followUp.at adds a pair of columns per time at the end, so files without it keep their columns.
  const timeColumns = times.flatMap((t) => [`local_control_at_${t}y`, `local_recurrence_at_${t}y`]);
  // The intervals came later: after every existing column, so that files read by column position keep working.
  const intervalColumns = times.flatMap((t) => [`local_control_at_${t}y_ci95_lower`, `local_control_at_${t}y_ci95_upper`]);
  // Lesion columns only when some arm treats lesions, so other files keep their columns.
  const lesionArms = results.arms.some((arm) => arm.lesions !== undefined);
  const lesionColumns = lesionArms ? [...lesionCsvColumns, ...times.map((t) => `lesion_local_control_at_${t}y`)] : [];
  // Competing-event columns only with background (results.background), so other files keep their columns.
  const competing = results.background !== undefined || results.metastasis !== undefined;
  // Metastasis columns only with metastasis, after the competing-event ones.
  const metastasis = results.metastasis !== undefined;
  // The GARD column only when results report GARD, so other files keep their columns.
  const gard = results.arms.some((arm) => arm.gard !== undefined);
  // Complication columns only with `complications` (some arm reports them), after all others, so other files keep their columns.
  const scored = results.arms.find((arm) => arm.complications !== undefined)?.complications;
  const complicationHeads = scored === undefined ? [] : complicationColumns(scored.endpoints.map((rate) => rate.endpoint));
  // Pathway columns only when some arm has a pathway, after all others, so other files keep their columns.
  const pathway = results.arms.some((arm) => arm.pathway !== undefined);
  // Diagnosis columns only when some arm chooses its treatment by diagnosis, after the pathway's.
  const diagnosis = results.arms.some((arm) => arm.diagnosis !== undefined);
  // Progression columns only with `progression`, after all others, so other files keep their columns.
  const progression = results.progression !== undefined;
  const head = [...armsCsvColumns, ...timeColumns, ...intervalColumns, ...lesionColumns, ...(competing ? competingColumns(times) : []), ...(metastasis ? metastasisColumns(times) : []), ...(gard ? ['mean_gard'] : []), ...complicationHeads, ...(pathway ? pathwayColumns : []), ...(diagnosis ? diagnosisColumns : []), ...(progression ? progressionColumns(times) : [])];
  const lines = [head.join(',')];
  // A GARD band has no local-control curve: its time columns are empty.
  const noTimes = times.map(() => undefined);
  const noLocalControl = { year1: null, year2: null, year5: null } as const;
  for (const arm of results.arms) {
    type Group = Pick<GroupOutcome, 'patients' | 'controlled' | 'controlRate' | 'controlCi95' | 'localControl' | 'localControlAtTimes'> &
      Partial<Pick<GroupOutcome, 'meanTcp' | 'meanTcpSe'>> & { readonly competingEvents?: CompetingEventsOutcome };
    const row = (scope: 'arm' | 'subtype' | 'gard' | StratumOutcome['by'], subtype: string, group: Group, toxicity: boolean, lesions?: ArmLesions): string =>
      [
        textField(arm.id),
        textField(arm.name),
        scope,
        textField(subtype),
        numberField(group.patients),
        numberField(arm.fractions),
        numberField(arm.totalDose),
        numberField(arm.overallTime),
        numberField(group.meanTcp),
        numberField(group.meanTcpSe),
        numberField(group.controlled),
        numberField(group.controlRate),
        numberField(group.controlCi95[0]),
        numberField(group.controlCi95[1]),
        numberField(group.localControl.year1),
        numberField(group.localControl.year2),
        numberField(group.localControl.year5),
        numberField(toxicity ? arm.toxicity?.ntcp : undefined),
        numberField(toxicity ? arm.toxicity?.uncomplicatedControl : undefined),
        ...(group.localControlAtTimes ?? noTimes).flatMap((at) => [numberField(at?.localControl), numberField(at?.localRecurrence)]),
        ...(group.localControlAtTimes ?? noTimes).flatMap((at) => [numberField(at?.localControlCi95?.[0]), numberField(at?.localControlCi95?.[1])]),
        ...(lesionArms ? lesionCells(lesions, times) : []),
        ...(competing ? competingCells(group.competingEvents, times) : []),
        ...(metastasis ? metastasisCells(group.competingEvents, times) : []),
        ...(gard ? [numberField(scope === 'arm' ? arm.gard?.mean : undefined)] : []),
        ...(scored === undefined ? [] : complicationCells(scope === 'arm' ? arm.complications : undefined, complicationHeads.length)),
        ...(pathway ? pathwayCells(scope === 'arm' ? arm.pathway : undefined) : []),
        ...(diagnosis ? diagnosisCells(scope === 'arm' ? arm.diagnosis : undefined) : []),
        ...(progression ? progressionCells(scope === 'arm' ? arm.progression : undefined, times) : []),
      ].join(',');
    lines.push(row('arm', '', arm, true, arm.lesions));
    for (const group of arm.bySubtype) lines.push(row('subtype', group.subtype, group, false));
    for (const group of arm.byStratum ?? []) lines.push(row(group.by, group.stratum, group, false));
    for (const band of arm.gard?.bands ?? []) lines.push(row('gard', gardBandLabel(band), { ...band, localControl: noLocalControl }, false));
  }
  // Complication strata last, after every arm's rows, so that every earlier line keeps its place.
  if (scored !== undefined) {
    for (const line of complicationStratumRows(results, head.length, head.indexOf(complicationHeads[0] ?? ''))) lines.push(line);
  }
  // Progression strata after those, for the same reason.
  if (progression) {
    for (const line of progressionStratumRows(results, head.length, head.length - progressionColumns(times).length, times)) lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}
