import type { SurvivalModel } from '@rtsim/core';
import { overallTime, portableLog, schedule, survivalCoefficients, totalDose } from '@rtsim/core';
import { compileDistribution, distributionKind } from '../random/compileDistribution.js';
import type { CompiledDistribution } from '../random/compileDistribution.js';
import { patientSlots, slotsPerPatient } from '../random/patientSlots.js';
import type { ResolvedArm, ResolvedScenario, ResolvedSubtype } from '../scenario/ResolvedScenario.js';
import { followUpHorizonDays } from '../scenario/followUpHorizonDays.js';
import { armToxicity } from './armToxicity.js';
import { blockCount } from './blockCount.js';
import { comparisonPairs } from './comparisonPairs.js';
import { compileExtras } from './compileExtras.js';
import { complicationSizeStrata, complicationStrata } from './ComplicationsPlan.js';
import { compileComplications } from './compileComplications.js';
import { compilePathway } from './compilePathway.js';
import { compileBackground } from './compileBackground.js';
import { compileProgression } from './compileProgression.js';
import { compileMetastasis } from './compileMetastasis.js';
import { compileLocalControl } from './compileLocalControl.js';
import { compileLesions } from './compileLesions.js';
import { cumulativeCuts } from './cumulativeCuts.js';
import { localControlStrata } from './LocalControlPlan.js';
import { modifiedSchedule } from './modifiedSchedule.js';
import type { ArmPlan, EnginePlan, SubtypePlan, SurvivalMode } from './EnginePlan.js';
import { armTableStride } from './EnginePlan.js';
import { partialLayout } from './partialLayout.js';
import { scenarioFingerprint } from './scenarioFingerprint.js';
import { tcpHistogramBins, timeBinCount, timeBinDays } from './timeBins.js';

const unused: CompiledDistribution = compileDistribution(Number.NaN);
const noSurgery: CompiledDistribution = compileDistribution(1);

/** [mode, c₁, c₂] of a residual-fraction distribution in the arm table (see EnginePlan.armTable). */
function residualConstants(residual: CompiledDistribution): [number, number, number] {
  if (residual.kind === distributionKind.fixed) return [0, residual.a > 0 ? Math.min(0, portableLog(residual.a)) : Number.NaN, 0];
  if (residual.kind === distributionKind.lognormal) return [1, portableLog(residual.a), residual.b];
  return [2, 0, 0];
}

function compileArm(arm: ResolvedArm): ArmPlan {
  // A prescription's schedule is the course at 1 Gy per fraction (resolveScenario); doses scale per patient.
  const fractions = schedule(arm.schedule);
  const radiotherapyTime = overallTime(fractions);
  let first = Infinity;
  let last = -Infinity;
  for (const { day } of fractions) {
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  const { surgery } = arm;
  if (surgery !== undefined) {
    first = Math.min(first, surgery.day);
    last = Math.max(last, surgery.day);
  }
  // A modifier's kill on its own day is a treatment event too, for everyone who receives the agent (a kill given
  // to marker-positive patients only extends their span per patient: compileExtras).
  for (const modifier of arm.modifiers ?? []) {
    const gated = modifier.marker !== undefined && modifier.markerNegativeResponseProbability === 0;
    if (modifier.logKill > 0 && modifier.day !== undefined && !gated) {
      first = Math.min(first, modifier.day);
      last = Math.max(last, modifier.day);
    }
  }
  // models.md, "Surgery and margins": repopulation runs from the first event (fraction or surgery) to the last.
  const treatmentSpan = first <= last ? last - first : 0;
  const residualFraction: [CompiledDistribution, CompiledDistribution, CompiledDistribution] =
    surgery === undefined
      ? [noSurgery, noSurgery, noSurgery]
      : [
          compileDistribution(surgery.residualFraction.R0),
          compileDistribution(surgery.residualFraction.R1),
          compileDistribution(surgery.residualFraction.R2),
        ];
  const marginCuts: [number, number] =
    surgery === undefined ? [1, 1] : [surgery.margins.R0, surgery.margins.R0 + surgery.margins.R1];
  const toxicity = armToxicity(arm, fractions.length);
  const dose = totalDose(fractions);
  const targetDvh = arm.dvh?.plans.map((bins) => ({
    logVolumes: Float64Array.from(bins, ({ volume }) => portableLog(volume)),
    scales: Float64Array.from(bins, ({ dose: binDose }) => binDose / dose),
  }));
  return {
    id: arm.id,
    name: arm.name,
    schedule: fractions,
    survivalSchedule: modifiedSchedule(fractions, arm.modifiers),
    model: arm.survival,
    reoxygenation: arm.reoxygenation,
    doseModifyingFactor: arm.doseModifyingFactor,
    fractions: fractions.length,
    totalDose: dose,
    overallTime: radiotherapyTime,
    treatmentSpan,
    firstEvent: first <= last ? first : 0,
    lastEvent: first <= last ? last : 0,
    surgery: surgery !== undefined,
    residualFraction,
    marginCuts,
    ...(toxicity === undefined ? {} : { toxicity }),
    prescription: arm.prescription !== undefined,
    ...(targetDvh === undefined ? {} : { targetDvh }),
  };
}

function compileSubtype(subtype: ResolvedSubtype): SubtypePlan {
  const p = subtype.parameters;
  // detectionClonogens may be left out: then its slot draws the detection volume and N_detect = density × volume
  // (the same uniform either way, so the slot layout does not move).
  const detection = p.detectionClonogens;
  const distributions: CompiledDistribution[] = new Array<CompiledDistribution>(slotsPerPatient).fill(unused);
  // With rsi the alpha slot draws RSI and drawPatient derives α (the same uniform: the slot layout does not move).
  distributions[patientSlots.alpha] = compileDistribution(p.rsi ?? p.alpha);
  distributions[patientSlots.alphaBeta] = compileDistribution(p.alphaBeta);
  distributions[patientSlots.doublingTime] = compileDistribution(p.doublingTime);
  distributions[patientSlots.kickoffTime] = compileDistribution(p.kickoffTime);
  distributions[patientSlots.clonogenDensity] = compileDistribution(p.clonogenDensity);
  distributions[patientSlots.tumourSize] = compileDistribution('volume' in p.tumour ? p.tumour.volume : p.tumour.diameter);
  distributions[patientSlots.hypoxicFraction] = compileDistribution(p.hypoxicFraction);
  distributions[patientSlots.oer] = compileDistribution(p.oer);
  if (p.repairHalfTimeHours !== undefined) distributions[patientSlots.repairHalfTimeHours] = compileDistribution(p.repairHalfTimeHours);
  if (p.postTreatmentDoublingTime !== undefined) {
    distributions[patientSlots.postTreatmentDoublingTime] = compileDistribution(p.postTreatmentDoublingTime);
  }
  distributions[patientSlots.detectionClonogens] = compileDistribution(detection ?? p.detectionVolume);
  const hypoxia = distributions[patientSlots.hypoxicFraction];
  const parameterSlots = distributions.map((d, j) => ({ d, j })).filter(({ j }) => j >= patientSlots.alpha && j <= patientSlots.detectionClonogens);
  return {
    id: subtype.id,
    name: subtype.name,
    weight: subtype.weight,
    distributions,
    randomSlots: Int32Array.from(parameterSlots.filter(({ d }) => d.kind !== distributionKind.fixed).map(({ j }) => j)),
    fixedDraws: Float64Array.from(distributions, (d) => (d.kind === distributionKind.fixed ? d.a : Number.NaN)),
    diameter: !('volume' in p.tumour),
    hypoxic: !(hypoxia.kind === distributionKind.fixed && hypoxia.a === 0),
    repair: p.repairHalfTimeHours !== undefined,
    postTreatmentDoubling: p.postTreatmentDoublingTime !== undefined,
    detectionPerVolume: detection === undefined,
    rsi: p.rsi !== undefined,
    rsiBeta: p.rsi !== undefined && p.rsiBeta !== undefined ? p.rsiBeta : Number.NaN,
  };
}

/** Survival mode and coefficients of one arm for one subtype (see {@link SurvivalMode}). */
function survivalConstants(arm: ArmPlan, subtype: SubtypePlan): [SurvivalMode, number, number, number, number] {
  const model: SurvivalModel = arm.model;
  // A per-patient dose scale s keeps the coefficient form only for LQ (s·A, s²·B); LQ-L's tangent is not quadratic.
  // Nor does a target DVH's per-bin scale: LQ-L with a DVH takes the general mode too.
  const linear = model.model === 'lq' || (model.model === 'lq-l' && !arm.prescription && arm.targetDvh === undefined);
  const repair = subtype.distributions[patientSlots.repairHalfTimeHours];
  const repairFixed = !subtype.repair || repair.kind === distributionKind.fixed;
  if (!linear || !repairFixed) return [3, Number.NaN, Number.NaN, Number.NaN, Number.NaN];
  const coefficients = (doseModifyingFactor: number): { alphaDose: number; betaDose: number } =>
    survivalCoefficients(
      arm.survivalSchedule,
      model,
      subtype.repair ? { repairHalfTimeHours: repair.a, doseModifyingFactor } : { doseModifyingFactor },
    );
  const oxic = coefficients(arm.doseModifyingFactor);
  if (!subtype.hypoxic) return [0, oxic.alphaDose, oxic.betaDose, Number.NaN, Number.NaN];
  if (arm.reoxygenation !== 'none') return [3, Number.NaN, Number.NaN, Number.NaN, Number.NaN];
  const oer = subtype.distributions[patientSlots.oer];
  if (oer.kind === distributionKind.fixed) {
    const hypoxic = coefficients(arm.doseModifyingFactor / oer.a);
    return [1, oxic.alphaDose, oxic.betaDose, hypoxic.alphaDose, hypoxic.betaDose];
  }
  if (model.model === 'lq') return [2, oxic.alphaDose, oxic.betaDose, Number.NaN, Number.NaN];
  return [3, Number.NaN, Number.NaN, Number.NaN, Number.NaN];
}

/**
 * Compiles a scenario for the cohort engine: per arm the schedule (core `schedule`), overall time, treatment
 * span with surgery, margin cuts and ln f, and the LKB NTCP of its organ at risk; per subtype the compiled
 * distributions of every parameter slot; per (arm, subtype) the survival mode and coefficients; the follow-up
 * bins (width 365.25/52 d up to the horizon), the compared pairs of arms (comparisonPairs) and the layout of block
 * partials.
 * @param scenario - a validated {@link ResolvedScenario}
 * @returns the plan; pure and deterministic (the same scenario gives the same plan in every worker)
 * @throws RangeError when the scenario is structurally unusable (no arms or subtypes, patients not a whole
 *   number ≥ 1, follow-up not > 0): the parser rejects these first, so this only guards direct callers
 */
export function compilePlan(scenario: ResolvedScenario): EnginePlan {
  if (!(Number.isInteger(scenario.patients) && scenario.patients >= 1)) {
    throw new RangeError(`patients must be a whole number ≥ 1, got ${scenario.patients}`);
  }
  if (!Number.isInteger(scenario.seed)) throw new RangeError(`seed must be a whole number, got ${scenario.seed}`);
  if (scenario.arms.length === 0) throw new RangeError('a scenario needs at least one arm');
  if (scenario.subtypes.length === 0) throw new RangeError('a scenario needs at least one subtype');
  const timeBins = timeBinCount(scenario.followUp.years);
  if (Number.isNaN(timeBins)) throw new RangeError(`followUp.years must be > 0, got ${scenario.followUp.years}`);
  const arms = scenario.arms.map(compileArm);
  const subtypes = scenario.subtypes.map(compileSubtype);
  const subtypeCuts = cumulativeCuts(subtypes.map((subtype) => subtype.weight));
  const survival = new Float64Array(5 * arms.length * subtypes.length);
  for (const [a, arm] of arms.entries()) {
    for (const [s, subtype] of subtypes.entries()) survival.set(survivalConstants(arm, subtype), 5 * (a * subtypes.length + s));
  }
  const extras = compileExtras(scenario, arms);
  const localControl = compileLocalControl(scenario, arms.map((arm) => arm.schedule));
  if (localControl !== undefined && extras !== undefined) {
    throw new RangeError('the local-control model does not combine with markers, modifiers, GARD or prescriptions yet');
  }
  const lesions = compileLesions(scenario, localControl);
  const background = compileBackground(scenario, localControl);
  const complications = compileComplications(scenario, arms);
  const metastasis = compileMetastasis(scenario, localControl);
  const progression = compileProgression(scenario);
  const pathway = compilePathway(scenario);
  if (pathway !== undefined && localControl === undefined) throw new RangeError('a diagnostic pathway needs the local-control model (localControl: residual-disease)');
  const pairs = comparisonPairs(scenario);
  const armTable = new Float64Array(armTableStride * arms.length);
  for (const [a, arm] of arms.entries()) {
    armTable.set(
      [arm.treatmentSpan, arm.surgery ? 1 : 0, ...arm.marginCuts, ...arm.residualFraction.flatMap(residualConstants)],
      armTableStride * a,
    );
  }
  return {
    scenario,
    seed: scenario.seed,
    patients: scenario.patients,
    blockCount: blockCount(scenario.patients),
    fingerprint: scenarioFingerprint(scenario),
    arms,
    subtypes,
    subtypeCuts,
    survival,
    armTable,
    binDays: timeBinDays,
    timeBins,
    horizonDays: followUpHorizonDays(scenario.followUp.years),
    firstVisitDays: scenario.followUp.firstVisitDays,
    pairArms: Int32Array.from(pairs.flatMap(({ a, b }) => [a, b])),
    layout: partialLayout(
      arms.length,
      subtypes.length,
      tcpHistogramBins,
      timeBins,
      slotsPerPatient + 1,
      {
        ...(extras === undefined
          ? {
              pairs: pairs.length,
              // Strata only when an arm uses the model: a classic arm has no graded margin class to stratify by.
              ...(localControl === undefined || !scenario.arms.some((arm) => arm.localControl !== undefined) ? {} : { strata: localControlStrata.length }),
              ...(lesions === undefined ? {} : { lesions: true }),
              ...(background === undefined && metastasis === undefined ? {} : { competingEvents: true }),
              ...(metastasis === undefined ? {} : { metastasis: true }),
              ...(pathway === undefined ? {} : { pathway: true }),
              ...(progression === undefined ? {} : { progression: true }),
              ...((scenario.followUp.at?.length ?? 0) === 0 ? {} : { pairedTimes: true }),
            }
          : {
              pairs: pairs.length,
              markers: extras.markers.length,
              gardBands: extras.gardEdges.length === 0 ? 0 : extras.gardEdges.length + 1,
              prescribed: extras.prescribed,
              ...((scenario.followUp.at?.length ?? 0) === 0 ? {} : { pairedTimes: true }),
            }),
        ...(complications === undefined
          ? {}
          : { complications: complications.endpoints.length, complicationStrata: localControl === undefined ? complicationSizeStrata : complicationStrata.length }),
      },
    ),
    ...(extras === undefined ? {} : { extras }),
    ...(localControl === undefined ? {} : { localControl }),
    ...(lesions === undefined ? {} : { lesions }),
    ...(background === undefined ? {} : { background }),
    ...(complications === undefined ? {} : { complications }),
    ...(metastasis === undefined ? {} : { metastasis }),
    ...(progression === undefined ? {} : { progression }),
    ...(pathway === undefined ? {} : { pathway }),
  };
}
