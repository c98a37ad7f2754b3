import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';

/**
 * Diameter of a sphere from its volume, the inverse of {@link sphereVolume}: d = (6V/π)^{1/3}.
 * @param volumeCm3 - V, cm³ (≥ 0)
 * @returns d in cm (≥ 0; 0 at V = 0); NaN outside the domain or for NaN input
 * @remarks Evaluated as exp(ln(6V/π)/3) with the portable exp and log, so the result is the same on every engine.
 */
export function sphereDiameter(volumeCm3: number): number {
  if (!(volumeCm3 >= 0)) return Number.NaN;
  if (volumeCm3 === 0) return 0;
  if (volumeCm3 === Number.POSITIVE_INFINITY) return volumeCm3;
  return portableExp(portableLog((6 * volumeCm3) / Math.PI) / 3);
}
