import type { LocalControlPlan } from './LocalControlPlan.js';
import { siteStratum } from './LocalControlPlan.js';

/**
 * The site stratum of a patient (localControlStrata), from the same uniform and cumulative shares that give the
 * site its odds ratio in the model (evaluateLocalControl): extremity, trunk wall, retroperitoneum, head and neck.
 * @param lc - the compiled model (siteCuts: cumulative shares extremity, trunk wall, retroperitoneum)
 * @param siteUniform - the patient's site uniform (local-control uniform 2), in (0, 1)
 * @returns the stratum index siteStratum + 0 … 3
 */
export function siteStratumIndex(lc: LocalControlPlan, siteUniform: number): number {
  const cuts = lc.siteCuts;
  return siteStratum + (siteUniform < cuts[0] ? 0 : siteUniform < cuts[1] ? 1 : siteUniform < cuts[2] ? 2 : 3);
}
