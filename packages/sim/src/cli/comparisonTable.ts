import type { StratumDimension } from '../cohort/LocalControlPlan.js';
import type { TrialResults, MetastasisAtTime } from '../cohort/TrialResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import { formatPValue } from '../report/formatPValue.js';
import { scheduleLabel } from '../report/scheduleLabel.js';
import { svgNumber } from '../charts/svgNumber.js';
import { localControlShown } from '../report/localControlShown.js';
import { formatFixed } from '../charts/formatFixed.js';
import { formatTrialPatients } from '../report/formatTrialPatients.js';
import { formatPrescribedDose } from '../report/formatPrescribedDose.js';
import { terminalText } from './terminalText.js';
import { stratumTable } from './stratumTable.js';
import { lesionTable } from './lesionTable.js';
import { progressionTable } from './progressionTable.js';
import { complicationTable } from './complicationTable.js';
import { pathwayTable } from './pathwayTable.js';
import { textTable } from './textTable.js';
import { survivalAt } from '../stats/survivalAt.js';
import { competingEventsComparisonCells, competingEventsComparisonHeads } from '../report/competingEventsComparisonCells.js';
import { metastasisComparisonCells, metastasisComparisonHeads } from '../report/metastasisComparisonCells.js';
import { pairedDifferenceText } from './pairedDifferenceText.js';
import { controlModelSentence } from '../report/controlModelSentence.js';
import { incidenceDifferenceNote } from '../report/incidenceDifferenceNote.js';
import { competingDeathCause } from '../report/competingDeathCause.js';
import { formatSignedPointsInterval } from '../report/formatSignedPointsInterval.js';


/**
 * The table `rtsim run` prints: a title line (scenario, patients, seed), then per arm the schedule, overall time
 * T (days), mean TCP ± SE (%), control rate with its Wilson 95% interval (%) and Kaplan–Meier local control at 2
 * and 5 years (%; those within the follow-up horizon, localControlShown); then per compared pair of arms (results.comparisons: by default the first arm with each other)
 * the paired difference in mean TCP with its 95% interval (percentage
 * points), McNemar's p, the log-rank p and the patients per arm a real trial would need (α = 0.05 two-sided,
 * power 0.8; `—` when the control rates are equal, `> 10⁶` above a million), and with `followUp.at` their paired
 * difference in LC (death ignored) at those times. When the results carry them, two more arm columns: the total
 * dose per patient (Gy, mean ± SD and range: a GARD-prescribed arm against the one-dose-for-all arms) and the mean
 * GARD; when an arm scores an organ at risk, its NTCP (%, with the organ) and the uncomplicated control
 * TCP·(1 − NTCP) (%). Under the arms, the model of local control of each arm (controlModelSentence). With `followUp.at`, LC at those times replaces the 2- and 5-year columns; with the local-control model,
 * the table by stratum (stratumTable; grade and margin class unless `by` says otherwise) follows the arms, then the
 * per-lesion table of lesion arms (lesionTable) and, with `complications`, the complications tables (complicationTable). With `background`, LRFS (local recurrence or death: from other causes,
 * from any cause with `metastasis` or `progression`) at the same times follows the LC columns, a note under the table says what each counts, and after the pairs a
 * second table compares them on LRFS and LC with death censored (competingEventsComparisonCells) up to τ. With
 * `progression`, last, PFS and OS after SBRT per arm and the pairs compared on them (progressionTable).
 * @param results - the results of a run
 * @param by - the strata dimensions to show (`rtsim run --by`; default grade and margin class)
 * @returns the text, ending with a newline
 */
export function comparisonTable(results: TrialResults, by?: readonly StratumDimension[]): string {
  const title = `${terminalText(results.scenario.name)}: ${results.patients} virtual patients, seed ${results.seed}\n\n`;
  const doses = results.arms.some((arm) => arm.prescribedDose !== undefined);
  const gard = results.arms.some((arm) => arm.gard !== undefined);
  const toxicity = results.arms.some((arm) => arm.toxicity !== undefined);
  const extraHeads = [...(doses ? ['total dose (Gy)'] : []), ...(gard ? ['mean GARD'] : []), ...(toxicity ? ['NTCP (%)', 'uncomplicated control (%)'] : [])];
  const extraCells = (arm: TrialResults['arms'][number]): string[] => [
    ...(doses ? [formatPrescribedDose(arm.prescribedDose)] : []),
    ...(gard ? [arm.gard === undefined ? '—' : formatFixed(arm.gard.mean, 1)] : []),
    ...(toxicity
      ? arm.toxicity === undefined
        ? ['—', '—']
        : [`${formatPercent(arm.toxicity.ntcp)} (${terminalText(arm.toxicity.organ)})`, formatPercent(arm.toxicity.uncomplicatedControl)]
      : []),
  ];
  // With followUp.at, LC at those times replaces the fixed 2- and 5-year columns (those within the horizon).
  const times = results.followUp.at;
  const localControl = localControlShown(results, [2, 5]);
  const lcHeads = localControl.years.map((t) => `LC ${svgNumber(t, 2)} y (%)`);
  const lcCells = (arm: TrialResults['arms'][number]): string[] => localControl.cells(arm).map((cell) => formatPercent(cell.localControl));
  // With background, LRFS beside LC: at the followUp.at times, else at the fixed times from the curve.
  const background = results.background;
  const lrfsYears = localControl.years;
  const lrfsHeads = background === undefined ? [] : lrfsYears.map((t) => `LRFS ${svgNumber(t, 2)} y (%)`);
  const lrfsCells = (arm: TrialResults['arms'][number]): string[] => {
    const events = arm.competingEvents;
    if (background === undefined) return [];
    if (events === undefined) return lrfsYears.map(() => '—');
    const curve = events.curves?.localRecurrenceFreeSurvival ?? [];
    return times === undefined
      ? lrfsYears.map((t) => formatPercent(survivalAt(curve, results.followUp.binDays, 52 * t * results.followUp.binDays)))
      : (events.atTimes ?? []).map((at) => formatPercent(at.localRecurrenceFreeSurvival));
  };
  // With metastasis, DMFS and OS after LRFS, at the same times.
  const metastasisModel = results.metastasis;
  const survivalHeads =
    metastasisModel === undefined ? [] : [...lrfsYears.map((t) => `DMFS ${svgNumber(t, 2)} y (%)`), ...lrfsYears.map((t) => `OS ${svgNumber(t, 2)} y (%)`)];
  const survivalCells = (arm: TrialResults['arms'][number]): string[] => {
    if (metastasisModel === undefined) return [];
    const metastasis = arm.competingEvents?.metastasis;
    if (metastasis === undefined) return survivalHeads.map(() => '—');
    const at = (curve: readonly number[], pick: (time: MetastasisAtTime) => number | null): string[] =>
      times === undefined
        ? lrfsYears.map((t) => formatPercent(survivalAt(curve, results.followUp.binDays, 52 * t * results.followUp.binDays)))
        : (metastasis.atTimes ?? []).map((time) => formatPercent(pick(time)));
    return [
      ...at(metastasis.curves?.distantMetastasisFreeSurvival ?? [], (time) => time.distantMetastasisFreeSurvival),
      ...at(metastasis.curves?.overallSurvival ?? [], (time) => time.overallSurvival),
    ];
  };
  const arms = textTable(
    ['arm', 'schedule', 'T (d)', 'mean TCP ± SE (%)', 'control rate [95% CI] (%)', ...lcHeads, ...lrfsHeads, ...survivalHeads, ...extraHeads],
    results.arms.map((arm) => [
      terminalText(arm.id),
      scheduleLabel(arm),
      svgNumber(arm.overallTime, 2),
      `${formatPercent(arm.meanTcp, 1)} ± ${formatPercent(arm.meanTcpSe, 2)}`,
      `${formatPercent(arm.controlRate)} [${formatPercent(arm.controlCi95[0])}, ${formatPercent(arm.controlCi95[1])}]`,
      ...lcCells(arm),
      ...lrfsCells(arm),
      ...survivalCells(arm),
      ...extraCells(arm),
    ]),
    ['l', 'l', 'r', 'r', 'r', ...lcHeads.map((): 'r' => 'r'), ...lrfsHeads.map((): 'r' => 'r'), ...survivalHeads.map((): 'r' => 'r'), ...extraHeads.map((): 'r' => 'r')],
  );
  const note =
    metastasisModel !== undefined
      ? `LC: local recurrence, death ignored. LRFS: local recurrence or death from any cause. DMFS: metastasis, death from other causes censored. OS: death from sarcoma or other causes${background === undefined ? ' (no background: sarcoma only)' : ` (${terminalText(background.lifeTable)})`}; metastasis era ${svgNumber(metastasisModel.era, 0)}.\n`
      : background === undefined
      ? ''
      : results.progression !== undefined
      ? `LC: local recurrence, death ignored. LRFS: local recurrence or death from any cause (sarcoma after SBRT, progression model; other causes ${terminalText(background.lifeTable)}, ${svgNumber(100 * background.femaleShare, 1)} % women).\n`
      : `LC: local recurrence, death from other causes ignored. LRFS: local recurrence or death from other causes (${terminalText(background.lifeTable)}, ${svgNumber(100 * background.femaleShare, 1)} % women); no sarcoma deaths yet.\n`;
  const lesions = `${results.arms.some((arm) => arm.lesions !== undefined) ? `\n${lesionTable(results)}` : ''}${results.arms.some((arm) => arm.complications !== undefined) ? `\n${complicationTable(results)}` : ''}${results.arms.some((arm) => arm.pathway !== undefined || arm.diagnosis !== undefined) ? `\n${pathwayTable(results)}` : ''}`;
  const strata = `${results.arms.some((arm) => arm.byStratum !== undefined) ? `\n${stratumTable(results, by)}` : ''}${lesions}`;
  // Which model of local control made each arm's numbers, on a line of its own under the arms (and their note).
  const model = `${terminalText(controlModelSentence(results))}\n`;
  if (results.comparisons.length === 0) return `${title}${arms}${note}${model}${strata}${progressionTable(results)}`;
  const pairs = textTable(
    ['comparison', 'ΔTCP [95% CI] (points)', 'McNemar p', 'log-rank p', 'patients/arm'],
    results.comparisons.map((pair) => [
      terminalText(`${pair.a} − ${pair.b}`),
      formatSignedPointsInterval(pair.meanTcpDifference, pair.meanTcpDifferenceCi95),
      formatPValue(pair.mcnemarP),
      formatPValue(pair.logRankP),
      formatTrialPatients(pair.trialPatientsPerArm),
    ]),
    ['l', 'r', 'r', 'r', 'r'],
  );
  const pairsNote = 'ΔTCP interval and McNemar p: paired. Log-rank p (local control): the arms as independent samples (conservative).\n';
  const localControlPairs = pairedDifferenceText(results.comparisons, results.followUp.at ?? [], ['LC'], 'Δ: local control a − b at that time on the same patients, with the paired 95% interval.');
  return `${title}${arms}${note}${model}${strata}\n${pairs}${pairsNote}${localControlPairs}${competingPairs(results)}${progressionTable(results)}`;
}

/** With `background`, the pairs compared on LRFS and on LC with death censored, and what τ and the intervals mean; with `metastasis`, on DMFS, DSS and OS. */
function competingPairs(results: TrialResults): string {
  const first = results.comparisons.find((pair) => pair.competingEvents !== undefined)?.competingEvents;
  if (first === undefined) return '';
  const table = textTable(
    ['comparison', ...competingEventsComparisonHeads],
    results.comparisons.map((pair) => [terminalText(`${pair.a} vs ${pair.b}`), ...competingEventsComparisonCells(pair)]),
    ['l', ...competingEventsComparisonHeads.map((): 'r' => 'r')],
  );
  const note =
    `HR: Cox (Efron ties), arm a to arm b (< 1: fewer events in a; — when an arm has no events). ΔRMST: restricted mean time free of the event up to ${svgNumber(first.restrictedMeanYears, 2)} y, a − b. ` +
    'The log-rank p and the HR and ΔRMST intervals treat the paired arms as independent (conservative). Trial: 1:1, log-rank α 0.05 two-sided, power 0.8, everyone followed to that time.\n';
  // With `metastasis`, the pairs on DMFS, DSS and OS too (the same HR, p and trial size).
  const metastasis =
    first.overallSurvival === undefined
      ? ''
      : `\n${textTable(
          ['comparison', ...metastasisComparisonHeads],
          results.comparisons.map((pair) => [terminalText(`${pair.a} vs ${pair.b}`), ...metastasisComparisonCells(pair)]),
          ['l', ...metastasisComparisonHeads.map((): 'r' => 'r')],
        )}DMFS: metastasis, death from other causes censored. DSS: death from sarcoma, death from other causes censored. OS: death from any cause the scenario models. HR, log-rank p and trial as above.\n`;
  const times = results.followUp.at ?? [];
  const pairedTable = pairedDifferenceText(results.comparisons, times, ['LRFS', 'OS'], 'Δ: event-free survival a − b at that time on the same patients, with the paired 95% interval.');
  const incidenceTable = pairedDifferenceText(
    results.comparisons,
    times,
    ['CIF LR', 'CIF DM', 'CIF DOD'],
    (shown) => `Δ: cumulative incidence a − b at that time on the same patients, with the paired 95% interval; ${incidenceDifferenceNote(shown, competingDeathCause(results))}.`,
  );
  return `\n${table}${note}${metastasis}${pairedTable}${incidenceTable}`;
}
