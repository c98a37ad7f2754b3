import type { Schedule } from '@rtsim/core';
import { compileDistribution } from '../random/compileDistribution.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { LesionArmPlan, LesionPlan } from './LesionPlan.js';

/** [dose, count] pairs of a course, in order of first appearance. */
function fractionGroups(fractions: Schedule): Float64Array {
  const groups = new Map<number, number>();
  for (const { dose } of fractions) groups.set(dose, (groups.get(dose) ?? 0) + 1);
  return Float64Array.from([...groups].flat());
}

/**
 * Compiles the lesion arms of a scenario (`target: lesions`): cumulative count shares, the diameter distribution
 * and the course's fraction groups.
 * @param scenario - the resolved scenario
 * @param schedules - each arm's fractions (core `schedule`), in arm order
 * @returns the plan, or undefined when no arm treats lesions (the engine then runs exactly as before)
 */
export function compileLesions(scenario: ResolvedScenario, schedules: readonly Schedule[]): LesionPlan | undefined {
  if (!scenario.arms.some((arm) => arm.lesions !== undefined)) return undefined;
  const arms = scenario.arms.map((arm, a): LesionArmPlan | undefined => {
    const lesions = arm.lesions;
    if (lesions === undefined) return undefined;
    const cuts = new Float64Array(lesions.countShares.length);
    let total = 0;
    lesions.countShares.forEach((share, c) => {
      total += share;
      cuts[c] = total;
    });
    cuts[cuts.length - 1] = Infinity; // shares summing to 1 − ε leave no gap below u = 1
    return { countCuts: cuts, maxCount: cuts.length, diameter: compileDistribution(lesions.diameter), groups: fractionGroups(schedules[a] ?? []) };
  });
  return { arms, maxCount: arms.reduce((largest, arm) => Math.max(largest, arm?.maxCount ?? 0), 0) };
}
