import { subtypeIds } from '@rtsim/core';
import * as v from 'valibot';
import { describeValue } from './describeValue.js';
import { distributionSchema } from './distributionSchema.js';
import type { FieldProblem } from './fieldSchemas.js';
import { checked, choiceField, exactly, labelled, list, mapping, notReserved, numberField, textField } from './fieldSchemas.js';
import { distributedField, parameterSchemaEntries, tumourSizeProblems } from './parameterSchemas.js';
import type { ArmInput, GardScheduleInput, FemoralNeckDoseInput, RegularScheduleInput, ScenarioInput } from './ScenarioInput.js';
import { markersSchema, maxDoseModifyingFactor, modifierSchema } from './modifierSchema.js';
import { pinProblems } from './pinProblems.js';
import { scenarioFormatMessage } from './scenarioFormatMessage.js';
import { uncertaintySchema } from './uncertaintySchema.js';
import { backgroundSchema } from './backgroundSchema.js';
import { complicationsSchema } from './complicationsSchema.js';
import { metastasisSchema } from './metastasisSchema.js';
import { progressionSchema } from './progressionSchema.js';
import { pathwaySchema } from './pathwaySchema.js';
import { treatmentByGradeSchema } from './treatmentByGradeSchema.js';
import { treatmentBySubtypeSchema } from './treatmentBySubtypeSchema.js';
import { comparisonsSchema } from './comparisonsSchema.js';
import { covariatesSchema, localControlField, marginClassesSchema } from './localControlSchema.js';
import { localControlModelSchema } from './localControlModelSchema.js';
import { localControlArmProblems } from './localControlArmProblems.js';
import { lesionArmProblems } from './lesionArmProblems.js';
import { lesionsSchema } from './lesionsSchema.js';
import { maxArms, tooManyArmsMessage } from './maxArms.js';
import { dvhReferenceSchema } from './dvhReferenceSchema.js';

/** Most patients a scenario may ask for (a run of 10⁹ is hours on a cluster; more is surely a typo). */
export const maxPatients = 1_000_000_000;
/** Most fractions in one arm. */
export const maxFractions = 1000;
/**
 * Largest total physical dose of an organ's DVH bin or mean dose, Gy: 1000 fractions of 100 Gy, the most any course
 * the schema allows delivers. A larger dose is a typing error, and past about 10¹⁵⁴ Gy its EQD2 overflows, leaving
 * the complication probability undefined.
 */
export const maxOrganDose: number = maxFractions * 100;
/** Tolerance on Σ margin probabilities = 1. */
export const marginSumTolerance = 1e-9;
/** Tolerance on Σ relative DVH volumes = 1 (exported DVHs are rounded; the resolver renormalises exactly). */
export const dvhVolumeTolerance = 1e-3;

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const idExpected = "an id: letters, digits, '.', '_' or '-', starting with a letter or digit";

function idField(description: string): v.GenericSchema<string> {
  return notReserved(textField(description, { pattern: idPattern, expected: idExpected, maxLength: 64 }));
}

const positive = { min: 0, exclusiveMin: true } as const;

/**
 * An organ's α/β, Gy: normal tissues lie between about 0.5 and 20 Gy; above 100 Gy the EQD2 conversion is the physical
 * dose to within 2 %, and values far above it (a slip) overflowed the conversion into a silent null NTCP.
 */
const maxOrganAlphaBetaGy = 100;
const organAlphaBeta = numberField(
  { min: 0, exclusiveMin: true, max: maxOrganAlphaBetaGy },
  `The organ's α/β in Gy (> 0 and ≤ ${maxOrganAlphaBetaGy}), for the EQD2 conversion.`,
);

const subtypeWeight = v.exactOptional(
  numberField(positive, 'Mixture weight (> 0); weights are normalised to sum to 1, and their sum must be a finite number. Default 1.'),
);

const parameterMapping = (label: string, description: string) =>
  checked(mapping({ ...parameterSchemaEntries(), markers: v.exactOptional(markersSchema) }, label, description), tumourSizeProblems);

const librarySubtype = mapping(
  {
    ref: v.pipe(
      textField(`Id of a subtype of the parameter library: ${subtypeIds.join(', ')}.`),
      v.metadata({ examples: [...subtypeIds] }),
    ),
    id: v.exactOptional(idField('Id of this subtype in results (default: the ref). Needed when one ref appears twice.')),
    name: v.exactOptional(textField('Display name (default: the library name).')),
    weight: subtypeWeight,
    override: v.exactOptional(
      parameterMapping(
        'overrides: a mapping of parameters (alpha, alphaBeta, …)',
        'Parameters that replace the library values for this subtype (each a number or a distribution).',
      ),
    ),
  },
  'a library subtype: { ref, weight?, override? }',
  'A subtype taken from the parameter library by id, with optional overrides.',
);

const inlineSubtype = mapping(
  {
    id: idField('Id of this subtype in results.'),
    name: v.exactOptional(textField('Display name (default: the id).')),
    weight: subtypeWeight,
    parameters: parameterMapping(
      'parameters: a mapping of parameters (alpha, alphaBeta, …)',
      'The subtype\'s parameters: alpha, alphaBeta, doublingTime and kickoffTime are required unless set at cohort level; clonogenDensity and volume/diameter may come from the cohort level; hypoxicFraction defaults to 0.',
    ),
  },
  'an inline subtype: { id, weight?, parameters }',
  'A subtype defined in the file itself.',
);

const subtype = labelled(
  v.union([librarySubtype, inlineSubtype]),
  'a subtype: { ref: <library id>, weight?, override? } or { id, weight?, parameters }',
);

const cohort = checked(
  mapping(
    {
      ...parameterSchemaEntries(),
      markers: v.exactOptional(markersSchema),
      covariates: v.exactOptional(covariatesSchema),
      subtypes: list(subtype, 'a list of subtypes', 'The subtypes of the cohort, a mixture.', 1),
    },
    'a cohort: { clonogenDensity?, volume? or diameter?, subtypes }',
    'The virtual cohort: parameters given here are defaults for every subtype (a subtype\'s own value wins; here wins over the library).',
  ),
  tumourSizeProblems,
);

const gap = mapping(
  {
    afterFraction: numberField({ integer: true, min: 1 }, 'The gap follows this fraction (1-based).'),
    days: numberField({ min: 0 }, 'Length of the interruption in calendar days (≥ 0): every later fraction moves this much later.'),
  },
  'a gap: { afterFraction, days }',
  'An interruption of the course.',
);

const gaps = v.exactOptional(list(gap, 'a list of gaps', 'Interruptions of the course.'));

/**
 * Joint constraints of a regular course (core's `schedule` returns NaN for these).
 * @param s - a course whose fields each passed their own checks
 */
export function regularScheduleProblems(s: RegularScheduleInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (s.perWeek !== undefined && s.everyDays !== undefined) problems.push({ keys: ['everyDays'], message: 'give perWeek or everyDays, not both' });
  const perDay = s.perDay ?? 1;
  if (perDay > 1) {
    if (s.intervalHours === undefined) problems.push({ keys: ['intervalHours'], message: `required when perDay is more than 1, got perDay ${perDay}` });
    else {
      const span = (perDay - 1) * s.intervalHours;
      const limit = (s.everyDays ?? 1) * 24;
      if (!(span < limit)) {
        problems.push({ keys: ['intervalHours'], message: `${perDay} fractions ${s.intervalHours} h apart span ${span} h: they must fit within ${limit} h, before the next treatment day` });
      }
    }
  }
  s.gaps?.forEach((g, i) => {
    if (g.afterFraction > s.fractions) problems.push({ keys: ['gaps', i, 'afterFraction'], message: `expected a fraction number from 1 to ${s.fractions}, got ${g.afterFraction}` });
  });
  return problems;
}

/** The calendar of a regular course, shared by fixed-dose and GARD-prescribed courses (core's ScheduleSpec). */
const calendarFields = {
  perWeek: v.exactOptional(numberField({ integer: true, min: 1, max: 7 }, 'Treatment days a week, 1 to 7 (5: Monday to Friday). Default 5 unless everyDays is given.')),
  everyDays: v.exactOptional(numberField(positive, 'Days between treatment days (> 0; fractional allowed): days 0, k, 2k, …. Not with perWeek.')),
  perDay: v.exactOptional(numberField({ integer: true, min: 1, max: 24 }, 'Fractions per treatment day, 1 to 24 (default 1); needs intervalHours when more than 1.')),
  intervalHours: v.exactOptional(numberField(positive, 'Hours between the fractions of one day (> 0).')),
  startWeekday: v.exactOptional(numberField({ integer: true, min: 0, max: 6 }, 'Weekday the course starts, 0 = Monday … 6 = Sunday (default 0); ignored with everyDays.')),
  gaps,
  durationMinutes: v.exactOptional(numberField({ min: 0 }, 'Beam-on time of each fraction in minutes (≥ 0); matters only with a repair half-time. Default: instantaneous.')),
};

const regularSchedule = checked(
  mapping(
    {
      fractions: numberField({ integer: true, min: 1 }, `Number of fractions (a whole number from 1 to ${maxFractions}).`, {
        max: maxFractions,
        message: (value) => `expected at most ${maxFractions} fractions, got ${describeValue(value)}`,
      }),
      dose: numberField({ min: 0, max: 100 }, 'Dose per fraction in Gy (0 to 100).'),
      ...calendarFields,
    },
    'a course: { fractions, dose, perWeek? | everyDays?, perDay?, intervalHours?, gaps? }',
    'A regular course: `fractions` × `dose` Gy, on a weekly calendar (perWeek) or every k days (everyDays).',
  ),
  regularScheduleProblems,
);

const fraction = mapping(
  {
    dose: numberField({ min: 0, max: 100 }, 'Dose of this fraction in Gy (0 to 100).'),
    day: numberField({}, 'Day of this fraction (fractional days allowed).'),
    durationMinutes: v.exactOptional(numberField({ min: 0 }, 'Beam-on time in minutes (≥ 0).')),
  },
  'a fraction: { dose, day, durationMinutes? }',
  'One fraction of an explicit list.',
);

const listSchedule = checked(
  mapping(
    {
      list: v.pipe(
        list(fraction, 'a list of fractions', 'The fractions, each with its dose (Gy) and day.', 1),
        v.maxLength(maxFractions, (issue: v.BaseIssue<unknown>) => `expected at most ${maxFractions} fractions, got ${Array.isArray(issue.input) ? issue.input.length : '?'}`),
      ),
      gaps,
    },
    'an explicit course: { list: [{ dose, day }, …], gaps? }',
    'An explicit list of fractions; days are kept as given, then gaps are applied.',
  ),
  (s) =>
    (s.gaps ?? []).flatMap((g, i) =>
      g.afterFraction > s.list.length
        ? [{ keys: ['gaps', i, 'afterFraction'], message: `expected a fraction number from 1 to ${s.list.length}, got ${g.afterFraction}` }]
        : [],
    ),
);

/** Largest GARD target accepted (GARD of 50 Gy/25 at α = 0.5 Gy⁻¹ is 35; 200 is beyond any prescription). */
export const maxGardTarget = 200;

/**
 * Joint constraints of a GARD-prescribed course: those of a regular course, and minDose ≤ maxDose.
 * @param s - a course whose fields each passed their own checks
 */
export function gardScheduleProblems(s: GardScheduleInput): FieldProblem[] {
  const problems = regularScheduleProblems({ ...s, dose: 1 });
  if (s.minDose !== undefined && s.maxDose !== undefined && s.maxDose < s.minDose) {
    problems.push({ keys: ['maxDose'], message: `expected a dose ≥ minDose (${s.minDose} Gy), got ${s.maxDose}` });
  }
  return problems;
}

const gardSchedule = checked(
  mapping(
    {
      fractions: numberField({ integer: true, min: 1 }, `Number of fractions (a whole number from 1 to ${maxFractions}).`, {
        max: maxFractions,
        message: (value) => `expected at most ${maxFractions} fractions, got ${describeValue(value)}`,
      }),
      gardTarget: numberField(
        { min: 0, exclusiveMin: true, max: maxGardTarget },
        `Genomic-adjusted radiation dose to reach in every patient (> 0 and ≤ ${maxGardTarget}): the dose per fraction d solves n·d(α + βd) = gardTarget with the patient's α and β (closed form d = 2G/(nα + √(n²α² + 4nβG))). Scott et al., Lancet Oncol 2017.`,
      ),
      minDose: v.exactOptional(numberField({ min: 0, max: 100 }, 'Lowest dose per fraction in Gy (0 to 100): a patient needing less is treated at minDose (reported as clamped).')),
      maxDose: v.exactOptional(numberField({ min: 0, exclusiveMin: true, max: 100 }, 'Highest dose per fraction in Gy (> 0 and ≤ 100): a patient needing more is treated at maxDose (reported as clamped).')),
      ...calendarFields,
    },
    'a GARD-prescribed course: { fractions, gardTarget, minDose?, maxDose?, perWeek? | everyDays?, … }',
    'A regular course whose dose per fraction is solved per patient so that GARD = Σ d(α + βd) reaches gardTarget (docs/scenarios.md, "Biomarker-stratified cohorts").',
  ),
  gardScheduleProblems,
);

const scheduleSchema = v.pipe(
  labelled(
    v.union([regularSchedule, listSchedule, gardSchedule]),
    'a schedule: { fractions, dose, perWeek? | everyDays?, … }, { list: [{ dose, day }, …] } or { fractions, gardTarget, … }',
  ),
  v.description('The fractionation schedule (core ScheduleSpec): a regular course, an explicit list of fractions, or a regular course prescribed by GARD target. Doses in Gy, days from the first fraction.'),
);

const survival = v.pipe(
  labelled(
    v.variant('model', [
      v.strictObject({ model: v.pipe(v.literal('lq'), v.description('Linear-quadratic model.')) }),
      v.strictObject({
        model: v.pipe(v.literal('lq-l'), v.description('LQ-L (Astrahan 2008): LQ up to transitionDose, linear above.')),
        transitionDose: numberField(positive, 'Dose per fraction in Gy (> 0) above which survival continues along the LQ tangent.'),
      }),
      v.strictObject({
        model: v.pipe(v.literal('usc'), v.description('Universal survival curve (Park et al. 2008).')),
        d0: numberField(positive, 'D₀ of the multi-target line in Gy (> 0); D_q follows from α, β and D₀. The curve needs α·D₀ < 1: a D₀ that puts more than one patient in a million of some subtype at α ≥ 1/D₀ is refused.'),
      }),
    ]),
    'a survival model: { model: lq } | { model: lq-l, transitionDose } | { model: usc, d0 }',
  ),
  v.description('Cell-survival model per fraction. Default { model: lq }.'),
);

const gradedMarginKeys = ['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned'] as const;
const gradedShare = (key: string) => v.exactOptional(numberField({ min: 0, max: 1 }, `Probability of margin class ${key} (0 to 1; arms with localControl: residual-disease only).`));

const margins = checked(
  mapping(
    {
      R0: v.exactOptional(numberField({ min: 0, max: 1 }, 'Probability of a microscopically clear margin (0 to 1).')),
      R1: v.exactOptional(numberField({ min: 0, max: 1 }, 'Probability of a microscopically involved margin (0 to 1).')),
      R2: v.exactOptional(numberField({ min: 0, max: 1 }, 'Probability of gross residual disease (0 to 1).')),
      'R0-wide': gradedShare('R0-wide'),
      'R0-close': gradedShare('R0-close'),
      'R1-planned': gradedShare('R1-planned'),
      'R1-unplanned': gradedShare('R1-unplanned'),
    },
    'margins: { R0, R1, R2 } or { R0-wide, R0-close, R1-planned, R1-unplanned, R2 }',
    'Probability of each margin status; they sum to 1. The graded classes (absent ones are 0) are for arms with localControl: residual-disease.',
  ),
  (m) => {
    // R2 alone is the graded form { R2: 1 } (a legacy arm without R0 and R1 is refused by localControlArmProblems).
    const graded = gradedMarginKeys.some((key) => m[key] !== undefined) || (m.R0 === undefined && m.R1 === undefined);
    if (graded) {
      if (m.R0 !== undefined || m.R1 !== undefined) return [{ keys: [m.R0 !== undefined ? 'R0' : 'R1'], message: 'give the graded margin classes (R0-wide, R0-close, R1-planned, R1-unplanned, R2) or R0, R1, R2, not both' }];
      const sum = gradedMarginKeys.reduce((total, key) => total + (m[key] ?? 0), m.R2 ?? 0);
      return Math.abs(sum - 1) <= marginSumTolerance ? [] : [{ keys: [], message: `R0-wide + R0-close + R1-planned + R1-unplanned + R2 must be 1, got ${sum}` }];
    }
    const missing = (['R0', 'R1', 'R2'] as const).filter((key) => m[key] === undefined);
    if (missing.length > 0) return missing.map((key) => ({ keys: [], message: `missing ${key}: give R0, R1 and R2 (or the graded margin classes of localControl: residual-disease)` }));
    const sum = (m.R0 ?? 0) + (m.R1 ?? 0) + (m.R2 ?? 0);
    return Math.abs(sum - 1) <= marginSumTolerance ? [] : [{ keys: [], message: `R0 + R1 + R2 must be 1, got ${sum}` }];
  },
);

const residualBounds = { min: 0, exclusiveMin: true, max: 1 } as const;
const residualField = (margin: string, what: string) =>
  v.exactOptional(
    distributedField(
      `residualFraction.${margin}`,
      residualBounds,
      `Fraction of the clonogens alive at surgery that an ${margin} resection leaves (${what}; > 0 and ≤ 1; a draw above 1 counts as 1).`,
      { min: 0, exclusiveMin: true },
    ),
  );

const residualFraction = mapping(
  {
    R0: residualField('R0', 'microscopically clear margin'),
    R1: residualField('R1', 'tumour at the inked margin'),
    R2: residualField('R2', 'gross residual disease'),
  },
  'residual fractions: { R0?, R1?, R2? }',
  "Fraction of the clonogens alive at surgery that surgery leaves behind, per margin status, each a number or a distribution over patients. Default: the library's surgeryDefaults.",
);

const surgery = mapping(
  {
    day: numberField({}, 'Day of the operation relative to the first fraction (negative: before radiotherapy, i.e. postoperative radiotherapy). The treatment, from its first event (fraction or surgery) to its last, must end within followUp.years.'),
    margins,
    residualFraction: v.exactOptional(residualFraction),
    marginsAfterUnplannedExcision: v.exactOptional(marginClassesSchema),
  },
  'a surgery: { day, margins: { R0, R1, R2 }, residualFraction?, marginsAfterUnplannedExcision? }',
  'Surgery on the same day axis as the fractions.',
);

const dvhBin = mapping(
  {
    dose: numberField({ min: 0, max: maxOrganDose }, `Total physical dose of the bin in Gy (0 to ${maxOrganDose}: 1000 fractions of 100 Gy).`),
    volume: numberField({ min: 0, max: 1 }, 'Relative volume of the bin (0 to 1).'),
  },
  'a DVH bin: { dose, volume }',
  'A differential dose–volume bin.',
);

const dvhList = checked(
  list(dvhBin, 'a list of DVH bins', 'Differential DVH for this arm: total physical dose per bin (Gy) and relative volume; volumes sum to 1.', 1),
  (bins) => {
    const sum = bins.reduce((total, bin) => total + bin.volume, 0);
    return Math.abs(sum - 1) <= dvhVolumeTolerance ? [] : [{ keys: [], message: `relative volumes must sum to 1 (within ${dvhVolumeTolerance}), got ${sum}` }];
  },
);

const organDvh = v.pipe(
  labelled(v.union([dvhList, dvhReferenceSchema]), 'a DVH: a list of bins [{ dose, volume }, …] or a file { file, structure } / { folder, structure }'),
  v.description('The organ\'s DVH for this arm: inline differential bins, or a structure of a DVH file or folder of plans.'),
);

const lkbOrganAtRisk = mapping(
  {
    name: textField('Name of the organ at risk.'),
    model: v.exactOptional(v.pipe(v.literal('lkb'), v.description('Lyman–Kutcher–Burman NTCP (the default).'))),
    dvh: organDvh,
    td50: numberField(positive, 'TD50 of the LKB model in Gy EQD2 (> 0).'),
    m: numberField(positive, 'Slope parameter m of the LKB model (> 0).'),
    n: numberField(positive, 'Volume-effect parameter n of the LKB model (> 0).'),
    alphaBeta: organAlphaBeta,
  },
  'an organ at risk: { name, dvh, td50, m, n, alphaBeta }',
  'An organ at risk scored with the Lyman–Kutcher–Burman NTCP model on this arm\'s DVH.',
);

const logisticOrganAtRisk = mapping(
  {
    name: textField('Name of the organ at risk.'),
    model: v.pipe(v.literal('logistic'), v.description('Logistic dose response on EQD2: NTCP = 1/(1 + (D50/D)^(4·gamma50)), D the gEUD (exponent 1/n) of the DVH converted to EQD2.')),
    dvh: organDvh,
    d50: numberField(positive, 'D50, the EQD2 gEUD (Gy) giving 50% complication (> 0).'),
    gamma50: numberField(positive, 'Normalised slope γ50 at D50 (> 0).'),
    n: v.exactOptional(numberField(positive, 'Volume-effect parameter n (> 0): the gEUD exponent is 1/n. Default 1 (mean EQD2).')),
    alphaBeta: organAlphaBeta,
  },
  'a logistic organ at risk: { name, model: logistic, dvh, d50, gamma50, n?, alphaBeta }',
  'An organ at risk scored with a logistic dose response on the EQD2 of this arm\'s DVH.',
);

const organAtRisk = v.pipe(
  labelled(
    v.union([lkbOrganAtRisk, logisticOrganAtRisk]),
    'an organ at risk: { name, dvh, td50, m, n, alphaBeta } or { name, model: logistic, dvh, d50, gamma50, alphaBeta }',
  ),
  v.description('An organ at risk of this arm: LKB (default) or logistic NTCP on EQD2. Modifiers (chemotherapy, hyperthermia) do not change it: give the organ parameters that hold with them.'),
);

/** An organ dose is one plan: a DVH file, not a folder of plans (the endpoint's probability is computed once per arm). */
function organFolderProblems(dvh: FemoralNeckDoseInput['dvh']): FieldProblem[] {
  return dvh !== undefined && !Array.isArray(dvh) && dvh.folder !== undefined ? [{ keys: ['dvh', 'folder'], message: 'an organ dose is one plan: name a file, not a folder' }] : [];
}

const lungDose = checked(
  mapping(
    { dvh: organDvh },
    'the lung dose: { dvh }',
    "The lung's differential DVH for this arm (total physical dose per bin, Gy; both lungs minus the GTV as in Seppenwoolde 2003): its mean EQD2 needs the bins, not the mean dose.",
  ),
  (dose) => organFolderProblems(dose.dvh),
);

const femoralNeckDose = checked(
  mapping(
    {
      dvh: v.exactOptional(organDvh),
      meanDose: v.exactOptional(numberField({ min: 0, max: maxOrganDose }, `Mean physical dose of the femoral neck over the course, Gy (0 to ${maxOrganDose}), taken as uniform over the neck (converted to EQD2 at α/β 3 Gy with the arm's fraction count; give a dvh for a non-uniform dose).`)),
    },
    'the femoral-neck dose: { dvh } or { meanDose }',
    "The femoral neck's dose for this arm: its differential DVH (total physical dose per bin, Gy), or its mean physical dose (Gy).",
  ),
  (dose) => {
    if (dose.dvh === undefined && dose.meanDose === undefined) return [{ keys: [], message: 'give the dose: dvh or meanDose' }];
    if (dose.dvh !== undefined && dose.meanDose !== undefined) return [{ keys: ['meanDose'], message: 'give dvh or meanDose, not both' }];
    return organFolderProblems(dose.dvh);
  },
);

const organs = mapping(
  {
    lung: v.exactOptional(lungDose),
    femoralNeck: v.exactOptional(femoralNeckDose),
  },
  'the organ doses: { lung?, femoralNeck? }',
  'Organ doses of this arm for the complications drawn from them (docs/toxicity-model.md): lung for pneumonitis (its mean EQD2 at the library α/β, LKB of Seppenwoolde 2003), femoralNeck for fracture (its mean physical dose). Needed for each organ endpoint listed in complications.endpoints.',
);

/**
 * Joint constraints of an arm that involve its modifiers or a GARD prescription: fraction numbers within the
 * course, one modifier per agent, no organ at risk on a GARD-prescribed arm (its doses differ per patient).
 * @param arm - an arm whose fields each passed their own checks
 */
export function armProblems(arm: ArmInput): FieldProblem[] {
  const problems: FieldProblem[] = [...localControlArmProblems(arm), ...lesionArmProblems(arm)];
  const gard = 'gardTarget' in arm.schedule;
  if (gard && arm.organAtRisk !== undefined) {
    problems.push({ keys: ['organAtRisk'], message: 'not supported on a GARD-prescribed arm: its dose differs per patient, and a DVH is for one plan' });
  }
  if (gard && arm.organs !== undefined) {
    problems.push({ keys: ['organs'], message: 'not supported on a GARD-prescribed arm: its dose differs per patient, and an organ dose is for one plan' });
  }
  if (arm.dvh !== undefined) {
    const clash = gard ? 'a GARD-prescribed arm (its dose differs per patient)' : arm.localControl !== undefined ? 'the local-control model (residual-disease)' : arm.target === 'lesions' ? 'an arm that treats lesions' : undefined;
    if (clash !== undefined) problems.push({ keys: ['dvh'], message: `not supported on ${clash}: a target DVH is for the clonogen model of one plan` });
  }
  const fractionCount = 'list' in arm.schedule ? arm.schedule.list.length : arm.schedule.fractions;
  const agents = new Map<string, number>();
  arm.modifiers?.forEach((modifier, i) => {
    const agent = modifier.agent ?? modifier.type;
    const earlier = agents.get(agent);
    if (earlier !== undefined) problems.push({ keys: ['modifiers', i, 'agent'], message: `agent '${agent}' is already modifiers[${earlier}] of this arm: give each agent once` });
    else agents.set(agent, i);
    if (modifier.type === 'systemic' || modifier.type === 'hyperthermia') {
      modifier.fractions?.forEach((f, j) => {
        if (f > fractionCount) problems.push({ keys: ['modifiers', i, 'fractions', j], message: `expected a fraction number from 1 to ${fractionCount}, got ${f}` });
      });
    }
  });
  return problems;
}

const arm = checked(mapping(
  {
    id: idField('Unique id of the arm (used in results and file names), e.g. 3x18-usc.'),
    name: v.exactOptional(textField('Display name (default: the id).')),
    schedule: scheduleSchema,
    survival: v.exactOptional(survival),
    reoxygenation: v.exactOptional(
      choiceField(['none', 'full'] as const, 'Hypoxic compartment between fractions: none (compartments stay separate) or full (re-equilibrates). Default full.'),
    ),
    doseModifyingFactor: v.exactOptional(
      numberField({ min: 0, exclusiveMin: true, max: maxDoseModifyingFactor }, `Dose-modifying factor on the LQ terms (> 0 and ≤ ${maxDoseModifyingFactor}, as a modifier's; α·DMF, β·DMF²). Default 1 (none).`),
    ),
    surgery: v.exactOptional(surgery),
    organAtRisk: v.exactOptional(organAtRisk),
    organs: v.exactOptional(organs),
    dvh: v.exactOptional(
      v.pipe(dvhReferenceSchema, v.description("The target's DVH from a planning system: each patient's TCP is taken over its dose bins with the patient's own radiosensitivity (absent: a uniform dose at the prescription).")),
    ),
    localControl: v.exactOptional(localControlField),
    target: v.exactOptional(choiceField(['lesions'] as const, 'What the arm irradiates: lesions, the patient\'s metastases (SBRT at lesion level; needs lesions and localControl: residual-disease, no surgery). Absent: the tumour.')),
    lesions: v.exactOptional(lesionsSchema),
    modifiers: v.exactOptional(
      list(modifierSchema, 'a list of modifiers', 'Systemic therapy, immunotherapy, cell therapy or hyperthermia given with this arm (docs/scenarios.md, "Multimodal arms").'),
    ),
    pathway: v.exactOptional(pathwaySchema),
    treatmentBySubtype: v.exactOptional(treatmentBySubtypeSchema),
    treatmentByGrade: v.exactOptional(treatmentByGradeSchema),
  },
  'an arm: { id, schedule, survival?, surgery?, … }',
  'One arm of the virtual trial.',
), armProblems);

const followUp = checked(mapping(
  {
    years: numberField({ min: 0, exclusiveMin: true, max: 100 }, 'Follow-up horizon in years (> 0 and ≤ 100); local control is censored there.'),
    firstVisitDays: v.exactOptional(numberField({ min: 0 }, 'Days from the end of treatment to the first follow-up visit (≥ 0): no failure is detected earlier. The visit must fall before the followUp.years horizon in every arm. Default 90.')),
    at: v.exactOptional(
      list(numberField({ min: 0, exclusiveMin: true }, 'A time in years (> 0, ≤ years).'), 'a list of times in years', 'Times (years, increasing, each ≤ years) at which results report Kaplan–Meier local control and 1 − LC (local recurrence were no patient to die).', 1),
    ),
  },
  'a follow-up: { years, firstVisitDays?, at? }',
  'Follow-up of the virtual patients.',
), (f) =>
  (f.at ?? []).flatMap((t, i) => {
    if (t > f.years) return [{ keys: ['at', i], message: `expected a time within the follow-up of ${f.years} years, got ${t}` }];
    if (i > 0 && !(t > (f.at?.[i - 1] as number))) return [{ keys: ['at', i], message: `expected times in increasing order: ${t} follows ${f.at?.[i - 1]}` }];
    return [];
  }));

const pin = checked(
  mapping(
    {
      model: numberField({ integer: true, min: 1 }, 'Model version the results were made with (results.json: rtsim.model).'),
      library: textField('Parameter-library version the results were made with (results.json: rtsim.library.version), e.g. "1.0.0".', {
        pattern: /^\d+\.\d+\.\d+$/,
        expected: 'a version MAJOR.MINOR.PATCH in quotes, e.g. "1.0.0"',
        maxLength: 32,
      }),
    },
    'a pin: { model, library }',
    'The model and parameter-library versions this scenario was written for: rtsim reproduces their results exactly or refuses, naming the release to install (docs/reproducibility.md).',
  ),
  pinProblems,
);

const scenarioSchemaInternal = v.pipe(
  mapping(
    {
      $schema: v.exactOptional(textField('URI of the JSON Schema the file follows (ignored by rtsim; for editors).')),
      version: v.pipe(
        v.literal(1, (issue: v.BaseIssue<unknown>) => scenarioFormatMessage(issue.input)),
        v.description('Scenario format version: 1.'),
      ),
      pin: v.exactOptional(pin),
      name: textField('Name of the scenario.'),
      description: v.exactOptional(textField('What the scenario compares, and why.')),
      references: list(
        textField('A reference.'),
        'a list of references',
        'Where the numbers of this scenario come from (papers, the parameter library, or a note that a value is assumed).',
      ),
      seed: numberField(
        { integer: true, min: 0 },
        'Seed of the random number generators, a whole number from 0 to 2^53 − 1: the same file and seed give the same results.',
        { max: Number.MAX_SAFE_INTEGER, message: (value) => `expected a seed of at most 2^53 − 1 (${Number.MAX_SAFE_INTEGER}), got ${describeValue(value)}` },
      ),
      patients: numberField({ integer: true, min: 1, max: maxPatients }, `Number of virtual patients (a whole number from 1 to ${maxPatients}); every arm sees the same patients.`),
      cohort,
      arms: v.pipe(
        list(arm, 'a list of arms', `The arms to compare (1 to ${maxArms}); ids are unique.`, 1),
        v.maxLength(maxArms, (issue: v.BaseIssue<unknown>) => tooManyArmsMessage(Array.isArray(issue.input) ? issue.input.length : Number.NaN)),
      ),
      followUp,
      localControlModel: v.exactOptional(localControlModelSchema),
      uncertainty: v.exactOptional(uncertaintySchema),
      comparisons: v.exactOptional(comparisonsSchema),
      background: v.exactOptional(backgroundSchema),
      complications: v.exactOptional(complicationsSchema),
      metastasis: v.exactOptional(metastasisSchema),
      progression: v.exactOptional(progressionSchema),
      pathway: v.exactOptional(pathwaySchema),
      gardBands: v.exactOptional(
        checked(
          list(numberField({ min: 0, exclusiveMin: true }, 'A GARD band edge (> 0).'), 'a list of GARD band edges', 'Edges of the GARD bands results report control in, increasing: [20, 30, 40] gives [0, 20), [20, 30), [30, 40), [40, ∞). Default [20, 30, 40]; GARD is reported when a subtype draws rsi, an arm prescribes by gardTarget, or this is given.', 1),
          (edges) => edges.flatMap((edge, i) => (i > 0 && !(edge > edges[i - 1]) ? [{ keys: [i], message: `expected an edge > ${edges[i - 1]}, got ${edge}` }] : [])),
        ),
      ),
    },
    'a scenario: a mapping with version, name, references, seed, patients, cohort, arms and followUp',
    'An rtsim scenario: a virtual cohort and the radiotherapy arms to compare. Units: dose Gy, time days unless a name says otherwise, volume cm³.',
  ),
  v.title('rtsim scenario'),
);

export type { ScenarioInput } from './ScenarioInput.js';

/**
 * The one schema of scenario files (valibot), from which {@link ScenarioInput} and the published JSON Schema
 * are derived. Validate with `validateScenario` (it writes the messages), not with `v.parse` directly.
 */
export const scenarioSchema: v.GenericSchema<ScenarioInput> = exactly<ScenarioInput>()(scenarioSchemaInternal);

/** Named parts of the schema, emitted as `$defs` of the JSON Schema. */
export const scenarioSchemaDefinitions: Readonly<Record<string, v.GenericSchema>> = {
  distribution: distributionSchema,
  schedule: scheduleSchema,
  survivalModel: survival,
  surgery,
  organAtRisk,
  arm,
  subtype,
  cohort,
  followUp,
  uncertainty: uncertaintySchema,
  comparisons: comparisonsSchema,
  background: backgroundSchema,
  complications: complicationsSchema,
  metastasis: metastasisSchema,
  progression: progressionSchema,
  pathway: pathwaySchema,
};
