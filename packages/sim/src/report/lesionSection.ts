import type { TrialResults } from '../cohort/TrialResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import { localControlChart } from '../charts/localControlChart.js';
import { svgNumber } from '../charts/svgNumber.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { localControlShown } from './localControlShown.js';
import { chartScroll } from './chartScroll.js';

/**
 * The report's section on the arms with `target: lesions`: a sentence on what per-lesion and per-patient local
 * control mean, a table per arm (lesions, lesions per patient, lesion control rate with its Wilson 95% interval,
 * per-lesion and per-patient Kaplan–Meier LC at the `followUp.at` times, or those of 1 and 2 years within the
 * follow-up), and the per-lesion
 * local-control curves.
 * @param results - the results of a run
 * @returns the section's HTML, or '' when no arm treats lesions
 */
export function lesionSection(results: TrialResults): string {
  const arms = results.arms.filter((arm) => arm.lesions !== undefined);
  if (arms.length === 0) return '';
  const shown = localControlShown(results, [1, 2]);
  const percent = (value: number | null): string => htmlCell(formatPercent(value));
  const rows = arms.map((arm) => {
    const lesions = arm.lesions;
    if (lesions === undefined) return '';
    const perLesion = shown.cells(lesions).map((cell) => cell.localControl);
    const perPatient = shown.cells(arm).map((cell) => cell.localControl);
    return (
      `<tr>${htmlCell(arm.id, 'text')}${htmlCell(String(lesions.lesions))}${htmlCell(svgNumber(lesions.meanPerPatient, 2))}` +
      `${htmlCell(`${formatPercent(lesions.controlRate)} [${formatPercent(lesions.controlCi95[0])}, ${formatPercent(lesions.controlCi95[1])}]`)}` +
      `${perLesion.map(percent).join('')}${perPatient.map(percent).join('')}</tr>`
    );
  });
  const labels = shown.years.map((t) => svgNumber(t, 2));
  const head = ['Arm', 'Lesions', 'Per patient', 'Lesion control [95% CI] (%)', ...labels.map((t) => `Lesion LC ${t} y (%)`), ...labels.map((t) => `Patient LC ${t} y (%)`)];
  const chart = localControlChart(
    { binDays: results.followUp.binDays, series: arms.map((arm) => ({ label: arm.id, curve: arm.lesions?.localControlCurve ?? [] })) },
    { title: 'Per-lesion local control (Kaplan–Meier over lesions)', id: 'lesion-local-control' },
  );
  const note =
    'SBRT at lesion level: each patient has one or more lesions sharing its biology, each with its own diameter, dose response and regrowth. ' +
    'Per-lesion LC counts every lesion (Kaplan–Meier over lesions; the interval treats lesions as independent, so it is too narrow); ' +
    'per-patient LC counts a patient as controlled only while every one of its lesions is, so with several lesions per patient it falls below the per-lesion LC.';
  return `<section><h2>Lesions</h2>${htmlTable(note, head, rows)}${chartScroll(chart)}</section>`;
}
