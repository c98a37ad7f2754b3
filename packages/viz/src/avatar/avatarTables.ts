import { formatPercent, formatSignificant } from '@rtsim/sim';
import type { AvatarAnalysis, AvatarInterval } from '@rtsim/sim';
import { dataTable } from '../ui/dataTable.js';

const interval = ([lower, upper]: AvatarInterval): string => `${formatSignificant(lower)} to ${upper === Infinity ? '∞' : formatSignificant(upper)}`;
const pct = (value: number | null): string => (value === null || !Number.isFinite(value) ? '–' : `${formatPercent(value)}%`);

/** The fit as a table: α, β, α/β (and the plating efficiency for colonies) with SE and 95% interval. */
export function avatarFitTable(analysis: AvatarAnalysis): HTMLElement {
  const { fit } = analysis;
  const rows = [
    ['α (1/Gy)', formatSignificant(fit.alpha), formatSignificant(fit.alphaSe, 2), interval(fit.alphaCi95)],
    ['β (1/Gy²)', formatSignificant(fit.beta), formatSignificant(fit.betaSe, 2), interval(fit.betaCi95)],
    ['α/β (Gy)', fit.alphaBeta === Infinity ? '∞' : formatSignificant(fit.alphaBeta), '–', `${interval(fit.alphaBetaCi95)} (Fieller)`],
    ...(fit.platingEfficiency === undefined ? [] : [['Plating efficiency', formatSignificant(fit.platingEfficiency), formatSignificant(fit.platingEfficiencySe ?? Number.NaN, 2), '–']]),
  ];
  const how = fit.distribution === 'student-t' ? `Student t, ${fit.degreesOfFreedom} degree${fit.degreesOfFreedom === 1 ? '' : 's'} of freedom` : 'normal, known error scale';
  return dataTable(`Fit: ${fit.points} ${fit.kind === 'colonies' ? 'flasks' : 'points'} at ${fit.doseLevels} dose levels; 95% intervals (${how})`, ['Parameter', 'Estimate', 'SE', '95% interval'], rows, 'avatar-fit', ['alpha', 'beta', 'alphaBeta']);
}

/**
 * The schedules by rank: dose, overall time, TCP at the fit, its 95% interval and mean over the draws, P(best),
 * P(above next) (the columns of avatar.html and `rtsim avatar`).
 */
export function avatarRankingTable(analysis: AvatarAnalysis): HTMLElement {
  const rows = [...analysis.comparison.schedules]
    .sort((a, b) => a.rank - b.rank)
    .map((row) => [
      `${row.rank}. ${row.label}`,
      `${formatSignificant(row.totalDose, 4)} Gy / ${row.fractions}`,
      formatSignificant(row.overallTime, 4),
      pct(row.tcp),
      `${pct(row.tcpCi95[0])} to ${pct(row.tcpCi95[1])}`,
      pct(row.tcpMean),
      pct(row.probabilityBest),
      pct(row.probabilityAboveNext),
    ]);
  return dataTable(
    `Schedules, best first (${analysis.comparison.draws} draws, seed ${analysis.comparison.seed})`,
    ['Schedule', 'Dose / fractions', 'T (days)', 'TCP at fit', '95% interval', 'Mean TCP', 'P(best)', 'P(above next)'],
    rows,
    'avatar-ranking',
  );
}
