import { normalQuantile, portableExp } from '@rtsim/core';
import type { HazardRatio } from './HazardRatio.js';

/**
 * A hazard ratio with its Wald interval on the log scale, exp(ln HR ± z·se), z = Φ⁻¹(1 − (1 − confidence)/2): the
 * common last step of the Peto and Cox estimates, which differ only in ln HR and its standard error.
 * @param logHazardRatio - ln HR of group A to group B
 * @param standardError - standard error of ln HR (> 0)
 * @param confidence - two-sided confidence level in (0, 1)
 * @returns the hazard ratio, ln HR, se and the interval's limits
 */
export function waldHazardRatio(logHazardRatio: number, standardError: number, confidence: number): HazardRatio {
  const z = -normalQuantile((1 - confidence) / 2);
  return {
    hazardRatio: portableExp(logHazardRatio),
    logHazardRatio,
    standardError,
    lower: portableExp(logHazardRatio - z * standardError),
    upper: portableExp(logHazardRatio + z * standardError),
  };
}
