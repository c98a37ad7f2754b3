import type { TrialResults } from '../cohort/TrialResults.js';
import { escapeXml } from './escapeXml.js';
import { forestPlot } from './forestPlot.js';
import type { ForestRow } from './forestPlot.js';
import { formatPercent } from './formatPercent.js';
import { formatPValue } from './formatPValue.js';
import { localControlChart } from './localControlChart.js';
import { okabeIto } from './okabeIto.js';
import { scheduleLabel } from './scheduleLabel.js';
import { svgNumber } from './svgNumber.js';
import { tcpHistogramChart } from './tcpHistogramChart.js';
import { uncertaintySection } from './uncertaintySection.js';

const style = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b1b1b; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.subtitle { color: #555; margin: 0 0 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { color: #555; } dl.meta dd { margin: 0; } code { font-size: .92em; word-break: break-all; }
table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid #e4e4e4; text-align: right; vertical-align: top; }
th { background: #f5f5f5; font-weight: 600; } th:first-child, td:first-child, td.text { text-align: left; } td { white-space: nowrap; } td.text { white-space: normal; }
.grid { display: flex; flex-wrap: wrap; gap: 1rem; } svg { max-width: 100%; height: auto; }
.note { color: #555; font-size: .9em; } pre { background: #f7f7f7; padding: .75rem; overflow: auto; font-size: 12px; }
@media print { body { margin: 0; } details { display: none; } }
`;

const cell = (text: string, className?: string): string => `<td${className === undefined ? '' : ` class="${className}"`}>${escapeXml(text)}</td>`;
const headerRow = (names: readonly string[]): string => `<tr>${names.map((name) => `<th scope="col">${escapeXml(name)}</th>`).join('')}</tr>`;
const table = (caption: string, head: readonly string[], rows: readonly string[]): string =>
  `<table><caption class="note">${escapeXml(caption)}</caption><thead>${headerRow(head)}</thead><tbody>${rows.join('')}</tbody></table>`;
const tcpWithSe = (mean: number, se: number): string => `${formatPercent(mean, 1)} ± ${formatPercent(se, 2)}`;
const ci = (interval: readonly [number, number]): string => `[${formatPercent(interval[0])}, ${formatPercent(interval[1])}]`;
const signedPoints = (value: number): string => (Number.isFinite(value) ? `${value > 0 ? '+' : ''}${formatPercent(value, 2)}` : '—');

/**
 * The self-contained HTML report of a run: one file with inline CSS and inline SVG figures, no scripts, no
 * network access (a Content-Security-Policy forbids both), printable. It shows the scenario's name, hash, seed,
 * patients and the rtsim version; a table of arms (schedule, overall time, mean TCP ± SE, control rate with its
 * Wilson 95% interval, local control at 1, 2, 5 years, NTCP when scored); a table of paired comparisons (ΔTCP with
 * its 95% interval, discordant pairs, McNemar and log-rank p, patients per arm for a real trial); Kaplan–Meier
 * local control curves; a forest plot of the paired differences; the per-patient TCP histogram of each arm on a
 * shared scale; the parameter uncertainty of a two-level run (uncertaintySection, when the results have it); the
 * by-subtype breakdown; and, when given, the scenario file itself. Every string from the
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
  ];
  const metaList = meta.map(([term, value]) => `<dt>${escapeXml(term)}</dt><dd>${term === 'Scenario hash' ? `<code>${escapeXml(value)}</code>` : escapeXml(value)}</dd>`).join('');

  const armRows = arms.map(
    (arm) =>
      `<tr>${cell(arm.name === arm.id ? arm.id : `${arm.name} (${arm.id})`, 'text')}${cell(scheduleLabel(arm))}${cell(svgNumber(arm.overallTime, 2))}` +
      `${cell(tcpWithSe(arm.meanTcp, arm.meanTcpSe))}${cell(`${formatPercent(arm.controlRate)} ${ci(arm.controlCi95)}`)}` +
      `${cell(formatPercent(arm.localControl.year1))}${cell(formatPercent(arm.localControl.year2))}${cell(formatPercent(arm.localControl.year5))}` +
      `${toxicity ? cell(arm.toxicity === undefined ? '—' : `${formatPercent(arm.toxicity.ntcp)} (${arm.toxicity.organ})`) : ''}</tr>`,
  );
  const armHead = ['Arm', 'Schedule', 'T (days)', 'Mean TCP ± SE (%)', 'Control rate [95% CI] (%)', 'LC 1 y (%)', 'LC 2 y (%)', 'LC 5 y (%)', ...(toxicity ? ['NTCP (%)'] : [])];

  const comparisonRows = comparisons.map(
    (pair) =>
      `<tr>${cell(`${pair.a} − ${pair.b}`, 'text')}${cell(`${signedPoints(pair.meanTcpDifference)} [${signedPoints(pair.meanTcpDifferenceCi95[0])}, ${signedPoints(pair.meanTcpDifferenceCi95[1])}]`)}` +
      `${cell(`${pair.discordant.aOnly} / ${pair.discordant.bOnly}`)}${cell(formatPValue(pair.mcnemarP))}${cell(formatPValue(pair.logRankP))}` +
      `${cell(pair.trialPatientsPerArm === null ? '—' : String(pair.trialPatientsPerArm))}</tr>`,
  );
  const comparisonHead = ['Comparison', 'ΔTCP [95% CI] (percentage points)', 'Controlled in a only / b only', 'McNemar p', 'Log-rank p', 'Patients per arm (α 0.05, power 0.8)'];

  const subtypeRows = arms.flatMap((arm) =>
    arm.bySubtype.map(
      (group) =>
        `<tr>${cell(arm.id, 'text')}${cell(subtypeNames.get(group.subtype) ?? group.subtype, 'text')}${cell(String(group.patients))}` +
        `${cell(tcpWithSe(group.meanTcp, group.meanTcpSe))}${cell(`${formatPercent(group.controlRate)} ${ci(group.controlCi95)}`)}` +
        `${cell(formatPercent(group.localControl.year2))}${cell(formatPercent(group.localControl.year5))}</tr>`,
    ),
  );

  // Zoom the local control axis when every curve stays high (the usual case for sarcoma), in steps of 10 %.
  const lowest = Math.min(1, ...arms.flatMap((arm) => arm.localControlCurve.filter(Number.isFinite)));
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
  const yMax = Math.max(0.01, ...shares);
  const histograms = arms.map((arm, index) =>
    tcpHistogramChart(arm.tcpHistogram, { title: armNames.get(arm.id) ?? arm.id, colour: okabeIto[index % okabeIto.length] as string, yMax }),
  );

  const sections = [
    `<section><h2>Arms</h2>${table('Mean TCP: mean over patients of the Poisson TCP. Control rate: patients whose control draw succeeded, Wilson 95% interval. LC: Kaplan–Meier local control.', armHead, armRows)}</section>`,
    comparisons.length === 0
      ? ''
      : `<section><h2>Comparisons</h2>${table('Paired on the same virtual patients (common random numbers). ΔTCP: mean of TCP_a − TCP_b with its paired 95% interval.', comparisonHead, comparisonRows)}</section>`,
    `<section><h2>Local control</h2>${localControl}</section>`,
    forestRows.length === 0 ? '' : `<section><h2>Paired differences in mean TCP</h2>${forestPlot(forestRows)}</section>`,
    uncertaintySection(results),
    `<section><h2>Tumour control probability per patient</h2><div class="grid">${histograms.join('')}</div></section>`,
    `<section><h2>By subtype</h2>${table('Subtype weights: ' + results.subtypes.map((s) => `${s.name} ${formatPercent(s.weight)} %`).join(', '), ['Arm', 'Subtype', 'Patients', 'Mean TCP ± SE (%)', 'Control rate [95% CI] (%)', 'LC 2 y (%)', 'LC 5 y (%)'], subtypeRows)}</section>`,
    scenarioText === undefined ? '' : `<section><h2>Scenario file</h2><details><summary>Show the scenario as run</summary><pre>${escapeXml(scenarioText)}</pre></details></section>`,
  ];
  const name = escapeXml(results.scenario.name);
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="generator" content="rtsim ${escapeXml(results.rtsim.version)}">\n` +
    `<title>${name} — rtsim report</title>\n<style>${style}</style>\n</head>\n<body>\n` +
    `<header><h1>${name}</h1><p class="subtitle">Virtual radiotherapy trial, simulated with rtsim</p><dl class="meta">${metaList}</dl></header>\n` +
    sections.filter((section) => section !== '').join('\n') +
    `\n<footer class="note"><p>Results are a function of the scenario, its seed and the patient count alone. ` +
    `Patients per arm: two proportions, two-sided α = 0.05, power 0.8. Models and conventions: docs of rtsim (models.md).</p></footer>\n</body>\n</html>\n`
  );
}
