import { fixedDistributionValue, pathwayDefaults } from '@rtsim/core';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { pathwayIntervals } from '../scenario/resolvePathway.js';
import { compileRouting } from './compileRouting.js';
import type { PathwayPlan } from './PathwayPlan.js';

/**
 * Compiles the arms' diagnostic pathways with the library's growth and unplanned-excision values
 * (`pathwayDefaults`, docs/pathway-model.md).
 * @param scenario - the resolved scenario
 * @returns the plan, or undefined when no arm has a pathway or a treatment by diagnosis (the engine then draws
 *   nothing for it)
 * @throws RangeError when a library value is not of its expected law (the library test keeps them)
 */
export function compilePathway(scenario: ResolvedScenario): PathwayPlan | undefined {
  if (!scenario.arms.some((arm) => arm.pathway !== undefined || arm.treatmentBySubtype !== undefined || arm.treatmentByGrade !== undefined)) return undefined;
  const doubling = pathwayDefaults.doublingTime.value;
  if (typeof doubling === 'number' || doubling.dist !== 'lognormal') throw new RangeError('pathwayDefaults.doublingTime is not lognormal');
  const presentation = pathwayDefaults.presentationDoublings.value;
  if (typeof presentation === 'number' || presentation.dist !== 'lognormal') throw new RangeError('pathwayDefaults.presentationDoublings is not lognormal');
  const ue = pathwayDefaults.unplannedExcision;
  const plan: PathwayPlan = {
    doublingMedianDays: doubling.median,
    doublingSigma: doubling.sigma,
    presentationMedianDoublings: presentation.median,
    presentationSigma: presentation.sigma,
    plateauDiameterCm: fixedDistributionValue(pathwayDefaults.plateauDiameter.value),
    referenceDiameterCm: fixedDistributionValue(pathwayDefaults.referenceDiameter.value),
    unplannedInterceptLogOdds: fixedDistributionValue(ue.interceptLogOdds.value),
    superficialLogOddsRatio: fixedDistributionValue(ue.superficialLogOddsRatio.value),
    under5cmLogOddsRatio: fixedDistributionValue(ue.under5cmLogOddsRatio.value),
    arms: scenario.arms.map((arm) => {
      const pathway = arm.pathway;
      if (pathway === undefined) return undefined;
      return {
        intervals: Float64Array.from(pathwayIntervals.flatMap((name) => [pathway.intervals[name].median, pathway.intervals[name].sigma])),
        referenceCentre: pathway.referral === 'reference-centre',
        unplannedExcision: pathway.unplannedExcision === 'model',
        patientInterval: pathway.patientInterval,
      };
    }),
    routing: scenario.arms.map((arm) => compileRouting(scenario, arm)),
  };
  const numbers = [plan.doublingMedianDays, plan.doublingSigma, plan.presentationMedianDoublings, plan.presentationSigma, plan.plateauDiameterCm, plan.referenceDiameterCm, plan.unplannedInterceptLogOdds, plan.superficialLogOddsRatio, plan.under5cmLogOddsRatio];
  if (!numbers.every(Number.isFinite)) throw new RangeError('pathwayDefaults: a value is not of its expected law (fixed or lognormal)');
  return plan;
}
