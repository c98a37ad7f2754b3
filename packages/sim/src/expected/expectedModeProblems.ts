import type { EnginePlan } from '../cohort/EnginePlan.js';

/**
 * What expected mode cannot integrate in a scenario, one sentence per feature naming its scenario field.
 *
 * Expected mode integrates the patient's 14 slot uniforms before `control` on Sobol' points (patientSlots); a feature
 * that draws from another stream (markers, modifier responses, the local-control model's 12 uniforms, lesions,
 * background deaths, complications, metastasis, progression, the diagnostic pathway, a folder of target plans) has no
 * Sobol' coordinate, and mixing its pseudo-random draws into a quasi-random integral would make the standard error
 * dishonest. Such a scenario is refused rather than half-integrated. Two-level uncertainty is refused too: expected
 * mode answers for the nominal parameters only.
 * @param plan - the compiled scenario
 * @returns the problems; empty when expected mode applies
 */
export function expectedModeProblems(plan: EnginePlan): string[] {
  const problems: string[] = [];
  const scenario = plan.scenario;
  if (plan.extras !== undefined) {
    problems.push('markers, modifiers, GARD (subtypes[i].parameters.rsi, gardBands) or a GARD prescription (arms[i].prescription) draw from keyed streams of their own');
  }
  if (plan.localControl !== undefined) problems.push('arms[i].localControl (the residual-disease model) draws 12 uniforms per patient from its own stream');
  if (plan.lesions !== undefined) problems.push('arms[i].target: lesions draws per-lesion streams');
  if (plan.background !== undefined) problems.push('background (death from other causes) draws from its own stream');
  if (plan.complications !== undefined) problems.push('complications draws from its own stream');
  if (plan.metastasis !== undefined) problems.push('metastasis draws from its own stream');
  if (plan.progression !== undefined) problems.push('progression draws from its own stream');
  if (plan.pathway !== undefined) problems.push('pathway, treatmentBySubtype or treatmentByGrade draws from its own stream');
  plan.arms.forEach((arm, a) => {
    if ((arm.targetDvh?.length ?? 0) > 1) problems.push(`arms[${a}].dvh is a folder of ${arm.targetDvh?.length} plans, picked per patient from the plan:target stream`);
  });
  if (scenario.uncertainty !== undefined) problems.push('uncertainty (two-level runs): expected mode integrates over patients at the nominal parameters only');
  return problems;
}
