import { portableExp } from '@rtsim/core';
import { certainControlLogClonogens } from '../cohort/certainControlLogClonogens.js';

/**
 * Poisson TCP = exp(−N_left) from ln N_left, exactly as the trial engine computes it (simulateBlock): 1 below
 * certainControlLogClonogens (where exp(−e^x) rounds to 1), 0 beyond N_left ≈ 746 (where e^{−N} underflows).
 * @param logLeft - ln of the expected surviving clonogens after the arm's treatment
 * @returns TCP in [0, 1]; NaN for NaN input
 */
export function pointTcp(logLeft: number): number {
  if (logLeft < certainControlLogClonogens) return 1;
  const m = portableExp(logLeft);
  return m < 746 ? portableExp(-m) : m === m ? 0 : Number.NaN;
}
