import { formatTrialPatients, localControlShown, scheduleLabel, trialPatientsShown } from '@rtsim/sim';
import type { TrialResults } from '@rtsim/sim';
import { formatNumber } from '../charts/formatNumber.js';
import { formatTableNumber } from '../charts/formatTableNumber.js';
import { dataTable as table } from '../ui/dataTable.js';
import { percentText } from './percentText.js';

const interval = (ci: readonly [number, number]): string => `${percentText(ci[0])} to ${percentText(ci[1])}`;
const pValue = (p: number): string => (!Number.isFinite(p) ? '—' : p < 0.0001 ? '< 0.0001' : formatNumber(p, 4));

/**
 * The arms of a trial as a table: schedule (sim's scheduleLabel, as the terminal and the report: `surgery alone`, a
 * mean for a per-patient prescription) and overall time, mean TCP ± SE, control rate with its Wilson 95% interval,
 * local control at the scenario's `followUp.at` times, else at 2 and 5 years within the follow-up (sim's
 * localControlShown, as the terminal), NTCP and uncomplicated control where an organ at risk is defined. The arm's id
 * (which labels the charts) is shown under its name; `—` where a value is missing (beyond the horizon, no organ at risk).
 * All text from the results (arm names come from the scenario file) is set with textContent.
 */
export function armsTable(results: TrialResults): HTMLElement {
  const hasToxicity = results.arms.some((arm) => arm.toxicity !== undefined);
  const localControl = localControlShown(results, [2, 5]);
  const head = ['Arm', 'Schedule', 'Mean TCP ± SE', 'Control rate (95% CI)', ...localControl.years.map((t) => `LC ${formatNumber(t, 2)} y`), ...(hasToxicity ? ['NTCP', 'P+'] : [])];
  const rows = results.arms.map((arm) => [
    { text: arm.name, sub: arm.id },
    `${scheduleLabel(arm)}, ${formatNumber(arm.overallTime, 1)} d`,
    `${percentText(arm.meanTcp)} ± ${percentText(arm.meanTcpSe, 2)}`,
    `${percentText(arm.controlRate)} (${interval(arm.controlCi95)})`,
    ...localControl.cells(arm).map((cell) => percentText(cell.localControl)),
    ...(hasToxicity
      ? [arm.toxicity ? { text: percentText(arm.toxicity.ntcp), title: arm.toxicity.organ } : '—', arm.toxicity ? percentText(arm.toxicity.uncomplicatedControl) : '—']
      : []),
  ]);
  return table(`Arms (${results.patients.toLocaleString('en')} virtual patients, seed ${results.seed})`, head, rows, 'arms-table');
}

/** Mean TCP of every arm within each subtype. */
export function subtypeTable(results: TrialResults): HTMLElement {
  const head = ['Subtype', 'Weight', ...results.arms.map((arm) => `${arm.name}: mean TCP`)];
  const rows = results.subtypes.map((subtype) => [
    { text: subtype.name, title: subtype.id },
    percentText(subtype.weight, 0),
    ...results.arms.map((arm) => {
      const group = arm.bySubtype.find((s) => s.subtype === subtype.id);
      return group ? `${percentText(group.meanTcp)} (n = ${group.patients})` : '—';
    }),
  ]);
  return table('Mean TCP by subtype', head, rows, 'subtype-table');
}

const points = (difference: number): string => `${formatTableNumber(difference * 100, 2)} pp`;
const pointsInterval = (ci: readonly [number, number]): string => `${formatTableNumber(ci[0] * 100, 2)} to ${formatTableNumber(ci[1] * 100, 2)}`;

/** Paired comparisons of arms: difference in mean TCP, discordant pairs, McNemar and log-rank p, trial size. */
export function comparisonsTable(results: TrialResults): HTMLElement {
  const name = (id: string): string => results.arms.find((arm) => arm.id === id)?.name ?? id;
  const head = ['Comparison', 'ΔTCP (95% CI)', 'Discordant (a only / b only)', 'McNemar p', 'Log-rank p', 'Patients per arm (80% power)'];
  const rows = results.comparisons.map((c) => [
    `${name(c.a)} − ${name(c.b)}`,
    `${points(c.meanTcpDifference)} (${pointsInterval(c.meanTcpDifferenceCi95)})`,
    `${c.discordant.aOnly} / ${c.discordant.bOnly}`,
    pValue(c.mcnemarP),
    pValue(c.logRankP),
    // Up to a million with thousands separators; beyond it the sim's `> 10⁶`, as the terminal and report print it.
    c.trialPatientsPerArm === null ? '—' : c.trialPatientsPerArm <= trialPatientsShown ? c.trialPatientsPerArm.toLocaleString('en') : formatTrialPatients(c.trialPatientsPerArm),
  ]);
  return table('Paired comparisons (same virtual patients in every arm)', head, rows, 'comparisons-table');
}

/**
 * With `followUp.at`, the pairs' paired difference in local control at each of those times with its 95% interval
 * (`—` beyond the horizon); undefined when no pair carries one.
 */
export function localControlDifferencesTable(results: TrialResults): HTMLElement | undefined {
  if (!results.comparisons.some((c) => c.localControlAtTimes !== undefined)) return undefined;
  const name = (id: string): string => results.arms.find((arm) => arm.id === id)?.name ?? id;
  const times = results.followUp.at ?? [];
  const head = ['Comparison', ...times.map((t) => `LC Δ ${formatNumber(t, 2)} y (95% CI)`)];
  const rows = results.comparisons.map((c) => [
    `${name(c.a)} − ${name(c.b)}`,
    ...times.map((t) => {
      const at = c.localControlAtTimes?.find((entry) => entry.years === t);
      if (at?.difference === null || at?.difference === undefined || at.differenceCi95 === null) return '—';
      return `${points(at.difference)} (${pointsInterval(at.differenceCi95)})`;
    }),
  ]);
  return table('Paired difference in local control at the follow-up times (same virtual patients in every arm)', head, rows, 'local-control-differences-table');
}
