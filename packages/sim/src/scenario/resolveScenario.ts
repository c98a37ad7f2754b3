import type { Distribution, ScheduleSpec, SurvivalModel } from '@rtsim/core';
import { defaultDetectionVolume, defaultOer, librarySubtype, surgeryDefaults } from '@rtsim/core';
import type { ParameterKey } from './parameterSchemas.js';
import { parameterKeys } from './parameterSchemas.js';
import type {
  MarginStatus,
  ResolvedArm,
  ResolvedOrganAtRisk,
  ResolvedScenario,
  ResolvedSubtype,
  ResolvedSubtypeParameters,
  ResolvedSurgery,
} from './ResolvedScenario.js';
import type { ArmInput, CohortInput, InlineSubtypeInput, LibrarySubtypeInput, ParametersInput, ScenarioInput } from './ScenarioInput.js';
import { formatIssuePath } from './formatIssuePath.js';
import { scenarioProblems } from './scenarioProblems.js';

/** Day of the first follow-up visit after the end of treatment when the file gives none. */
export const defaultFirstVisitDays = 90;

type ParameterLevel = ParametersInput | undefined;

const marginStatuses: readonly MarginStatus[] = ['R0', 'R1', 'R2'];

/** A fresh plain-data copy, so the resolved scenario shares nothing with the library or the input. */
function copyDistribution(value: Distribution): Distribution {
  if (typeof value === 'number') return value;
  switch (value.dist) {
    case 'fixed':
      return { dist: 'fixed', value: value.value };
    case 'normal':
      return {
        dist: 'normal',
        mean: value.mean,
        sd: value.sd,
        ...(value.min === undefined ? {} : { min: value.min }),
        ...(value.max === undefined ? {} : { max: value.max }),
      };
    case 'lognormal':
      return { dist: 'lognormal', median: value.median, sigma: value.sigma };
    case 'uniform':
      return { dist: 'uniform', min: value.min, max: value.max };
    case 'triangular':
      return { dist: 'triangular', min: value.min, mode: value.mode, max: value.max };
  }
}

function cohortDefaults(cohort: CohortInput): ParameterLevel {
  const defaults: ParametersInput = {};
  for (const key of parameterKeys) {
    const value = cohort[key];
    if (value !== undefined) defaults[key] = value;
  }
  return defaults;
}

function resolveParameters(levels: readonly ParameterLevel[], at: string): ResolvedSubtypeParameters {
  const pick = (key: ParameterKey): Distribution | undefined => {
    for (const level of levels) {
      const value = level?.[key];
      if (value !== undefined) return copyDistribution(value);
    }
    return undefined;
  };
  const required = (key: ParameterKey): Distribution => {
    const value = pick(key);
    if (value === undefined) throw new Error(`${at}: ${key} is missing (validate the scenario first)`);
    return value;
  };
  const sizeLevel = levels.find((level) => level?.volume !== undefined || level?.diameter !== undefined);
  const volume = sizeLevel?.volume;
  const diameter = sizeLevel?.diameter;
  let tumour: ResolvedSubtypeParameters['tumour'];
  if (volume !== undefined) tumour = { volume: copyDistribution(volume) };
  else if (diameter !== undefined) tumour = { diameter: copyDistribution(diameter) };
  else throw new Error(`${at}: no tumour volume or diameter (validate the scenario first)`);
  const repairHalfTimeHours = pick('repairHalfTimeHours');
  const postTreatmentDoublingTime = pick('postTreatmentDoublingTime');
  const detectionClonogens = pick('detectionClonogens');
  return {
    alpha: required('alpha'),
    alphaBeta: required('alphaBeta'),
    doublingTime: required('doublingTime'),
    kickoffTime: required('kickoffTime'),
    clonogenDensity: required('clonogenDensity'),
    tumour,
    hypoxicFraction: pick('hypoxicFraction') ?? 0,
    oer: pick('oer') ?? copyDistribution(defaultOer.value),
    ...(repairHalfTimeHours === undefined ? {} : { repairHalfTimeHours }),
    ...(postTreatmentDoublingTime === undefined ? {} : { postTreatmentDoublingTime }),
    ...(detectionClonogens === undefined ? {} : { detectionClonogens }),
    detectionVolume: pick('detectionVolume') ?? copyDistribution(defaultDetectionVolume.value),
  };
}

function libraryLevel(ref: string): ParameterLevel {
  const entry = librarySubtype(ref);
  if (entry === undefined) return undefined;
  const level: ParametersInput = {};
  for (const [key, parameter] of Object.entries(entry.parameters)) {
    // rsi and antigenPositiveFraction are library data the cohort engine does not draw (yet).
    if (key !== 'rsi' && key !== 'antigenPositiveFraction' && parameter !== undefined) level[key as ParameterKey] = parameter.value;
  }
  return level;
}

function resolveSubtype(subtype: LibrarySubtypeInput | InlineSubtypeInput, index: number, cohort: CohortInput, totalWeight: number): ResolvedSubtype {
  const at = formatIssuePath(['cohort', 'subtypes', index]);
  const weight = (subtype.weight ?? 1) / totalWeight;
  if ('ref' in subtype) {
    const entry = librarySubtype(subtype.ref);
    if (entry === undefined) throw new Error(`${at}: unknown library subtype '${subtype.ref}' (validate the scenario first)`);
    return {
      id: subtype.id ?? subtype.ref,
      name: subtype.name ?? entry.name,
      weight,
      parameters: resolveParameters([subtype.override, cohortDefaults(cohort), libraryLevel(subtype.ref)], at),
    };
  }
  return {
    id: subtype.id,
    name: subtype.name ?? subtype.id,
    weight,
    parameters: resolveParameters([subtype.parameters, cohortDefaults(cohort)], at),
  };
}

function resolveSchedule(schedule: ArmInput['schedule']): ScheduleSpec {
  const gaps = schedule.gaps?.map((gap) => ({ afterFraction: gap.afterFraction, days: gap.days }));
  if ('list' in schedule) {
    return {
      list: schedule.list.map((f) => ({ dose: f.dose, day: f.day, ...(f.durationMinutes === undefined ? {} : { durationMinutes: f.durationMinutes }) })),
      ...(gaps === undefined ? {} : { gaps }),
    };
  }
  const { fractions, dose, perWeek, everyDays, perDay, intervalHours, startWeekday, durationMinutes } = schedule;
  return {
    fractions,
    dose,
    ...(perWeek === undefined ? {} : { perWeek }),
    ...(everyDays === undefined ? {} : { everyDays }),
    ...(perDay === undefined ? {} : { perDay }),
    ...(intervalHours === undefined ? {} : { intervalHours }),
    ...(startWeekday === undefined ? {} : { startWeekday }),
    ...(gaps === undefined ? {} : { gaps }),
    ...(durationMinutes === undefined ? {} : { durationMinutes }),
  };
}

function resolveSurvival(survival: ArmInput['survival']): SurvivalModel {
  if (survival === undefined || survival.model === 'lq') return { model: 'lq' };
  if (survival.model === 'lq-l') return { model: 'lq-l', transitionDose: survival.transitionDose };
  return { model: 'usc', d0: survival.d0 };
}

function resolveSurgery(surgery: NonNullable<ArmInput['surgery']>): ResolvedSurgery {
  const margins = { R0: surgery.margins.R0, R1: surgery.margins.R1, R2: surgery.margins.R2 };
  const residual = {} as Record<MarginStatus, Distribution>;
  for (const status of marginStatuses) {
    residual[status] = copyDistribution(surgery.residualFraction?.[status] ?? surgeryDefaults.residualFraction[status].value);
  }
  return { day: surgery.day, margins, residualFraction: residual };
}

function resolveOrganAtRisk(organ: NonNullable<ArmInput['organAtRisk']>): ResolvedOrganAtRisk {
  // Validation accepted Σ volume within 1e-3 of 1; renormalise so the engine can rely on Σ = 1.
  const total = organ.dvh.reduce((sum, bin) => sum + bin.volume, 0);
  return {
    name: organ.name,
    dvh: organ.dvh.map((bin) => ({ dose: bin.dose, volume: bin.volume / total })),
    td50: organ.td50,
    m: organ.m,
    n: organ.n,
    alphaBeta: organ.alphaBeta,
  };
}

function resolveArm(arm: ArmInput): ResolvedArm {
  return {
    id: arm.id,
    name: arm.name ?? arm.id,
    schedule: resolveSchedule(arm.schedule),
    survival: resolveSurvival(arm.survival),
    reoxygenation: arm.reoxygenation ?? 'full',
    doseModifyingFactor: arm.doseModifyingFactor ?? 1,
    ...(arm.surgery === undefined ? {} : { surgery: resolveSurgery(arm.surgery) }),
    ...(arm.organAtRisk === undefined ? {} : { organAtRisk: resolveOrganAtRisk(arm.organAtRisk) }),
  };
}

/**
 * Turns a validated scenario into the engine's input: library values merged in, defaults applied, weights
 * normalised. Plain JSON data that shares no objects with the input or the library.
 *
 * Precedence for each per-patient parameter of a subtype: its `override` (library subtype) or `parameters`
 * (inline subtype), then the cohort-level value, then the library entry (`ref` only), then the defaults:
 * hypoxicFraction 0, oer the library's `defaultOer`, detectionVolume the library's `defaultDetectionVolume`;
 * repairHalfTimeHours, postTreatmentDoublingTime and detectionClonogens stay absent (see
 * {@link ResolvedSubtypeParameters}). The tumour size comes whole from the first level that gives volume or
 * diameter. Arms: name = id, survival LQ, reoxygenation "full", doseModifyingFactor 1, surgery residual
 * fractions from the library's `surgeryDefaults` per margin not given, DVH volumes renormalised to sum 1.
 * Follow-up: firstVisitDays {@link defaultFirstVisitDays}. Subtype weights default to 1 before normalising.
 *
 * @param input - a scenario that passed validation (`parseScenario` or `validateScenario` do both steps)
 * @returns the resolved scenario
 * @throws Error when the input fails the cross-field checks (unknown ref, missing parameter): a programming
 * error, since validated input never does
 */
export function resolveScenario(input: ScenarioInput): ResolvedScenario {
  const problems = scenarioProblems(input);
  if (problems.length > 0) {
    throw new Error(`resolveScenario: invalid scenario: ${problems.map((p) => `${formatIssuePath(p.path)}: ${p.message}`).join('; ')}`);
  }
  const totalWeight = input.cohort.subtypes.reduce((sum, subtype) => sum + (subtype.weight ?? 1), 0);
  return {
    version: 1,
    name: input.name,
    references: [...input.references],
    seed: input.seed,
    patients: input.patients,
    subtypes: input.cohort.subtypes.map((subtype, index) => resolveSubtype(subtype, index, input.cohort, totalWeight)),
    arms: input.arms.map(resolveArm),
    followUp: { years: input.followUp.years, firstVisitDays: input.followUp.firstVisitDays ?? defaultFirstVisitDays },
  };
}
