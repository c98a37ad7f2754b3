import { portableLog1p } from './portable/portableLog1p.js';

/**
 * The constant hazard within one year of age that gives the year's death probability: h = −ln(1 − q).
 * @param deathProbability - q in [0, 1], the probability of dying within the year
 * @returns h per year (≥ 0; 0 at q = 0, +∞ at q = 1); NaN outside [0, 1] or for NaN
 * @remarks ln(1 − q) through log1p, because q is as small as 1e−4 in childhood and 1 − q would lose four digits.
 *   Exact for a piecewise-constant hazard: exp(−h) = 1 − q (docs/models.md, "Background mortality").
 */
export function yearOfAgeHazard(deathProbability: number): number {
  if (!(deathProbability >= 0 && deathProbability <= 1)) return Number.NaN;
  return -portableLog1p(-deathProbability);
}
