import { portableExp } from './portable/portableExp.js';
import { portableExpm1 } from './portable/portableExpm1.js';
import { portableLog2 } from './portable/portableLog2.js';
/**
 * Doublings a local failure needs to become detectable: D = max(0, log₂(N_detect/K)), with K = m/(1 − e^{−m}) the
 * clonogens left in a failing patient, the mean of the zero-truncated Poisson(m), m = N·S the expected survivors.
 * @param logClonogensLeft - ln m = ln N + ln S (any real; −∞ gives K = 1)
 * @param detectionClonogens - N_detect (> 0), e.g. 10⁷: 1 cm³ at 10⁷ clonogens per cm³ (`defaultDetectionVolume`)
 * @returns D ≥ 0 (0 when the failure is already detectable); NaN outside the domain or for NaN input
 * @remarks For m → 0, K → 1 + m/2 (series), so one surviving clonogen needs log₂ N_detect doublings.
 *   docs/models-extensions.md, "Local control over time".
 */
export function doublingsToDetection(logClonogensLeft: number, detectionClonogens: number): number {
  if (!(detectionClonogens > 0) || logClonogensLeft !== logClonogensLeft) return Number.NaN;
  const m = portableExp(logClonogensLeft);
  const left = m < 1e-8 ? 1 + m / 2 : m / -portableExpm1(-m);
  const doublings = portableLog2(detectionClonogens / left);
  return doublings > 0 ? doublings : 0;
}
