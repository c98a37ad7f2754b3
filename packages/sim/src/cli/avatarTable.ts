import type { AvatarAnalysis } from '../avatar/avatarAnalysis.js';
import { avatarRankingSummary } from '../report/avatarRankingSummary.js';
import type { AvatarInterval } from '../avatar/fitAvatar.js';
import { formatPercent } from '../charts/formatPercent.js';
import { formatSignificant } from '../report/formatSignificant.js';
import { svgNumber } from '../charts/svgNumber.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';

const interval = ([lower, upper]: AvatarInterval): string => `[${formatSignificant(lower)}, ${upper === Infinity ? '∞' : formatSignificant(upper)}]`;

/**
 * What `rtsim avatar` prints: the data and fit (α, β, α/β with 95% intervals and the distribution they use), the
 * tumour's N₀ and kinetics with their sources, one row per schedule by rank (total dose / fractions, overall time,
 * TCP at the fitted α and β, the 95% interval and the mean of the TCP over the draws, P(best), P(above the next)),
 * the ranking sentence and the transfer assumption. The columns follow avatar.html's.
 * @param analysis - from {@link avatarAnalysis}
 * @param dataFile - the data file's name as given
 * @returns the text, ending with a newline
 */
export function avatarTable(analysis: AvatarAnalysis, dataFile: string): string {
  const { fit, tumour, comparison } = analysis;
  const what = fit.kind === 'colonies' ? 'colony counts' : 'surviving fractions';
  const how = fit.distribution === 'student-t' ? `Student t, ${fit.degreesOfFreedom} degree${fit.degreesOfFreedom === 1 ? '' : 's'} of freedom` : 'normal, known error scale';
  const lines = [
    `${terminalText(dataFile)}: ${fit.points} ${what} at ${fit.doseLevels} dose levels; 95% intervals (${how})`,
    `  alpha = ${formatSignificant(fit.alpha)} /Gy ${interval(fit.alphaCi95)}   beta = ${formatSignificant(fit.beta)} /Gy² ${interval(fit.betaCi95)}   alpha/beta = ${fit.alphaBeta === Infinity ? '∞' : formatSignificant(fit.alphaBeta)} Gy ${interval(fit.alphaBetaCi95)}` +
      (fit.platingEfficiency === undefined ? '' : `   PE = ${formatSignificant(fit.platingEfficiency)}`),
    `  tumour: N0 = ${tumour.clonogens.toExponential(2)} (${tumour.sources.clonogens}), Td = ${formatSignificant(tumour.doublingTime)} d, Tk = ${formatSignificant(tumour.kickoffTime)} d`,
    '',
  ];
  const rows = [...comparison.schedules]
    .sort((a, b) => a.rank - b.rank)
    .map((row) => [
      String(row.rank),
      terminalText(row.label),
      `${svgNumber(row.totalDose, 2)} Gy / ${row.fractions}`,
      svgNumber(row.overallTime, 2),
      formatPercent(row.tcp),
      `[${formatPercent(row.tcpCi95[0])}, ${formatPercent(row.tcpCi95[1])}]`,
      formatPercent(row.tcpMean),
      formatPercent(row.probabilityBest),
      row.probabilityAboveNext === null ? '—' : formatPercent(row.probabilityAboveNext),
    ]);
  const table = textTable(
    ['rank', 'schedule', 'dose / fx', 'T (d)', 'TCP at fit (%)', '95% interval (%)', 'mean (%)', 'P(best) (%)', 'P(> next) (%)'],
    rows,
    ['r', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  return `${lines.join('\n')}\n${table}\n${terminalText(avatarRankingSummary(comparison))}\nAssumes the in-vitro alpha and beta hold in the tumour; N0 and kinetics fixed (docs/avatars.md).\n`;
}
