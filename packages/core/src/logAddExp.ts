import { portableExp } from './portable/portableExp.js';
import { portableLog1p } from './portable/portableLog1p.js';

/**
 * ln(e^a + e^b) without overflow or underflow: the larger term plus ln(1 + e^{smaller − larger}). How every mixture
 * of survivals (oxic and hypoxic shares, models.md "Hypoxia") and every log-space integral is summed.
 * @param a - a natural logarithm (any double; −∞ is a zero term)
 * @param b - a natural logarithm (any double; −∞ is a zero term)
 * @returns ln(e^a + e^b); −∞ when both are −∞, +∞ when either is +∞; NaN for NaN input
 */
export function logAddExp(a: number, b: number): number {
  const high = Math.max(a, b);
  if (high === -Infinity || high === Infinity) return high;
  return high + portableLog1p(portableExp(Math.min(a, b) - high));
}
