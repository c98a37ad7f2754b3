import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';
/**
 * Poisson tumour control probability, TCP = exp(−N·S).
 * @param clonogens - initial clonogen number N (≥ 0; Infinity allowed)
 * @param logSurvival - ln S (≤ 0), e.g. from {@link logSurvival} plus {@link repopulationLogGain}
 * @returns TCP in [0, 1]; NaN outside the domain and for NaN input
 * @remarks Evaluated as exp(−exp(ln N + ln S)), so S may underflow without losing N·S. Munro TR, Gilbert CW,
 *   Br J Radiol 1961;34:246. docs/models.md, "Tumour control probability".
 */
export function tcpPoisson(clonogens: number, logSurvival: number): number {
  if (!(clonogens >= 0 && logSurvival <= 0)) return Number.NaN; // also rejects NaN
  return portableExp(-portableExp(portableLog(clonogens) + logSurvival));
}
