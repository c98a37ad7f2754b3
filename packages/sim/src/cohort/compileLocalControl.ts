import type { Distribution, Schedule } from '@rtsim/core';
import { gradeDoublingTime, localControlDefaults, portableLog, portableLog1p } from '@rtsim/core';
import { compileDistribution } from '../random/compileDistribution.js';
import { marginClassNames } from '../scenario/localControlSchema.js';
import type { ResolvedArm, ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { LocalControlArmPlan, LocalControlPlan } from './LocalControlPlan.js';

function fixedValue(value: Distribution): number {
  return typeof value === 'number' ? value : value.dist === 'fixed' ? value.value : Number.NaN;
}

function cumulative(shares: readonly number[]): Float64Array {
  const cuts = new Float64Array(shares.length);
  let total = 0;
  shares.forEach((share, i) => {
    total += share;
    cuts[i] = total;
  });
  cuts[shares.length - 1] = Infinity; // shares summing to 1 − ε leave no gap below u = 1
  return cuts;
}

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
    enabled: arm.localControl !== undefined,
    surgery: surgery !== undefined,
    marginCuts: classes === undefined ? none : cumulative(marginClassNames.map((c) => classes[c])),
    marginCutsAfterUnplanned: after === undefined ? none : cumulative(marginClassNames.map((c) => after[c])),
    before,
    after: afterSurgery,
    beforeDoses: doseIndices(before, doseIndex),
    afterDoses: doseIndices(afterSurgery, doseIndex),
  };
}

/**
 * Compiles the local-control model of a scenario whose arms (some of them) use `localControl: residual-disease`:
 * the covariate shares, the library values of `localControlDefaults` (model revision 2), and per arm the margin-class
 * cuts and the fraction groups before and after surgery.
 * @param scenario - the resolved scenario
 * @param schedules - each arm's fractions (core `schedule`), in arm order
 * @returns the plan, or undefined when no arm uses the model (the engine then runs exactly as before)
 */
export function compileLocalControl(scenario: ResolvedScenario, schedules: readonly Schedule[]): LocalControlPlan | undefined {
  const covariates = scenario.covariates;
  if (covariates === undefined || !scenario.arms.some((arm) => arm.localControl !== undefined)) return undefined;
  const d = localControlDefaults;
  const r = d.covariateLogOddsRatio;
  const residual = d.residualClonogens.value;
  const regrowth = d.regrowthDoublingTime.value;
  const medianDays = typeof regrowth === 'object' && regrowth.dist === 'lognormal' ? regrowth.median : Number.NaN;
  const gradeLogRatio = fixedValue(d.regrowthGradeLogRatio.value);
  // Distinct as fractionGroups groups them (a Map key: SameValueZero).
  const doses = [...new Set(schedules.flatMap((fractions) => fractions.map((fraction) => fraction.dose)))];
  const doseIndex = new Map(doses.map((dose, i) => [dose, i]));
  const bedHypoxicFraction = fixedValue(d.tumourBedHypoxicFraction.value);
  return {
    gradeCuts: cumulative([covariates.grade.G1, covariates.grade.G2, covariates.grade.G3]),
    deepShare: covariates.depth.deep / (covariates.depth.deep + covariates.depth.superficial),
    siteCuts: cumulative([covariates.site.extremity, covariates.site['trunk-wall'], covariates.site.retroperitoneum, covariates.site['head-neck']]),
    recurrentShare: covariates.presentation.recurrent / (covariates.presentation.primary + covariates.presentation.recurrent),
    unplannedShare: covariates.unplannedExcision,
    age: compileDistribution(covariates.age),
    logOddsRatio: Float64Array.from(
      [r.gradeG2, r.gradeG3, r.deep, r.diameter5to10cm, r.diameterOver10cm, r.retroperitoneumOrHeadNeck, r.recurrentPresentation, r.ageOver50],
      (p) => fixedValue(p.value),
    ),
    marginLogOdds: Float64Array.from(['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned'] as const, (c) => fixedValue(d.marginLogOdds[c].value)),
    logResidualMedian: typeof residual === 'object' && residual.dist === 'lognormal' ? portableLog(residual.median) : Number.NaN,
    residualSigma: typeof residual === 'object' && residual.dist === 'lognormal' ? residual.sigma : Number.NaN,
    bedHypoxicFraction,
    bedLogOxicShare: portableLog1p(-bedHypoxicFraction),
    bedLogHypoxicShare: portableLog(bedHypoxicFraction),
    hypoxicFractionAt8cm: fixedValue(d.hypoxicFractionAt8cm.value),
    doses: Float64Array.from(doses),
    regrowthMedianDays: medianDays,
    regrowthSigma: typeof regrowth === 'object' && regrowth.dist === 'lognormal' ? regrowth.sigma : Number.NaN,
    regrowthGradeLogRatio: gradeLogRatio,
    gradeDoublingTimes: Float64Array.of(1, 2, 3).map((g) => gradeDoublingTime(medianDays, gradeLogRatio, g)),
    dormantShare: fixedValue(d.dormantShare.value),
    reawakeningRate: fixedValue(d.reawakeningRate.value),
    arms: scenario.arms.map((arm, a) => compileArm(arm, schedules[a] ?? [], doseIndex)),
  };
}
