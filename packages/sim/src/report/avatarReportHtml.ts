import type { AvatarAnalysis } from '../avatar/avatarAnalysis.js';
import { avatarAssumptions } from '../avatar/avatarAssumptions.js';
import { avatarRankingSummary } from './avatarRankingSummary.js';
import type { AvatarInterval } from '../avatar/fitAvatar.js';
import { avatarSurvivalChart } from '../charts/avatarSurvivalChart.js';
import { avatarTcpChart } from '../charts/avatarTcpChart.js';
import { escapeXml } from '../charts/escapeXml.js';
import { formatPercent } from '../charts/formatPercent.js';
import { formatSignificant } from './formatSignificant.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { reportPage } from './reportPage.js';
import { svgNumber } from '../charts/svgNumber.js';
import { chartScroll } from './chartScroll.js';

const significant = formatSignificant;
const interval = ([lower, upper]: AvatarInterval, digits = 3): string =>
  `[${significant(lower, digits)}, ${upper === Infinity ? '∞' : significant(upper, digits)}]`;

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
    `<tr>${htmlCell('α (1/Gy)', 'text')}${htmlCell(significant(fit.alpha))}${htmlCell(significant(fit.alphaSe, 2))}${htmlCell(interval(fit.alphaCi95))}</tr>`,
    `<tr>${htmlCell('β (1/Gy²)', 'text')}${htmlCell(significant(fit.beta))}${htmlCell(significant(fit.betaSe, 2))}${htmlCell(interval(fit.betaCi95))}</tr>`,
    `<tr>${htmlCell('α/β (Gy)', 'text')}${htmlCell(fit.alphaBeta === Infinity ? '∞' : significant(fit.alphaBeta))}${htmlCell('—')}${htmlCell(`${interval(fit.alphaBetaCi95)} (Fieller)`)}</tr>`,
    ...(fit.platingEfficiency === undefined
      ? []
      : [`<tr>${htmlCell('plating efficiency', 'text')}${htmlCell(significant(fit.platingEfficiency))}${htmlCell(significant(fit.platingEfficiencySe ?? Number.NaN, 2))}${htmlCell('—')}</tr>`]),
  ];
  const fitNote =
    `95% intervals: estimate ± ${significant(fit.quantile, 4)} × SE (${fit.distribution === 'student-t' ? `Student t, ${fit.degreesOfFreedom} degree${fit.degreesOfFreedom === 1 ? '' : 's'} of freedom: error scale estimated from the residuals` : 'normal: error scale known'}), lower ends clipped at 0. ` +
    `${fit.kind === 'colonies' ? `Pearson dispersion X²/df ${significant(fit.dispersion)}${fit.distribution === 'student-t' ? ' (applied to the covariance)' : ''}` : fit.distribution === 'normal' ? `χ²/df with the SDs given ${significant(fit.dispersion)} (≈ 1 when the SDs are right)` : `Residual variance of ln SF ${significant(fit.dispersion)}`}${fit.bound === 'none' ? '' : `; the constraint α, β ≥ 0 held ${fit.bound === 'both' ? 'α and β' : fit.bound === 'alpha' ? 'α' : 'β'} at 0`}.`;
  const rowsByRank = [...comparison.schedules].sort((a, b) => a.rank - b.rank);
  const scheduleRows = rowsByRank.map(
    (row) =>
      `<tr>${htmlCell(String(row.rank))}${htmlCell(row.label, 'text')}${htmlCell(`${svgNumber(row.totalDose, 2)} Gy / ${row.fractions}`)}${htmlCell(svgNumber(row.overallTime, 2))}` +
      `${htmlCell(significant(row.log10SurvivingClonogens))}${htmlCell(formatPercent(row.tcp))}${htmlCell(`[${formatPercent(row.tcpCi95[0])}, ${formatPercent(row.tcpCi95[1])}]`)}` +
      `${htmlCell(formatPercent(row.tcpMean))}${htmlCell(formatPercent(row.probabilityBest))}${htmlCell(row.probabilityAboveNext === null ? '—' : formatPercent(row.probabilityAboveNext))}</tr>`,
  );
  const scheduleHead = ['Rank', 'Schedule', 'Dose / fractions', 'T (days)', 'log₁₀ N₀SG', 'TCP at fit (%)', '95% interval (%)', 'Mean TCP (%)', 'P(best) (%)', 'P(above next) (%)'];
  const tumourRows = [
    `<tr>${htmlCell('Clonogens N₀', 'text')}${htmlCell(tumour.clonogens.toExponential(2))}${htmlCell(tumour.sources.clonogens, 'text')}</tr>`,
    `<tr>${htmlCell('Doubling time T_d (days)', 'text')}${htmlCell(significant(tumour.doublingTime))}${htmlCell(tumour.sources.doublingTime, 'text')}</tr>`,
    `<tr>${htmlCell('Kick-off time T_k (days)', 'text')}${htmlCell(significant(tumour.kickoffTime))}${htmlCell(tumour.sources.kickoffTime, 'text')}</tr>`,
  ];
  const dataRows = observations.map(
    (point) => `<tr>${htmlCell(String(point.row))}${htmlCell(significant(point.dose))}${htmlCell(significant(point.survivingFraction, 4))}${htmlCell(point.sd === undefined ? '—' : significant(point.sd, 3))}</tr>`,
  );
  const survival = chartScroll(avatarSurvivalChart({ points: observations, curve: analysis.curve }));
  const tcp = chartScroll(avatarTcpChart(rowsByRank.map((row) => ({ label: row.label, tcp: row.tcp, lower: row.tcpCi95[0], upper: row.tcpCi95[1], probabilityBest: row.probabilityBest }))));
  const sections = [
    fit.ok ? '' : '<section><h2>The fit failed</h2><p>The data could not be fitted; no numbers below are meaningful.</p></section>',
    `<section><h2>Fit</h2>${htmlTable(fitNote, ['Parameter', 'Estimate', 'SE', '95% interval'], fitRows)}${survival}<p class="note">Shaded: pointwise 95% band of the fitted curve. ${fit.kind === 'colonies' ? 'Colony counts are shown as colonies/(cells seeded × fitted plating efficiency), error bars ± Poisson SD.' : 'Error bars: ± SD as given.'}</p></section>`,
    `<section><h2>Tumour</h2>${htmlTable('Not measured on the avatar: library values unless given (docs/parameters.md).', ['Quantity', 'Value', 'Source'], tumourRows)}</section>`,
    `<section><h2>Schedules</h2><p class="ranking">${escapeXml(avatarRankingSummary(comparison))}</p>` +
      `${htmlTable(`TCP = exp(−N₀·S·G) at the fitted α, β; 95% interval and mean over ${comparison.draws} draws from the ${comparison.sampling}. P(above next): share of draws in which a schedule beats the one ranked below it.`, scheduleHead, scheduleRows)}${tcp}</section>`,
    `<section><h2>Assumptions</h2><ul>${avatarAssumptions.map((text) => `<li>${escapeXml(text)}</li>`).join('')}</ul></section>`,
    `<section><h2>Data</h2><details><summary>Show the ${observations.length} data points</summary>${htmlTable('Rows as numbered in the file (header = row 1 when no comment lines precede it).', ['Row', 'Dose (Gy)', 'SF', 'SD'], dataRows)}</details></section>`,
  ];
  const body =
    `<header><h1>Avatar: ${escapeXml(meta.dataFile)}</h1><p class="subtitle">Schedules compared for one patient from a patient-derived model, with rtsim</p><dl class="meta">${metaList}</dl></header>\n` +
    sections.filter((section) => section !== '').join('\n') +
    `\n<footer class="note"><p>Teaching and research tool: not for clinical decisions. Models and conventions: docs/avatars.md.</p></footer>`;
  return reportPage({ title: `${meta.dataFile} — rtsim avatar`, version: meta.version, body, extraStyle: '.ranking { font-weight: 600; }' });
}
