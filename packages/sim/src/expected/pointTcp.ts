import { portableExp } from '@rtsim/core';
import { certainControlLogClonogens } from '../cohort/certainControlLogClonogens.js';
import { poissonControlProbability } from '../cohort/poissonControlProbability.js';

/**
 * Poisson TCP = exp(−N_left) from ln N_left, exactly as the trial engine computes it (simulateBlock): 1 below
 * certainControlLogClonogens (where exp(−e^x) rounds to 1), else poissonControlProbability of N_left.
 * @param logLeft - ln of the expected surviving clonogens after the arm's treatment
 * @returns TCP in [0, 1]; NaN for NaN input
 */
export function pointTcp(logLeft: number): number {
  return logLeft < certainControlLogClonogens ? 1 : poissonControlProbability(portableExp(logLeft));
}
