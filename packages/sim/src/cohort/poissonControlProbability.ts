import { portableExp } from '@rtsim/core';

/**
 * Poisson TCP = e^{−m} for m expected surviving clonogens, as the trial engine and expected mode compute it: 0 beyond
 * m ≈ 745, where e^{−m} underflows anyway (the exponential is skipped for arms that cannot control the tumour).
 * @param m - expected surviving clonogens (≥ 0)
 * @returns TCP in [0, 1]; NaN for NaN input
 */
export function poissonControlProbability(m: number): number {
  return m < 746 ? portableExp(-m) : m === m ? 0 : Number.NaN;
}
