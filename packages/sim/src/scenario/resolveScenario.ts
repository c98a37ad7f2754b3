import type { Distribution, ScheduleSpec, SurvivalModel } from '@rtsim/core';
import { defaultDetectionVolume, defaultOer, distributionMean, libraryRelease, librarySubtype, surgeryDefaults } from '@rtsim/core';
import type { ParameterKey } from './parameterSchemas.js';
import { parameterKeys } from './parameterSchemas.js';
import { complicationEndpoints, defaultComplicationEndpoints } from './complicationsSchema.js';
import { resolveBackground } from './resolveBackground.js';
import { resolveMetastasis } from './resolveMetastasis.js';
import { defaultProgressionEra } from './progressionSchema.js';
import { resolvePathway } from './resolvePathway.js';
import type {
  DoseVolumeBin,
  MarginStatus,
  ResolvedArm,
  ResolvedLogisticOrganAtRisk,
  ResolvedModifier,
  ResolvedOrganAtRisk,
  ResolvedOrgans,
  ResolvedScenario,
  ResolvedSubtype,
  ResolvedSubtypeParameters,
  ResolvedSurgery,
} from './ResolvedScenario.js';
import type { ArmInput, CohortInput, DvhReferenceInput, InlineSubtypeInput, LibrarySubtypeInput, LocalControlModelInput, OrgansInput, ParametersInput, PathwayInput, ScenarioInput } from './ScenarioInput.js';
import type { DvhResolution } from './resolveDvhReferences.js';
import { dvhPlanKey } from './resolveDvhReferences.js';
import { formatIssuePath } from './formatIssuePath.js';
import { scenarioMarkers } from './scenarioMarkers.js';
import { marginClassShares, resolveCovariates } from './resolveCovariates.js';
import { scenarioProblems } from './scenarioProblems.js';
import type { ResolvedCorrelation, ResolvedUncertainParameter, ResolvedUncertainty } from './ResolvedUncertainty.js';
import { defaultUncertaintyDraws } from './uncertaintySchema.js';
import { namedParameterIndices } from './namedParameterIndices.js';
import { ownValue } from './ownValue.js';
import { resolveLesions } from './resolveLesions.js';

/**
 * Day of the first follow-up visit after the end of treatment when the file gives none: the first visit of the
 * 3–4-monthly follow-up sarcoma guidelines advise for the first years (ESMO–EURACAN–GENTURIS, Gronchi A et al. Ann
 * Oncol 2021;32:1348), an assumption (grade D) about when a failure can first be detected. The local-control fit has
 * no such floor (docs/local-control-model.md, "Engine wiring").
 */
export const defaultFirstVisitDays = 90;

/** β (Gy⁻²) of the RSI-to-α conversion when the scenario gives no α/β: Scott et al., Lancet Oncol 2017. */
export const rsiDefaultBeta = 0.05;

/** GARD band edges when GARD is reported and the file gives none: bands [0, 20), [20, 30), [30, 40), [40, ∞). */
export const defaultGardBands: readonly number[] = [20, 30, 40];

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
  if (cohort.markers !== undefined) defaults.markers = cohort.markers;
  return defaults;
}

/** How a subtype's levels are read beyond the per-patient parameters. */
interface LevelContext {
  /** How many of the levels (most specific first) are written in the scenario; the rest come from the library. */
  readonly scenarioLevels: number;
  /** The marker names of the scenario. */
  readonly markers: readonly string[];
  /** The library's antigen prevalences for a `ref` subtype. */
  readonly antigens?: Readonly<Record<string, { readonly value: Distribution }>>;
}

function resolveMarkers(levels: readonly ParameterLevel[], context: LevelContext, at: string): Record<string, number> {
  const markers: Record<string, number> = {};
  for (const name of context.markers) {
    // Own keys only: a marker named 'toString' is a name, not Object.prototype.toString.
    const given = levels.slice(0, context.scenarioLevels).map((level) => ownValue(level?.markers, name)).find((value) => value !== undefined);
    const value = given ?? ownValue(context.antigens, name)?.value;
    if (value === undefined) throw new Error(`${at}: no prevalence for marker '${name}' (validate the scenario first)`);
    // A positive/negative status drawn with a random probability is a status drawn with the mean probability.
    markers[name] = distributionMean(value);
  }
  return markers;
}

function resolveParameters(levels: readonly ParameterLevel[], at: string, context: LevelContext): ResolvedSubtypeParameters {
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
  // The most specific level giving alpha or rsi decides (validation refuses both at one level; the library gives
  // no rsi). β of the RSI conversion: tied to α/β when the scenario itself gives α/β, else Scott's 0.05.
  const radiosensitivityLevel = levels.find((level) => level?.alpha !== undefined || level?.rsi !== undefined);
  const rsi = radiosensitivityLevel?.rsi === undefined ? undefined : copyDistribution(radiosensitivityLevel.rsi);
  const scenarioAlphaBeta = levels.slice(0, context.scenarioLevels).some((level) => level?.alphaBeta !== undefined);
  const markers = context.markers.length === 0 ? undefined : resolveMarkers(levels, context, at);
  return {
    // With rsi, alpha is not used; nor is alphaBeta when β is fixed (an inline subtype may then give neither: 0 and 1
    // stand in, never drawn).
    alpha: rsi === undefined ? required('alpha') : (pick('alpha') ?? 0),
    alphaBeta: rsi === undefined || scenarioAlphaBeta ? required('alphaBeta') : (pick('alphaBeta') ?? 1),
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
    ...(rsi === undefined ? {} : scenarioAlphaBeta ? { rsi } : { rsi, rsiBeta: rsiDefaultBeta }),
    ...(markers === undefined ? {} : { markers }),
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

function resolveSubtype(
  subtype: LibrarySubtypeInput | InlineSubtypeInput,
  index: number,
  cohort: CohortInput,
  totalWeight: number,
  markers: readonly string[],
): ResolvedSubtype {
  const at = formatIssuePath(['cohort', 'subtypes', index]);
  const weight = (subtype.weight ?? 1) / totalWeight;
  if ('ref' in subtype) {
    const entry = librarySubtype(subtype.ref);
    if (entry === undefined) throw new Error(`${at}: unknown library subtype '${subtype.ref}' (validate the scenario first)`);
    return {
      id: subtype.id ?? subtype.ref,
      name: subtype.name ?? entry.name,
      weight,
      parameters: resolveParameters([subtype.override, cohortDefaults(cohort), libraryLevel(subtype.ref)], at, {
        scenarioLevels: 2,
        markers,
        ...(entry.antigens === undefined ? {} : { antigens: entry.antigens }),
      }),
    };
  }
  return {
    id: subtype.id,
    name: subtype.name ?? subtype.id,
    weight,
    parameters: resolveParameters([subtype.parameters, cohortDefaults(cohort)], at, { scenarioLevels: 2, markers }),
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
  const { fractions, perWeek, everyDays, perDay, intervalHours, startWeekday, durationMinutes } = schedule;
  return {
    fractions,
    // A GARD-prescribed course is resolved at 1 Gy per fraction: each patient's dose per fraction scales it.
    dose: 'gardTarget' in schedule ? 1 : schedule.dose,
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

function resolveSurgery(surgery: NonNullable<ArmInput['surgery']>, localControl: boolean): ResolvedSurgery {
  const m = surgery.margins;
  const graded = m.R0 === undefined;
  const margins = graded
    ? { R0: (m['R0-wide'] ?? 0) + (m['R0-close'] ?? 0), R1: (m['R1-planned'] ?? 0) + (m['R1-unplanned'] ?? 0), R2: m.R2 ?? 0 }
    : { R0: m.R0 ?? 0, R1: m.R1 ?? 0, R2: m.R2 ?? 0 };
  const residual = {} as Record<MarginStatus, Distribution>;
  for (const status of marginStatuses) {
    residual[status] = copyDistribution(surgery.residualFraction?.[status] ?? surgeryDefaults.residualFraction[status].value);
  }
  if (!localControl) return { day: surgery.day, margins, residualFraction: residual };
  // docs/local-control-model.md, "Engine wiring": legacy R0/R1/R2 keep their meaning as R0-wide/R1-planned/R2.
  const marginClasses = graded ? marginClassShares(m) : { ...marginClassShares({}), 'R0-wide': margins.R0, 'R1-planned': margins.R1, R2: margins.R2 };
  const after = surgery.marginsAfterUnplannedExcision;
  return {
    day: surgery.day,
    margins,
    residualFraction: residual,
    marginClasses,
    marginClassesAfterUnplannedExcision: after === undefined ? { ...marginClasses } : marginClassShares(after),
  };
}

/** The plans of a `dvh:` file or folder reference, from what validation resolved (a programming error if missing). */
function referencedPlans(reference: DvhReferenceInput, dvhPlans: DvhResolution['plans'] | undefined): (readonly DoseVolumeBin[])[] {
  const plans = dvhPlans?.get(dvhPlanKey(reference));
  if (plans === undefined || plans.length === 0) throw new Error(`resolveScenario: the DVH ${dvhPlanKey(reference)} was not resolved (validateScenario reads it)`);
  return plans.map((bins) => bins.map(({ dose, volume }) => ({ dose, volume })));
}

/** Inline bins renormalised to Σ volume = 1 (validation accepted 1 within 1e-3), or a file's one plan. */
function organBins(dvh: { dose: number; volume: number }[] | DvhReferenceInput, dvhPlans: DvhResolution['plans'] | undefined): DoseVolumeBin[] {
  if (!Array.isArray(dvh)) return [...(referencedPlans(dvh, dvhPlans)[0] ?? [])];
  const total = dvh.reduce((sum, bin) => sum + bin.volume, 0);
  return dvh.map((bin) => ({ dose: bin.dose, volume: bin.volume / total }));
}

/** An arm's organ doses (`arms[i].organs`): each organ's DVH, a femoral-neck mean dose as one bin of volume 1. */
function resolveOrgans(organs: OrgansInput, dvhPlans: DvhResolution['plans'] | undefined): ResolvedOrgans {
  const { lung, femoralNeck } = organs;
  const neck = femoralNeck === undefined ? undefined : femoralNeck.dvh === undefined ? [{ dose: femoralNeck.meanDose ?? Number.NaN, volume: 1 }] : organBins(femoralNeck.dvh, dvhPlans);
  return {
    ...(lung === undefined ? {} : { lung: organBins(lung.dvh, dvhPlans) }),
    ...(neck === undefined ? {} : { femoralNeck: neck }),
  };
}

function resolveOrganAtRisk(organ: NonNullable<ArmInput['organAtRisk']>, dvhPlans: DvhResolution['plans'] | undefined): ResolvedOrganAtRisk | ResolvedLogisticOrganAtRisk {
  let dvh: readonly DoseVolumeBin[];
  let plans: (readonly DoseVolumeBin[])[] | undefined;
  if (Array.isArray(organ.dvh)) {
    // Validation accepted Σ volume within 1e-3 of 1; renormalise so the engine can rely on Σ = 1.
    const total = organ.dvh.reduce((sum, bin) => sum + bin.volume, 0);
    dvh = organ.dvh.map((bin) => ({ dose: bin.dose, volume: bin.volume / total }));
  } else {
    const referenced = referencedPlans(organ.dvh, dvhPlans);
    dvh = referenced[0] ?? [];
    // Only a folder lists its plans, so that a file resolves exactly as the same bins written inline.
    if (organ.dvh.folder !== undefined) plans = referenced;
  }
  const folder = plans === undefined ? {} : { plans };
  if (organ.model === 'logistic') {
    return { model: 'logistic', name: organ.name, dvh, ...folder, d50: organ.d50, gamma50: organ.gamma50, n: organ.n ?? 1, alphaBeta: organ.alphaBeta };
  }
  return {
    name: organ.name,
    dvh,
    ...folder,
    td50: organ.td50,
    m: organ.m,
    n: organ.n,
    alphaBeta: organ.alphaBeta,
  };
}

function resolveModifier(modifier: NonNullable<ArmInput['modifiers']>[number], subtypeIds: readonly string[]): ResolvedModifier {
  const base = { type: modifier.type, agent: modifier.agent ?? modifier.type };
  if (modifier.type === 'hyperthermia') {
    return {
      ...base,
      doseModifyingFactor: modifier.doseModifyingFactor,
      ...(modifier.fromDay === undefined ? {} : { fromDay: modifier.fromDay }),
      ...(modifier.toDay === undefined ? {} : { toDay: modifier.toDay }),
      ...(modifier.fractions === undefined ? {} : { fractions: [...modifier.fractions] }),
      logKill: 0,
      responseProbability: Object.fromEntries(subtypeIds.map((id) => [id, 0])),
      markerNegativeResponseProbability: 0,
    };
  }
  const overall = modifier.type === 'systemic' ? (modifier.responseProbability ?? 1) : modifier.responseProbability;
  const window =
    modifier.type === 'systemic'
      ? {
          ...(modifier.fromDay === undefined ? {} : { fromDay: modifier.fromDay }),
          ...(modifier.toDay === undefined ? {} : { toDay: modifier.toDay }),
          ...(modifier.fractions === undefined ? {} : { fractions: [...modifier.fractions] }),
        }
      : {};
  const scaling = modifier.type === 'immunotherapy' ? modifier.doseScaling : undefined;
  return {
    ...base,
    doseModifyingFactor: modifier.type === 'systemic' ? (modifier.doseModifyingFactor ?? 1) : 1,
    ...window,
    logKill: modifier.logKill ?? 0,
    ...(modifier.day === undefined ? {} : { day: modifier.day }),
    responseProbability: Object.fromEntries(subtypeIds.map((id) => [id, ownValue(modifier.responseBySubtype, id) ?? overall])),
    ...(modifier.marker === undefined ? {} : { marker: modifier.marker }),
    markerNegativeResponseProbability: modifier.markerNegativeResponseProbability ?? 0,
    ...(scaling === undefined
      ? {}
      : {
          doseScaling: {
            referenceDose: scaling.referenceDose,
            exponent: scaling.exponent,
            ...(scaling.maxFactor === undefined ? {} : { maxFactor: scaling.maxFactor }),
          },
        }),
  };
}

/** `treatmentByGrade` in grade order (the keys are 1, 2, 3: the schema admits no other). */
function resolveTreatmentByGrade(table: NonNullable<ArmInput['treatmentByGrade']>): { grade: 1 | 2 | 3; arm: string }[] {
  return ([1, 2, 3] as const).flatMap((grade) => {
    const target = table[`${grade}`];
    return target === undefined ? [] : [{ grade, arm: target }];
  });
}

function resolveArm(arm: ArmInput, subtypeIds: readonly string[], dvhPlans: DvhResolution['plans'] | undefined, scenarioPathway: PathwayInput | undefined): ResolvedArm {
  const { schedule } = arm;
  const pathway = resolvePathway(scenarioPathway, arm.pathway);
  return {
    id: arm.id,
    name: arm.name ?? arm.id,
    schedule: resolveSchedule(arm.schedule),
    survival: resolveSurvival(arm.survival),
    reoxygenation: arm.reoxygenation ?? 'full',
    doseModifyingFactor: arm.doseModifyingFactor ?? 1,
    ...(arm.surgery === undefined ? {} : { surgery: resolveSurgery(arm.surgery, arm.localControl !== undefined) }),
    ...(arm.localControl === undefined ? {} : { localControl: arm.localControl }),
    ...(arm.lesions === undefined ? {} : { lesions: resolveLesions(arm.lesions) }),
    ...(pathway === undefined ? {} : { pathway }),
    ...(arm.treatmentBySubtype === undefined
      ? {}
      : { treatmentBySubtype: Object.entries(arm.treatmentBySubtype).map(([diagnosis, target]) => ({ diagnosis, arm: target })) }),
    ...(arm.treatmentByGrade === undefined ? {} : { treatmentByGrade: resolveTreatmentByGrade(arm.treatmentByGrade) }),
    ...(arm.organAtRisk === undefined ? {} : { organAtRisk: resolveOrganAtRisk(arm.organAtRisk, dvhPlans) }),
    ...(arm.organs === undefined ? {} : { organs: resolveOrgans(arm.organs, dvhPlans) }),
    ...(arm.dvh === undefined ? {} : { dvh: { structure: arm.dvh.structure, plans: referencedPlans(arm.dvh, dvhPlans) } }),
    ...('gardTarget' in schedule
      ? {
          prescription: {
            gardTarget: schedule.gardTarget,
            ...(schedule.minDose === undefined ? {} : { minDose: schedule.minDose }),
            ...(schedule.maxDose === undefined ? {} : { maxDose: schedule.maxDose }),
          },
        }
      : {}),
    ...(arm.modifiers === undefined || arm.modifiers.length === 0 ? {} : { modifiers: arm.modifiers.map((m) => resolveModifier(m, subtypeIds)) }),
  };
}

function resolveUncertainty(uncertainty: NonNullable<ScenarioInput['uncertainty']>): ResolvedUncertainty {
  // Names in `between` become parameter indices (validation made each name match exactly one parameter). No
  // correlations, or an empty list, leave the key out: the scenario (and its hash) is that of independent parameters.
  const correlations = (uncertainty.correlations ?? []).map((c): ResolvedCorrelation => ({
    parameters: [namedParameterIndices(uncertainty.parameters, c.between[0])[0], namedParameterIndices(uncertainty.parameters, c.between[1])[0]],
    rho: c.rho,
  }));
  return {
    draws: uncertainty.draws ?? defaultUncertaintyDraws,
    parameters: uncertainty.parameters.map((p) => ({
      path: p.path,
      label: p.label ?? p.path,
      distribution: copyDistribution(p.distribution) as ResolvedUncertainParameter['distribution'],
    })),
    ...(correlations.length === 0 ? {} : { correlations }),
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
 * Uncertainty (when given): draws {@link defaultUncertaintyDraws}, each parameter's label its path.
 * Biomarkers: `rsi` replaces α when the most specific level giving alpha or rsi gives rsi; its β is tied to α/β
 * when the file gives alphaBeta (cohort or subtype level), else {@link rsiDefaultBeta}. Marker prevalences per subtype
 * for every marker the file names (subtype level, cohort level, library antigens; a distribution's mean). A GARD
 * schedule resolves to its calendar at 1 Gy per fraction plus `prescription`. Modifiers: agent defaults to the type,
 * doseModifyingFactor 1, logKill 0, systemic responseProbability 1, responseBySubtype expanded to every subtype,
 * markerNegativeResponseProbability 0. `gardBands` ({@link defaultGardBands}) when GARD is reported. `comparisons`
 * as given (absent: the first arm with each other, see comparisonPairs). `background` with `sex` as the share of women.
 * A `dvh:` file or folder (target or organ) becomes its plans' bins, from `dvhPlans` (resolveDvhReferences).
 * `metastasis`: its era (default 2004) and each subtype's histology effect (resolveMetastasis).
 *
 * @param input - a scenario that passed validation (`parseScenario` or `validateScenario` do both steps)
 * @param dvhPlans - the plans of its `dvh:` files and folders (resolveDvhReferences); needed only when it names some
 * @returns the resolved scenario
 * @throws Error when the input fails the cross-field checks (unknown ref, missing parameter): a programming
 * error, since validated input never does
 */
export function resolveScenario(input: ScenarioInput, dvhPlans?: DvhResolution['plans']): ResolvedScenario {
  const problems = scenarioProblems(input);
  if (problems.length > 0) {
    throw new Error(`resolveScenario: invalid scenario: ${problems.map((p) => `${formatIssuePath(p.path)}: ${p.message}`).join('; ')}`);
  }
  const totalWeight = input.cohort.subtypes.reduce((sum, subtype) => sum + (subtype.weight ?? 1), 0);
  const markers = scenarioMarkers(input);
  const subtypes = input.cohort.subtypes.map((subtype, index) => resolveSubtype(subtype, index, input.cohort, totalWeight, markers));
  const subtypeIds = subtypes.map((subtype) => subtype.id);
  const gard =
    input.gardBands !== undefined ||
    subtypes.some((subtype) => subtype.parameters.rsi !== undefined) ||
    input.arms.some((arm) => 'gardTarget' in arm.schedule);
  return {
    version: 1,
    name: input.name,
    references: [...input.references],
    seed: input.seed,
    patients: input.patients,
    subtypes,
    arms: input.arms.map((arm) => resolveArm(arm, subtypeIds, dvhPlans, input.pathway)),
    followUp: {
      years: input.followUp.years,
      firstVisitDays: input.followUp.firstVisitDays ?? defaultFirstVisitDays,
      ...(input.followUp.at === undefined ? {} : { at: [...input.followUp.at] }),
    },
    // The covariates are drawn for the local-control model, and for metastasis and background with any arm (their
    // probability of metastasis and age read them).
    ...(input.arms.some((arm) => arm.localControl !== undefined) || input.metastasis !== undefined || input.background !== undefined
      ? { covariates: resolveCovariates(input.cohort.covariates) }
      : {}),
    ...(input.localControlModel === undefined ? {} : { localControlModel: JSON.parse(JSON.stringify(input.localControlModel)) as LocalControlModelInput }),
    ...(input.uncertainty === undefined ? {} : { uncertainty: resolveUncertainty(input.uncertainty) }),
    ...(markers.length === 0 ? {} : { markers }),
    ...(gard ? { gardBands: [...(input.gardBands ?? defaultGardBands)] } : {}),
    ...(input.comparisons === undefined ? {} : { comparisons: input.comparisons === 'all' ? 'all' : input.comparisons.map(({ a, b }) => ({ a, b })) }),
    ...(input.background === undefined ? {} : { background: resolveBackground(input.background) }),
    ...(input.complications === undefined ? {} : { complications: { endpoints: complicationEndpoints.filter((endpoint) => input.complications?.endpoints?.includes(endpoint) ?? defaultComplicationEndpoints.includes(endpoint)) } }),
    ...(input.metastasis === undefined ? {} : { metastasis: resolveMetastasis(input.metastasis, input.cohort.subtypes) }),
    ...(input.progression === undefined ? {} : { progression: { era: input.progression.era ?? defaultProgressionEra } }),
    ...(input.pin === undefined || input.pin.library === libraryRelease.version ? {} : { library: input.pin.library }),
  };
}
