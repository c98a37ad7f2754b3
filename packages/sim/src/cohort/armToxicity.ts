import { geud, ntcpLkb, tcpLogistic } from '@rtsim/core';
import type { DoseVolumeBin, ResolvedArm } from '../scenario/ResolvedScenario.js';

/**
 * NTCP of an arm's organ at risk, computed once per arm. The DVH's total physical doses are converted to EQD2 at
 * the organ's α/β with the arm's number of fractions (equal fraction sizes assumed),
 * EQD2 = D(D/n_f + α/β)/(2 + α/β); then
 * - LKB (default): NTCP = Φ((gEUD − TD₅₀)/(m·TD₅₀)), gEUD with exponent 1/n, by core's `ntcpLkb` (models.md,
 *   "Normal-tissue complication");
 * - logistic: NTCP = 1/(1 + (D₅₀/D)^{4γ₅₀}) with D the EQD2 gEUD (exponent 1/n, n = 1: mean EQD2), by core's
 *   `tcpLogistic` (the same dose–response form).
 * Modifiers of the arm (chemotherapy, hyperthermia) do not enter: the organ's parameters are taken as given with them.
 * A folder of plans (`organ.plans`) gives the mean NTCP over its plans: the expected NTCP of a patient whose plan is
 * drawn uniformly from the folder, as the target's plan is (docs/scenarios.md, "Plans from a planning system").
 * @param arm - the resolved arm
 * @param fractions - number of fractions of the arm's schedule
 * @returns `{ organ, ntcp }` (with `model: 'logistic'` for the logistic form), or undefined when the arm scores no organ
 */
export function armToxicity(arm: ResolvedArm, fractions: number): { organ: string; ntcp: number; model?: 'logistic' } | undefined {
  const organ = arm.organAtRisk;
  if (organ === undefined) return undefined;
  const plans = organ.plans ?? [organ.dvh];
  if ('d50' in organ) {
    const { alphaBeta } = organ;
    const planNtcp = (dvh: readonly DoseVolumeBin[]): number => {
      const eqd2Bins = dvh.map(({ dose, volume }) => ({ dose: (dose * (dose / fractions + alphaBeta)) / (2 + alphaBeta), volume }));
      return tcpLogistic(geud(eqd2Bins, 1 / organ.n), organ.d50, organ.gamma50);
    };
    return { organ: organ.name, ntcp: meanOver(plans, planNtcp), model: 'logistic' };
  }
  const parameters = { td50: organ.td50, m: organ.m, n: organ.n, alphaBeta: organ.alphaBeta, fractions };
  return { organ: organ.name, ntcp: meanOver(plans, (dvh) => ntcpLkb(dvh, parameters)) };
}

/** Mean of f over the plans; one plan gives f of it exactly (no division), so a file scores as the same bins inline. */
function meanOver(plans: readonly (readonly DoseVolumeBin[])[], f: (dvh: readonly DoseVolumeBin[]) => number): number {
  if (plans.length === 1 && plans[0] !== undefined) return f(plans[0]);
  let sum = 0;
  for (const dvh of plans) sum += f(dvh);
  return sum / plans.length;
}
