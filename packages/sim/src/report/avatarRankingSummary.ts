import { formatPercent } from '../charts/formatPercent.js';
import type { AvatarComparison } from '../avatar/compareAvatarSchedules.js';

/**
 * The ranking in one sentence, as the command line, the report and the viewer print it: `Best: 5x6 (TCP 76.1 % at the
 * fit), first in 62.3 % of 4000 draws. The order 5x6 > 25x2 > 5x5 holds in 58.0 % of draws.`
 * @param comparison - from {@link compareAvatarSchedules}
 * @returns the sentence; a notice instead when the comparison has no numbers (failed fit or sampling)
 */
export function avatarRankingSummary(comparison: AvatarComparison): string {
  const best = comparison.schedules.find((schedule) => schedule.label === comparison.best);
  if (best === undefined || !Number.isFinite(best.probabilityBest)) {
    return 'No ranking: the fit failed, or its uncertainty could not be sampled inside α, β ≥ 0.';
  }
  const order = comparison.ranking.length > 1 ? ` The order ${comparison.ranking.join(' > ')} holds in ${formatPercent(comparison.rankingProbability)} % of draws.` : '';
  return `Best: ${best.label} (TCP ${formatPercent(best.tcp)} % at the fit), first in ${formatPercent(best.probabilityBest)} % of ${comparison.draws} draws.${order}`;
}
