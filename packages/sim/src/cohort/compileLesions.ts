import { compileDistribution } from '../random/compileDistribution.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { cumulativeCuts } from './cumulativeCuts.js';
import type { LesionArmPlan, LesionPlan } from './LesionPlan.js';
import type { LocalControlPlan } from './LocalControlPlan.js';

/**
 * Compiles the lesion arms of a scenario (`target: lesions`): cumulative count shares, the diameter distribution
 * and the course's fraction groups. A lesion arm has no surgery, so its groups are the local-control plan's groups
 * "before surgery" of the same arm, every fraction (compileLocalControl): one grouping for both.
 * @param scenario - the resolved scenario
 * @param localControl - its compiled local-control model (compileLocalControl), which every lesion arm needs
 * @returns the plan, or undefined when no arm treats lesions (the engine then runs exactly as before)
 * @throws RangeError naming the arm when a lesion arm has no local-control model (`localControl: residual-disease`
 *   and the cohort's covariates) or has surgery; scenario validation reports both first
 */
export function compileLesions(scenario: ResolvedScenario, localControl: LocalControlPlan | undefined): LesionPlan | undefined {
  if (!scenario.arms.some((arm) => arm.lesions !== undefined)) return undefined;
  const arms = scenario.arms.map((arm, a): LesionArmPlan | undefined => {
    const lesions = arm.lesions;
    if (lesions === undefined) return undefined;
    const groups = localControl?.arms[a]?.before;
    // With background the model is compiled for the covariates whatever the arms: check the arm's own model too.
    if (groups === undefined || arm.localControl === undefined) throw new RangeError(`arms[${a}] (${arm.id}): target: lesions needs localControl: residual-disease`);
    if (arm.surgery !== undefined) throw new RangeError(`arms[${a}] (${arm.id}): an arm with target: lesions has no surgery`);
    const cuts = cumulativeCuts(lesions.countShares);
    return { countCuts: cuts, maxCount: cuts.length, diameter: compileDistribution(lesions.diameter), groups };
  });
  return { arms, maxCount: arms.reduce((largest, arm) => Math.max(largest, arm?.maxCount ?? 0), 0) };
}
