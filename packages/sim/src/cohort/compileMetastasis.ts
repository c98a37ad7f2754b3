import type { LibraryParameter } from '@rtsim/core';
import { fixedDistributionValue, metastasisDefaults, postMetastasisMedianDays } from '@rtsim/core';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { LocalControlPlan } from './LocalControlPlan.js';
import { overridableMetastasisCovariates } from '../scenario/metastasisModelSchema.js';
import type { MetastasisModelParameter } from '../scenario/metastasisModelValue.js';
import { metastasisModelValue } from '../scenario/metastasisModelValue.js';
import type { MetastasisPlan } from './MetastasisPlan.js';

/** The value of a fixed library parameter (NaN for another law: the library test keeps these fixed). */
const fixedValue = (parameter: LibraryParameter): number => fixedDistributionValue(parameter.value);

/**
 * Compiles a scenario's `metastasis` section from its `model` overrides, else the library's `metastasisDefaults`
 * (revision 4, docs/metastasis-model.md): the log odds of subclinical metastasis (with each subtype's resolved histology effect), the detection law, the survival law after
 * metastasis at the scenario's era, and the seeding probability of a local recurrence.
 * @param scenario - the resolved scenario
 * @param localControl - the compiled local-control model, whose covariate draws give p (compiled for `metastasis` with
 *   classic arms too: compileLocalControl)
 * @returns the plan, or undefined without `metastasis` (the engine then draws nothing for it)
 * @throws RangeError when the scenario has no local-control model or an arm treats lesions, or a library value is
 *   not of its expected law (the parser refuses the second: this guards direct callers)
 */
export function compileMetastasis(scenario: ResolvedScenario, localControl: LocalControlPlan | undefined): MetastasisPlan | undefined {
  const metastasis = scenario.metastasis;
  if (metastasis === undefined) return undefined;
  if (localControl === undefined || scenario.arms.some((arm) => arm.lesions !== undefined)) {
    throw new RangeError('metastasis needs the local-control covariates (resolved covariates) and arms that treat the tumour, not lesions');
  }
  // Each number: the scenario's metastasis.model override, else the library value (metastasisModelValue).
  const value = (parameter: MetastasisModelParameter, key?: string): number => metastasisModelValue(metastasis.model, parameter, key);
  const detectionMedianDays = value('detectionTime', 'median');
  const detectionSigma = value('detectionTime', 'sigma');
  const survivalSigma = value('survivalAfterMetastasis', 'sigma');
  const referenceYear = fixedValue(metastasisDefaults.survivalEraReferenceYear);
  const plan: MetastasisPlan = {
    interceptLogOdds: value('interceptLogOdds'),
    logOddsRatio: Float64Array.from(overridableMetastasisCovariates, (c) => value('covariateLogOddsRatio', c)),
    // h_s per subtype, resolved from the file and the library (resolveMetastasis); absent: all 0.
    subtypeLogOddsRatio: Float64Array.from(scenario.subtypes, (_, s) => metastasis.histologyLogOddsRatio?.[s] ?? 0),
    detectionMedianDays,
    detectionSigma,
    survivalMedianDays: postMetastasisMedianDays(value('survivalAfterMetastasis', 'median'), value('survivalEraLogPerYear'), metastasis.era - referenceYear, 0),
    survivalSigma,
    seedingProbability: value('recurrenceSeeding'),
    era: metastasis.era,
  };
  const numbers = [plan.interceptLogOdds, ...plan.logOddsRatio, ...plan.subtypeLogOddsRatio, detectionMedianDays, detectionSigma, plan.survivalMedianDays, survivalSigma, plan.seedingProbability];
  if (!numbers.every(Number.isFinite)) throw new RangeError('metastasisDefaults or metastasis.model: a value is not of its expected law (fixed or lognormal), or is not finite');
  // The detection and death-time quantiles divide by σ and take logs of the medians (the schema refuses 0 too).
  if (!(detectionMedianDays > 0 && detectionSigma > 0 && plan.survivalMedianDays > 0 && survivalSigma > 0)) {
    throw new RangeError('metastasisDefaults or metastasis.model: the detection and survival laws need a median and a sigma above 0');
  }
  return plan;
}
