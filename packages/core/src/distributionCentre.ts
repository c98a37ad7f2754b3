import type { Distribution } from './distribution.js';

/**
 * The typical value of a per-patient quantity as written, in its unit: the number, a fixed law's value, a normal's
 * mean (clamped to its bounds), a lognormal's median, a uniform's midpoint, a triangular's mode. A unit slip
 * (mm³ for cm³, months for years) moves the whole law, so its centre shows it; the tails of a wide law do not.
 * @param distribution - a number or a distribution that passed the schema
 * @returns the centre
 */
export function distributionCentre(distribution: Distribution): number {
  if (typeof distribution === 'number') return distribution;
  switch (distribution.dist) {
    case 'fixed':
      return distribution.value;
    case 'normal':
      return Math.min(distribution.max ?? Infinity, Math.max(distribution.min ?? -Infinity, distribution.mean));
    case 'lognormal':
      return distribution.median;
    case 'uniform':
      return (distribution.min + distribution.max) / 2;
    case 'triangular':
      return distribution.mode;
  }
}
