import { ntcpLkb } from '@rtsim/core';
import type { ResolvedArm } from '../scenario/ResolvedScenario.js';

/**
 * LKB NTCP of an arm's organ at risk, computed once per arm: the DVH's total physical doses are converted to
 * EQD2 at the organ's α/β with the arm's number of fractions (equal fraction sizes assumed), then
 * NTCP = Φ((gEUD − TD₅₀)/(m·TD₅₀)) by core's `ntcpLkb` (models.md, "Normal-tissue complication").
 * @param arm - the resolved arm
 * @param fractions - number of fractions of the arm's schedule
 * @returns `{ organ, ntcp }`, or undefined when the arm scores no organ
 */
export function armToxicity(arm: ResolvedArm, fractions: number): { organ: string; ntcp: number } | undefined {
  const organ = arm.organAtRisk;
  if (organ === undefined) return undefined;
  const ntcp = ntcpLkb(organ.dvh, { td50: organ.td50, m: organ.m, n: organ.n, alphaBeta: organ.alphaBeta, fractions });
  return { organ: organ.name, ntcp };
}
