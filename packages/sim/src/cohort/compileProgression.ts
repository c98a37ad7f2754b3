import type { LibraryParameter } from '@rtsim/core';
import { fixedDistributionValue, metastasisDefaults, postMetastasisMedianDays } from '@rtsim/core';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { lognormalParameter } from './lognormalParameter.js';
import type { ProgressionPlan } from './ProgressionPlan.js';

/** The value of a fixed library parameter (NaN for another law). */
const fixedValue = (parameter: LibraryParameter): number => fixedDistributionValue(parameter.value);

/**
 * Compiles a scenario's `progression` section from the library's `metastasisDefaults`: the rate of new metastases
 * after SBRT and the survival law after metastasis at the scenario's era, shifted by the fitted SBRT-selection ratio
 * (docs/metastasis-model.md, "Metastatic patients treated with SBRT").
 * @param scenario - the resolved scenario
 * @returns the plan, or undefined without `progression` (the engine then draws nothing for it)
 * @throws RangeError when an arm does not treat lesions (the parser refuses it: this guards direct callers) or a
 *   library value is not of its expected law
 */
export function compileProgression(scenario: ResolvedScenario): ProgressionPlan | undefined {
  const progression = scenario.progression;
  if (progression === undefined) return undefined;
  if (scenario.arms.some((arm) => arm.lesions === undefined)) throw new RangeError('progression needs every arm to treat lesions (target: lesions)');
  const [referenceMedianDays, survivalSigma] = lognormalParameter(metastasisDefaults.survivalAfterMetastasis);
  const era = progression.era;
  const plan: ProgressionPlan = {
    newMetastasisRatePerDay: fixedValue(metastasisDefaults.newMetastasisRateAfterSbrt),
    survivalMedianDays: postMetastasisMedianDays(
      referenceMedianDays,
      fixedValue(metastasisDefaults.survivalEraLogPerYear),
      era - fixedValue(metastasisDefaults.survivalEraReferenceYear),
      fixedValue(metastasisDefaults.survivalSubgroupLogRatio.afterSbrt),
    ),
    survivalSigma,
    era,
  };
  if (![plan.newMetastasisRatePerDay, plan.survivalMedianDays, plan.survivalSigma].every((value) => Number.isFinite(value) && value > 0)) {
    throw new RangeError('metastasisDefaults: a progression value is not of its expected law (fixed or lognormal, > 0)');
  }
  return plan;
}
