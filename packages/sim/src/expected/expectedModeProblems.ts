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
  const features = Object.keys(optionalFeatureProblems) as OptionalFeature[];
  const problems = features.flatMap((feature) => (plan[feature] === undefined ? [] : optionalFeatureProblems[feature](plan)));
  plan.arms.forEach((arm, a) => {
    if ((arm.targetDvh?.length ?? 0) > 1) problems.push(`arms[${a}].dvh is a folder of ${arm.targetDvh?.length} plans, picked per patient from at random per patient`);
  });
  if (plan.scenario.uncertainty !== undefined) problems.push('uncertainty (two-level runs): expected mode integrates over patients at the nominal parameters only');
  return problems;
}

/** The optional per-patient features of a compiled scenario (EnginePlan's optional members). */
type OptionalFeature = { [K in keyof EnginePlan]-?: undefined extends EnginePlan[K] ? K : never }[keyof EnginePlan];

/**
 * What each optional feature of a plan makes expected mode refuse, by field. A Record over every optional member of
 * EnginePlan, so that a feature added to the engine does not compile until someone decides here whether expected
 * mode integrates it (a feature integrated silently would give a wrong answer, not an error).
 */
const optionalFeatureProblems: Readonly<Record<OptionalFeature, (plan: EnginePlan) => string[]>> = {
  extras: extrasProblems,
  localControl: (plan) => [
    plan.scenario.arms.some((arm) => arm.localControl !== undefined)
      ? `${armsWith(plan, (arm) => arm.localControl !== undefined)}.localControl (the residual-disease model) draws 12 uniforms per patient from its own stream`
      : 'the residual-disease model, which metastasis and background run on, draws 12 uniforms per patient from its own stream',
  ],
  lesions: (plan) => [`${armsWith(plan, (arm) => arm.lesions !== undefined)}.target: lesions draws per-lesion streams`],
  background: () => ['background (death from other causes) draws from its own stream'],
  complications: () => ['complications draws from its own stream'],
  metastasis: () => ['metastasis draws from its own stream'],
  progression: () => ['progression draws from its own stream'],
  pathway: () => ['pathway, treatmentBySubtype or treatmentByGrade draws from its own stream'],
};

/**
 * The per-patient extras expected mode cannot integrate, each by its field: markers and modifier responses draw from
 * keyed streams of their own, and a GARD prescription's per-patient dose is computed on the trial engine's extras path,
 * which expected mode does not run. `gardBands` alone draws nothing and changes no TCP (it only adds the trial's GARD
 * report, which expected mode does not give), so it is not refused.
 */
function extrasProblems(plan: EnginePlan): string[] {
  const scenario = plan.scenario;
  const problems: string[] = [];
  if ((scenario.markers ?? []).length > 0) problems.push(`markers (${(scenario.markers ?? []).join(', ')}) draw each patient's status from keyed streams of their own`);
  scenario.arms.forEach((arm, a) => {
    (arm.modifiers ?? []).forEach((modifier, m) => {
      if (modifier.logKill > 0) problems.push(`arms[${a}].modifiers[${m}] (agent ${modifier.agent}, logKill > 0) draws each patient's response from a keyed stream`);
    });
    if (arm.prescription !== undefined) problems.push(`arms[${a}].prescription (a GARD prescription) sets each patient's dose on the trial engine's path only`);
  });
  return problems;
}

/** `arms[i]`, or `arms[i, j, …]`, for the arms of the scenario that satisfy `test`. */
function armsWith(plan: EnginePlan, test: (arm: EnginePlan['scenario']['arms'][number]) => boolean): string {
  const indices = plan.scenario.arms.flatMap((arm, a) => (test(arm) ? [a] : []));
  return `arms[${indices.join(', ')}]`;
}
