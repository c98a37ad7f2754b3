import type { Schedule } from '@rtsim/core';
import { gradeDoublingTime, portableLog, portableLog1p } from '@rtsim/core';
import { compileDistribution } from '../random/compileDistribution.js';
import { quantileThresholdBand } from '../random/quantileThresholdBand.js';
import { overridableCovariates, overridableMarginClasses } from '../scenario/localControlModelSchema.js';
import type { LocalControlModelParameter } from '../scenario/localControlModelValue.js';
import { localControlModelValue } from '../scenario/localControlModelValue.js';
import { marginClassNames } from '../scenario/localControlSchema.js';
import type { ResolvedArm, ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { cumulativeCuts } from './cumulativeCuts.js';
import type { LocalControlArmPlan, LocalControlPlan } from './LocalControlPlan.js';
import { olderAgeYears } from './LocalControlPlan.js';

/** [dose, count] pairs of the fractions on days before (or, with `afterSurgery`, after) `surgeryDay`. */
function fractionGroups(fractions: Schedule, surgeryDay: number, afterSurgery: boolean): Float64Array {
  const groups = new Map<number, number>();
  for (const { day, dose } of fractions) {
    if ((day > surgeryDay) === afterSurgery) groups.set(dose, (groups.get(dose) ?? 0) + 1);
  }
  return Float64Array.from([...groups].flat());
}

/** Per [dose, count] group, the index of its dose in the plan's distinct doses. */
function doseIndices(groups: Float64Array, doseIndex: ReadonlyMap<number, number>): Int32Array {
  return Int32Array.from({ length: groups.length / 2 }, (_, g) => doseIndex.get(groups[2 * g]) ?? 0);
}

function compileArm(arm: ResolvedArm, fractions: Schedule, doseIndex: ReadonlyMap<number, number>): LocalControlArmPlan {
  const surgery = arm.surgery;
  const classes = surgery?.marginClasses;
  const after = surgery?.marginClassesAfterUnplannedExcision ?? classes;
  const none = Float64Array.of(Infinity);
  // Without surgery every fraction meets the gross tumour ("before"); with it, fractions after the operation day
  // meet the tumour bed.
  const day = surgery?.day ?? Infinity;
  const before = fractionGroups(fractions, day, false);
  const afterSurgery = fractionGroups(fractions, day, true);
  return {
    // Lesion arms use the model's constants but are evaluated by evaluateLesions, not as the patient's tumour.
    enabled: arm.localControl !== undefined && arm.lesions === undefined,
    surgery: surgery !== undefined,
    marginCuts: classes === undefined ? none : cumulativeCuts(marginClassNames.map((c) => classes[c])),
    marginCutsAfterUnplanned: after === undefined ? none : cumulativeCuts(marginClassNames.map((c) => after[c])),
    before,
    after: afterSurgery,
    beforeDoses: doseIndices(before, doseIndex),
    afterDoses: doseIndices(afterSurgery, doseIndex),
  };
}

/**
 * Compiles the local-control model of a scenario whose arms (some of them) use `localControl: residual-disease`, or
 * that has `metastasis` or `background` (whose probability of metastasis and age read the model's covariate draws,
 * with arms on the classic clonogen model too: then every arm is disabled and only the covariates are used):
 * the covariate shares, the model's numbers (the scenario's `localControlModel` overrides, else the library values of `localControlDefaults`, model revision 2), and per arm the margin-class
 * cuts and the fraction groups before and after surgery.
 * @param scenario - the resolved scenario
 * @param schedules - each arm's fractions (core `schedule`), in arm order
 * @returns the plan, or undefined when neither an arm nor metastasis or background uses it (the engine then runs
 *   exactly as before)
 */
export function compileLocalControl(scenario: ResolvedScenario, schedules: readonly Schedule[]): LocalControlPlan | undefined {
  const covariates = scenario.covariates;
  const used = scenario.arms.some((arm) => arm.localControl !== undefined) || scenario.metastasis !== undefined || scenario.background !== undefined;
  if (covariates === undefined || !used) return undefined;
  // Each number: the scenario's localControlModel override, else the library value (localControlModelValue).
  const model = scenario.localControlModel;
  const value = (parameter: LocalControlModelParameter, key?: string): number => localControlModelValue(model, parameter, key);
  const medianDays = value('regrowthDoublingTime', 'median');
  const gradeLogRatio = value('regrowthGradeLogRatio');
  // Distinct as fractionGroups groups them (a Map key: SameValueZero).
  const doses = [...new Set(schedules.flatMap((fractions) => fractions.map((fraction) => fraction.dose)))];
  const doseIndex = new Map(doses.map((dose, i) => [dose, i]));
  // Only its logs enter the tumour-bed survival (tumourBedCourseLogSurvival).
  const age = compileDistribution(covariates.age);
  const bedHypoxicFraction = value('tumourBedHypoxicFraction');
  return {
    gradeCuts: cumulativeCuts([covariates.grade.G1, covariates.grade.G2, covariates.grade.G3]),
    deepShare: covariates.depth.deep / (covariates.depth.deep + covariates.depth.superficial),
    siteCuts: cumulativeCuts([covariates.site.extremity, covariates.site['trunk-wall'], covariates.site.retroperitoneum, covariates.site['head-neck']]),
    recurrentShare: covariates.presentation.recurrent / (covariates.presentation.primary + covariates.presentation.recurrent),
    unplannedShare: covariates.unplannedExcision,
    age,
    ageOlderBand: quantileThresholdBand(age, olderAgeYears),
    logOddsRatio: Float64Array.from(overridableCovariates, (c) => value('covariateLogOddsRatio', c)),
    marginLogOdds: Float64Array.from(overridableMarginClasses, (c) => value('marginLogOdds', c)),
    logResidualMedian: portableLog(value('residualClonogens', 'median')),
    residualSigma: value('residualClonogens', 'sigma'),
    bedLogOxicShare: portableLog1p(-bedHypoxicFraction),
    bedLogHypoxicShare: portableLog(bedHypoxicFraction),
    hypoxicFractionAt8cm: value('hypoxicFractionAt8cm'),
    doses: Float64Array.from(doses),
    regrowthMedianDays: medianDays,
    regrowthSigma: value('regrowthDoublingTime', 'sigma'),
    regrowthGradeLogRatio: gradeLogRatio,
    gradeDoublingTimes: Float64Array.of(1, 2, 3).map((g) => gradeDoublingTime(medianDays, gradeLogRatio, g)),
    dormantShare: value('dormantShare'),
    reawakeningRate: value('reawakeningRate'),
    arms: scenario.arms.map((arm, a) => compileArm(arm, schedules[a] ?? [], doseIndex)),
  };
}
