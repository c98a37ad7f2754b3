import type { TrialResults } from '../cohort/TrialResults.js';
import { escapeXml } from '../charts/escapeXml.js';
import { forestPlot } from '../charts/forestPlot.js';
import type { ForestRow } from '../charts/forestPlot.js';
import { formatPercent } from '../charts/formatPercent.js';
import { formatPValue } from './formatPValue.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { lesionSection } from './lesionSection.js';
import { progressionSection } from './progressionSection.js';
import { complicationSection } from './complicationSection.js';
import { pathwaySection } from './pathwaySection.js';
import { competingEventsSection } from './competingEventsSection.js';
import { controlModelSentence } from './controlModelSentence.js';
import { metastasisSection } from './metastasisSection.js';
import { localControlChart } from '../charts/localControlChart.js';
import { formatTrialPatients } from './formatTrialPatients.js';
import { gardSection } from './gardSection.js';
import { reportPage } from './reportPage.js';
import { scheduleLabel } from './scheduleLabel.js';
import { seriesStyle } from '../charts/seriesStyle.js';
import { svgNumber } from '../charts/svgNumber.js';
import { tcpHistogramChart } from '../charts/tcpHistogramChart.js';
import { stratumCurvesSection } from './stratumCurvesSection.js';
import { uncertaintySection } from './uncertaintySection.js';
import { pairedDifferenceHtml } from './pairedDifferenceHtml.js';
import { formatSignedPointsInterval } from './formatSignedPointsInterval.js';
import { localControlShown } from './localControlShown.js';
import type { LocalControlGroup, LocalControlShown } from './localControlShown.js';
import { formatPrescribedDose } from './formatPrescribedDose.js';
import { chartScroll } from './chartScroll.js';

const tcpWithSe = (mean: number, se: number): string => `${formatPercent(mean, 1)} ± ${formatPercent(se, 2)}`;
const ci = (interval: readonly [number, number]): string => `[${formatPercent(interval[0])}, ${formatPercent(interval[1])}]`;

/**
 * The self-contained HTML report of a run: one file with inline CSS and inline SVG figures, no scripts, no
 * network access (a Content-Security-Policy forbids both), printable. It shows the scenario's name, hash, seed,
 * patients and the rtsim version; a table of arms (schedule, overall time, mean TCP ± SE, control rate with its
 * Wilson 95% interval, local control at the scenario's `followUp.at` times or else at those of 1, 2 and 5 years within the
 * follow-up, the total dose per patient when the results carry it, NTCP and uncomplicated control when scored: the
 * terminal's columns) and under it the model of local control of
 * each arm (controlModelSentence); a table of the compared pairs (ΔTCP with
 * its 95% interval, discordant pairs, McNemar and log-rank p, patients per arm for a real trial); Kaplan–Meier
 * local control curves; with `background`, the local-recurrence-free survival curves and the competing-event endpoints
 * (competingEventsSection); with the local-control model the table by grade, margin class, size band and site and their
 * local-control curves per arm (stratumCurvesSection); with GARD, the mean GARD and control by GARD band per arm
 * (gardSection); a forest plot of the paired differences; the per-patient TCP histogram of each arm on a
 * shared scale; the parameter uncertainty of a two-level run (uncertaintySection, when the results have it); the
 * by-subtype breakdown (LC at the `followUp.at` times, else at 2 and 5 years); and, when given, the scenario file itself. Every string from the
 * scenario is escaped. No timestamp: equal results give byte-identical reports.
 * @param results - the results of a run
 * @param scenarioText - the scenario file as written (optional), shown in a collapsed section
 * @returns the HTML document as text
 */
export function reportHtml(results: TrialResults, scenarioText?: string): string {
  const { arms, comparisons } = results;
  const subtypeNames = new Map(results.subtypes.map((subtype) => [subtype.id, subtype.name]));
  const armNames = new Map(arms.map((arm) => [arm.id, arm.name]));
  const toxicity = arms.some((arm) => arm.toxicity !== undefined);

  const meta: [string, string][] = [
    ['Scenario hash', results.scenario.hash],
    ['Seed', String(results.seed)],
    ['Virtual patients', String(results.patients)],
    ['Follow-up', `${svgNumber(results.followUp.years, 2)} years (time bins of ${svgNumber(results.followUp.binDays, 3)} days)`],
    ['rtsim version', `${results.rtsim.version} (results format ${results.rtsim.resultsFormat})`],
    ['Model version', String(results.rtsim.model)],
    ['Parameter library', `${results.rtsim.library.version} (${results.rtsim.library.hash})`],
  ];
  const metaList = meta.map(([term, value]) => `<dt>${escapeXml(term)}</dt><dd>${term === 'Scenario hash' ? `<code>${escapeXml(value)}</code>` : escapeXml(value)}</dd>`).join('');

  // LC at the scenario's followUp.at times, as the terminal shows them; without them, at the fixed times within the horizon.
  const times = results.followUp.at ?? [];
  const timeHead = times.map((t) => `LC ${svgNumber(t, 2)} y (%)`);
  const timeCells = (group: { readonly localControlAtTimes?: readonly { readonly localControl: number | null }[] }): string =>
    (group.localControlAtTimes ?? []).map((at) => htmlCell(formatPercent(at.localControl))).join('');
  const armLocalControl = localControlShown(results, [1, 2, 5]);
  const groupLocalControl = localControlShown(results, [2, 5]);
  const lcHead = (shown: LocalControlShown): string[] => shown.years.map((t) => `LC ${svgNumber(t, 2)} y (%)`);
  const lcCells = (group: LocalControlGroup, shown: LocalControlShown): string => shown.cells(group).map((cell) => htmlCell(formatPercent(cell.localControl))).join('');
  const doses = arms.some((arm) => arm.prescribedDose !== undefined);
  const armRows = arms.map(
    (arm) =>
      `<tr>${htmlCell(arm.name === arm.id ? arm.id : `${arm.name} (${arm.id})`, 'text')}${htmlCell(scheduleLabel(arm))}${htmlCell(svgNumber(arm.overallTime, 2))}` +
      `${htmlCell(tcpWithSe(arm.meanTcp, arm.meanTcpSe))}${htmlCell(`${formatPercent(arm.controlRate)} ${ci(arm.controlCi95)}`)}` +
      `${lcCells(arm, armLocalControl)}${doses ? htmlCell(formatPrescribedDose(arm.prescribedDose)) : ''}` +
      `${toxicity ? (arm.toxicity === undefined ? htmlCell('—') + htmlCell('—') : htmlCell(`${formatPercent(arm.toxicity.ntcp)} (${arm.toxicity.organ})`) + htmlCell(formatPercent(arm.toxicity.uncomplicatedControl))) : ''}</tr>`,
  );
  const armHead = [
    'Arm', 'Schedule', 'T (days)', 'Mean TCP ± SE (%)', 'Control rate [95% CI] (%)', ...lcHead(armLocalControl),
    ...(doses ? ['Total dose (Gy)'] : []), ...(toxicity ? ['NTCP (%)', 'Uncomplicated control (%)'] : []),
  ];

  const comparisonRows = comparisons.map(
    (pair) =>
      `<tr>${htmlCell(`${pair.a} − ${pair.b}`, 'text')}${htmlCell(formatSignedPointsInterval(pair.meanTcpDifference, pair.meanTcpDifferenceCi95))}` +
      `${htmlCell(`${pair.discordant.aOnly} / ${pair.discordant.bOnly}`)}${htmlCell(formatPValue(pair.mcnemarP))}${htmlCell(formatPValue(pair.logRankP))}` +
      `${htmlCell(formatTrialPatients(pair.trialPatientsPerArm))}</tr>`,
  );
  const comparisonHead = ['Comparison', 'ΔTCP [95% CI] (percentage points)', 'Controlled in a only / b only', 'McNemar p', 'Log-rank p', 'Patients per arm (α 0.05, power 0.8)'];

  const subtypeRows = arms.flatMap((arm) =>
    arm.bySubtype.map(
      (group) =>
        `<tr>${htmlCell(arm.id, 'text')}${htmlCell(subtypeNames.get(group.subtype) ?? group.subtype, 'text')}${htmlCell(String(group.patients))}` +
        `${htmlCell(tcpWithSe(group.meanTcp, group.meanTcpSe))}${htmlCell(`${formatPercent(group.controlRate)} ${ci(group.controlCi95)}`)}` +
        `${lcCells(group, groupLocalControl)}</tr>`,
    ),
  );

  // The local-control model: LC at the followUp.at times per arm, and by grade and margin class.
  const intervalCells = (group: LocalControlGroup): string =>
    groupLocalControl.cells(group).map((cell) => htmlCell(cell.localControlCi95 === null ? formatPercent(cell.localControl) : `${formatPercent(cell.localControl)} ${ci(cell.localControlCi95)}`)).join('');
  const timeRows = arms.map((arm) => `<tr>${htmlCell(arm.id, 'text')}${timeCells(arm)}${(arm.localControlAtTimes ?? []).map((at) => htmlCell(formatPercent(at.localRecurrence))).join('')}</tr>`);
  const stratumRows = arms.flatMap((arm) =>
    (arm.byStratum ?? []).map(
      (group) =>
        `<tr>${htmlCell(arm.id, 'text')}${htmlCell(group.by, 'text')}${htmlCell(group.stratum, 'text')}${htmlCell(String(group.patients))}` +
        `${htmlCell(`${formatPercent(group.controlRate)} ${ci(group.controlCi95)}`)}${intervalCells(group)}</tr>`,
    ),
  );
  const stratumHead = ['Arm', 'By', 'Stratum', 'Patients', 'Control rate [95% CI] (%)', ...groupLocalControl.years.map((t) => `LC ${svgNumber(t, 2)} y${times.length > 0 ? ' [95% CI]' : ''} (%)`)];

  // Zoom the local control axis when every curve stays high (the usual case for sarcoma), in steps of 10 %.
  const lowest = arms.reduce((low, arm) => arm.localControlCurve.reduce((l, value) => (Number.isFinite(value) ? Math.min(l, value) : l), low), 1);
  const yMin = lowest >= 0.5 ? Math.floor((lowest - 0.02) * 10) / 10 : 0;
  const localControl = localControlChart(
    { binDays: results.followUp.binDays, series: arms.map((arm) => ({ label: arm.id, curve: arm.localControlCurve })) },
    { yMin, title: yMin > 0 ? `Local control (Kaplan–Meier; the axis starts at ${Math.round(yMin * 100)} %)` : 'Local control (Kaplan–Meier)' },
  );

  const forestRows: ForestRow[] = comparisons.flatMap((pair) => [
    { label: `${pair.a} − ${pair.b}`, estimate: pair.meanTcpDifference, lower: pair.meanTcpDifferenceCi95[0], upper: pair.meanTcpDifferenceCi95[1] },
    ...(pair.bySubtype.length > 1
      ? pair.bySubtype.map((group) => ({
          label: `  ${subtypeNames.get(group.subtype) ?? group.subtype}`,
          estimate: group.meanTcpDifference,
          lower: group.meanTcpDifferenceCi95[0],
          upper: group.meanTcpDifferenceCi95[1],
        }))
      : []),
  ]);

  const shares = arms.flatMap((arm) => {
    const total = arm.tcpHistogram.counts.reduce((sum, count) => sum + count, 0);
    return total > 0 ? arm.tcpHistogram.counts.map((count) => count / total) : [];
  });
  const yMax = shares.reduce((highest, share) => Math.max(highest, share), 0.01);
  const histograms = arms.map((arm, index) =>
    tcpHistogramChart(arm.tcpHistogram, { title: armNames.get(arm.id) ?? arm.id, colour: seriesStyle(index).colour, yMax }),
  );

  const sections = [
    `<section><h2>Arms</h2>${htmlTable('Mean TCP: mean over patients of the Poisson TCP. Control rate: patients whose control draw succeeded, Wilson 95% interval. LC: Kaplan–Meier local control.', armHead, armRows)}<p class="note">${escapeXml(controlModelSentence(results))}</p></section>`,
    comparisons.length === 0
      ? ''
      : `<section><h2>Comparisons</h2>${htmlTable('Paired on the same virtual patients (common random numbers). ΔTCP: mean of TCP_a − TCP_b with its paired 95% interval; McNemar p paired. The log-rank p (local control) treats the arms as independent samples, so it is conservative.', comparisonHead, comparisonRows)}${pairedDifferenceHtml(
          comparisons,
          times,
          ['LC'],
          'Kaplan–Meier local control of arm a minus arm b at each follow-up time on the same virtual patients, in percentage points, with the paired 95% interval (from the patients with a local recurrence in one arm only).',
        )}</section>`,
    `<section><h2>Local control</h2>${chartScroll(localControl)}${
      times.length === 0
        ? ''
        : htmlTable(`Kaplan–Meier local control (LC, death ignored) at the follow-up times of the scenario, and LR = 1 − LC: the probability of a local recurrence by that time if no patient died${results.background === undefined ? '' : ', higher than the cumulative incidence of local recurrence with death as a competing risk (next section)'}.`, ['Arm', ...timeHead, ...times.map((t) => `LR ${svgNumber(t, 2)} y (%)`)], timeRows)
    }</section>`,
    competingEventsSection(results),
    metastasisSection(results),
    stratumRows.length === 0
      ? ''
      : `<section><h2>By grade, margin class, size and site</h2>${htmlTable('Local-control model (docs/local-control-model.md): each patient counts once by FNCLCC grade, once by the margin class of each arm (none: no surgery), once by tumour diameter and once by site. LC: Kaplan–Meier local control.', stratumHead, stratumRows)}</section>`,
    stratumCurvesSection(results),
    lesionSection(results),
    progressionSection(results),
    complicationSection(results),
    pathwaySection(results),
    gardSection(results),
    forestRows.length === 0 ? '' : `<section><h2>Paired differences in mean TCP</h2>${chartScroll(forestPlot(forestRows))}</section>`,
    uncertaintySection(results),
    `<section><h2>Tumour control probability per patient</h2><div class="grid">${histograms.map(chartScroll).join('')}</div></section>`,
    `<section><h2>By subtype</h2>${htmlTable('Subtype weights: ' + results.subtypes.map((s) => `${s.name} ${formatPercent(s.weight)} %`).join(', '), ['Arm', 'Subtype', 'Patients', 'Mean TCP ± SE (%)', 'Control rate [95% CI] (%)', ...lcHead(groupLocalControl)], subtypeRows)}</section>`,
    scenarioText === undefined ? '' : `<section><h2>Scenario file</h2><details><summary>Show the scenario as run</summary><pre>${escapeXml(scenarioText)}</pre></details></section>`,
  ];
  const name = escapeXml(results.scenario.name);
  const body =
    `<header><h1>${name}</h1><p class="subtitle">Virtual radiotherapy trial, simulated with rtsim</p><dl class="meta">${metaList}</dl></header>\n` +
    sections.filter((section) => section !== '').join('\n') +
    `\n<footer class="note"><p>Results are a function of the scenario, its seed and the patient count alone. ` +
    `Patients per arm: two proportions, two-sided α = 0.05, power 0.8. Models and conventions: docs of rtsim (models.md).</p></footer>`;
  return reportPage({ title: `${results.scenario.name} — rtsim report`, version: results.rtsim.version, body });
}
