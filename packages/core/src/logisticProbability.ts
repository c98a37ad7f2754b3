import { portableExp } from './portable/portableExp.js';
/**
 * The logistic function of a log odds, p = 1/(1 + e^{−z}).
 * @param logOdds - z = ln(p/(1 − p)), any real number (a linear predictor: intercept plus log odds ratios)
 * @returns p in [0, 1]: ½ at z = 0, increasing in z; NaN for NaN input
 * @remarks Evaluated as e^{z}/(1 + e^{z}) for z < 0, so a very negative z keeps its relative accuracy (1 + e^{−z}
 *   would overflow to ∞ and lose the small p); portable e^x so every engine returns the same bits.
 */
export function logisticProbability(logOdds: number): number {
  if (logOdds !== logOdds) return Number.NaN;
  if (logOdds < 0) {
    const e = portableExp(logOdds);
    return e / (1 + e);
  }
  return 1 / (1 + portableExp(-logOdds));
}
