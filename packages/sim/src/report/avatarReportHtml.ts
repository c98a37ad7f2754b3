import type { AvatarAnalysis } from '../avatar/avatarAnalysis.js';
import { avatarAssumptions } from '../avatar/avatarAssumptions.js';
import { avatarRankingSummary } from '../avatar/avatarRankingSummary.js';
import type { AvatarInterval } from '../avatar/fitAvatar.js';
import { avatarSurvivalChart } from './avatarSurvivalChart.js';
import { avatarTcpChart } from './avatarTcpChart.js';
import { escapeXml } from './escapeXml.js';
import { formatPercent } from './formatPercent.js';
import { formatSignificant } from './formatSignificant.js';
import { svgNumber } from './svgNumber.js';

const style = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b1b1b; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.subtitle { color: #555; margin: 0 0 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { color: #555; } dl.meta dd { margin: 0; }
table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid #e4e4e4; text-align: right; vertical-align: top; }
th { background: #f5f5f5; font-weight: 600; } th:first-child, td:first-child, td.text { text-align: left; } td { white-space: nowrap; } td.text { white-space: normal; }
svg { max-width: 100%; height: auto; } .note { color: #555; font-size: .9em; } .ranking { font-weight: 600; }
@media print { body { margin: 0; } details { display: none; } }
`;

const significant = formatSignificant;
const interval = ([lower, upper]: AvatarInterval, digits = 3): string =>
  `[${significant(lower, digits)}, ${upper === Infinity ? '∞' : significant(upper, digits)}]`;
const cell = (text: string, className?: string): string => `<td${className === undefined ? '' : ` class="${className}"`}>${escapeXml(text)}</td>`;
const table = (caption: string, head: readonly string[], rows: readonly string[]): string =>
  `<table><caption class="note">${escapeXml(caption)}</caption><thead><tr>${head.map((name) => `<th scope="col">${escapeXml(name)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;

/**
 * avatar.html: the self-contained report of `rtsim avatar` (inline CSS and SVG, no scripts, no network: a
 * Content-Security-Policy forbids both). It shows the data file and settings; the fit (α, β, α/β with 95% intervals,
 * standard errors, the distribution the intervals use, residual dispersion, plating efficiency for colonies); the
 * fitted survival curve with its band over the data points (log scale, error bars when SDs are known); the tumour's
 * N₀ and kinetics with their sources; the schedule table (TCP at the fit with its 95% interval, mean TCP, P(best),
 * P(above the next)); the TCP chart, best first; the ranking sentence; the assumptions; and the data table. Every
 * string from the inputs is escaped. No timestamp.
 * @param analysis - from {@link avatarAnalysis}
 * @param meta - rtsim version and the data file's name
 * @returns the HTML document as text
 */
export function avatarReportHtml(analysis: AvatarAnalysis, meta: { readonly version: string; readonly dataFile: string }): string {
  const { fit, tumour, comparison, observations } = analysis;
  const metaRows: [string, string][] = [
    ['Data file', meta.dataFile],
    ['Data', `${fit.kind === 'colonies' ? 'colony counts (Poisson fit with free plating efficiency)' : 'surviving fractions (weighted least squares on ln SF)'}: ${fit.points} rows, ${fit.doseLevels} dose levels`],
    ['Draws, seed', `${comparison.draws}, ${comparison.seed}`],
    ['rtsim version', meta.version],
  ];
  const metaList = metaRows.map(([term, value]) => `<dt>${escapeXml(term)}</dt><dd>${escapeXml(value)}</dd>`).join('');
  const fitRows = [
    `<tr>${cell('α (1/Gy)', 'text')}${cell(significant(fit.alpha))}${cell(significant(fit.alphaSe, 2))}${cell(interval(fit.alphaCi95))}</tr>`,
    `<tr>${cell('β (1/Gy²)', 'text')}${cell(significant(fit.beta))}${cell(significant(fit.betaSe, 2))}${cell(interval(fit.betaCi95))}</tr>`,
    `<tr>${cell('α/β (Gy)', 'text')}${cell(fit.alphaBeta === Infinity ? '∞' : significant(fit.alphaBeta))}${cell('—')}${cell(`${interval(fit.alphaBetaCi95)} (Fieller)`)}</tr>`,
    ...(fit.platingEfficiency === undefined
      ? []
      : [`<tr>${cell('plating efficiency', 'text')}${cell(significant(fit.platingEfficiency))}${cell(significant(fit.platingEfficiencySe ?? Number.NaN, 2))}${cell('—')}</tr>`]),
  ];
  const fitNote =
    `95% intervals: estimate ± ${significant(fit.quantile, 4)} × SE (${fit.distribution === 'student-t' ? `Student t, ${fit.degreesOfFreedom} degrees of freedom: error scale estimated from the residuals` : 'normal: error scale known'}), lower ends clipped at 0. ` +
    `${fit.kind === 'colonies' ? `Pearson dispersion X²/df ${significant(fit.dispersion)}${fit.distribution === 'student-t' ? ' (applied to the covariance)' : ''}` : fit.distribution === 'normal' ? `χ²/df with the SDs given ${significant(fit.dispersion)} (≈ 1 when the SDs are right)` : `Residual variance of ln SF ${significant(fit.dispersion)}`}${fit.bound === 'none' ? '' : `; the constraint α, β ≥ 0 held ${fit.bound === 'both' ? 'α and β' : fit.bound === 'alpha' ? 'α' : 'β'} at 0`}.`;
  const rowsByRank = [...comparison.schedules].sort((a, b) => a.rank - b.rank);
  const scheduleRows = rowsByRank.map(
    (row) =>
      `<tr>${cell(String(row.rank))}${cell(row.label, 'text')}${cell(`${svgNumber(row.totalDose, 2)} Gy / ${row.fractions}`)}${cell(svgNumber(row.overallTime, 2))}` +
      `${cell(significant(row.log10SurvivingClonogens))}${cell(formatPercent(row.tcp))}${cell(`[${formatPercent(row.tcpCi95[0])}, ${formatPercent(row.tcpCi95[1])}]`)}` +
      `${cell(formatPercent(row.tcpMean))}${cell(formatPercent(row.probabilityBest))}${cell(row.probabilityAboveNext === null ? '—' : formatPercent(row.probabilityAboveNext))}</tr>`,
  );
  const scheduleHead = ['Rank', 'Schedule', 'Dose / fractions', 'T (days)', 'log₁₀ N₀SG', 'TCP at fit (%)', '95% interval (%)', 'Mean TCP (%)', 'P(best) (%)', 'P(above next) (%)'];
  const tumourRows = [
    `<tr>${cell('Clonogens N₀', 'text')}${cell(tumour.clonogens.toExponential(2))}${cell(tumour.sources.clonogens, 'text')}</tr>`,
    `<tr>${cell('Doubling time T_d (days)', 'text')}${cell(significant(tumour.doublingTime))}${cell(tumour.sources.doublingTime, 'text')}</tr>`,
    `<tr>${cell('Kick-off time T_k (days)', 'text')}${cell(significant(tumour.kickoffTime))}${cell(tumour.sources.kickoffTime, 'text')}</tr>`,
  ];
  const dataRows = observations.map(
    (point) => `<tr>${cell(String(point.row))}${cell(significant(point.dose))}${cell(significant(point.survivingFraction, 4))}${cell(point.sd === undefined ? '—' : significant(point.sd, 3))}</tr>`,
  );
  const survival = avatarSurvivalChart({ points: observations, curve: analysis.curve });
  const tcp = avatarTcpChart(rowsByRank.map((row) => ({ label: row.label, tcp: row.tcp, lower: row.tcpCi95[0], upper: row.tcpCi95[1], probabilityBest: row.probabilityBest })));
  const sections = [
    fit.ok ? '' : '<section><h2>The fit failed</h2><p>The data could not be fitted; no numbers below are meaningful.</p></section>',
    `<section><h2>Fit</h2>${table(fitNote, ['Parameter', 'Estimate', 'SE', '95% interval'], fitRows)}${survival}<p class="note">Shaded: pointwise 95% band of the fitted curve. ${fit.kind === 'colonies' ? 'Colony counts are shown as colonies/(cells seeded × fitted plating efficiency), error bars ± Poisson SD.' : 'Error bars: ± SD as given.'}</p></section>`,
    `<section><h2>Tumour</h2>${table('Not measured on the avatar: library values unless given (docs/parameters.md).', ['Quantity', 'Value', 'Source'], tumourRows)}</section>`,
    `<section><h2>Schedules</h2><p class="ranking">${escapeXml(avatarRankingSummary(comparison))}</p>` +
      `${table(`TCP = exp(−N₀·S·G) at the fitted α, β; 95% interval and mean over ${comparison.draws} draws from the ${comparison.sampling}. P(above next): share of draws in which a schedule beats the one ranked below it.`, scheduleHead, scheduleRows)}${tcp}</section>`,
    `<section><h2>Assumptions</h2><ul>${avatarAssumptions.map((text) => `<li>${escapeXml(text)}</li>`).join('')}</ul></section>`,
    `<section><h2>Data</h2><details><summary>Show the ${observations.length} data points</summary>${table('Rows as numbered in the file (header = row 1 when no comment lines precede it).', ['Row', 'Dose (Gy)', 'SF', 'SD'], dataRows)}</details></section>`,
  ];
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="generator" content="rtsim ${escapeXml(meta.version)}">\n` +
    `<title>${escapeXml(meta.dataFile)} — rtsim avatar</title>\n<style>${style}</style>\n</head>\n<body>\n` +
    `<header><h1>Avatar: ${escapeXml(meta.dataFile)}</h1><p class="subtitle">Schedules compared for one patient from a patient-derived model, with rtsim</p><dl class="meta">${metaList}</dl></header>\n` +
    sections.filter((section) => section !== '').join('\n') +
    `\n<footer class="note"><p>Teaching and research tool: not for clinical decisions. Models and conventions: docs/avatars.md.</p></footer>\n</body>\n</html>\n`
  );
}
