import type { ArmInput, BackgroundInput, CovariatesInput, ScenarioInput } from '../scenario/ScenarioInput.js';
import type { EvidenceLevels, EvidencePartInput, EvidenceTreatmentInput } from './EvidenceInput.js';

/** Interval between preoperative RT and surgery, and between surgery and postoperative RT (days; as the shipped scenarios). */
const operationIntervalDays = 35;

/**
 * Death from other causes of a part that reports survival and gives none: the US Social Security 2017 period life
 * table (kept in rtsim), women 43% (an assumption, as scenarios/metastasis-and-survival.yaml).
 */
export const defaultEvidenceBackground: BackgroundInput = { lifeTable: 'us-ssa-2017', sex: { female: 0.43 } };

/** `{ level: 1 }` for one level, the shares as given otherwise. */
function shares<K extends string>(levels: EvidenceLevels<K>): Partial<Record<K, number>> {
  return typeof levels === 'string' ? ({ [levels]: 1 } as Partial<Record<K, number>>) : { ...levels };
}

/** Dose per fraction (Gy), fractions and whether the course precedes surgery. */
function course(treatment: EvidenceTreatmentInput): { dose: number; fractions: number; preoperative: boolean } {
  if (treatment === 'none') return { dose: 0, fractions: 1, preoperative: false };
  if (treatment === 'preop50') return { dose: 2, fractions: 25, preoperative: true };
  if (treatment === 'postop66' || treatment === 'rt66') return { dose: 2, fractions: 33, preoperative: false };
  if (treatment === 'rt64') return { dose: 2, fractions: 32, preoperative: false };
  if ('preop' in treatment) return { dose: treatment.preop.dose / treatment.preop.fractions, fractions: treatment.preop.fractions, preoperative: true };
  return { dose: treatment.sbrt.dose / treatment.sbrt.fractions, fractions: treatment.sbrt.fractions, preoperative: false };
}

/**
 * The arm of a population part (docs/calibration.md, "Local-control evidence files"): `localControl:
 * residual-disease`; a resected margin class gives surgery with that class only (preoperative courses: surgery 35 days
 * after the week of the last fraction; otherwise surgery 35 days before the first fraction; surgery alone is one 0 Gy
 * fraction on the day of the operation); gross disease and a lesion have no surgery. Conventional courses run
 * Monday–Friday, SBRT every other day.
 */
function partArm(margin: NonNullable<EvidencePartInput['margin']>, treatment: EvidenceTreatmentInput): ArmInput {
  const { dose, fractions, preoperative } = course(treatment);
  const sbrt = typeof treatment === 'object' && 'sbrt' in treatment;
  const schedule = sbrt ? { fractions, dose, everyDays: 2 } : { fractions, dose, perWeek: 5 };
  const resected = margin !== 'gross' && margin !== 'lesion';
  if (!resected) return { id: 'part', localControl: 'residual-disease', schedule };
  const weeks = Math.ceil(fractions / 5);
  const day = treatment === 'none' ? 0 : preoperative ? 7 * weeks + operationIntervalDays : -operationIntervalDays;
  return { id: 'part', localControl: 'residual-disease', schedule, surgery: { day, margins: { [margin]: 1 } } };
}

/**
 * Covariates of a part as the scenario's `cohort.covariates`. The age band becomes a uniform age whose share at 50
 * or more is the band's share, the only thing the model reads from age: uniform on [50 − 10·p_under, 50 + 10·p_over].
 */
function partCovariates(part: EvidencePartInput): CovariatesInput {
  const age = shares(part.age ?? { under50: 0.4, over50: 0.6 });
  const under = age.under50 ?? 0;
  const over = age.over50 ?? 0;
  const total = under + over;
  return {
    ...(part.grade === undefined ? {} : { grade: shares(part.grade) }),
    ...(part.depth === undefined ? {} : { depth: shares(part.depth) }),
    ...(part.site === undefined ? {} : { site: shares(part.site) }),
    ...(part.presentation === undefined ? {} : { presentation: shares(part.presentation) }),
    ...(part.age === undefined ? {} : { age: { dist: 'uniform', min: 50 - (10 * under) / total, max: 50 + (10 * over) / total } }),
    unplannedExcision: 0,
  };
}

/**
 * A population part of a local-control evidence series as a scenario: one arm with the residual-disease model
 * (see partArm), the part's covariates, its diameter (cm; library `sts` otherwise), the file's seed and patients,
 * and follow-up long enough for the latest time asked of it. A part whose stratum reports survival (`survivalYears`
 * not empty) adds `background` (the part's, else {@link defaultEvidenceBackground}), `metastasis` (its era, else the
 * engine's) and those times as `followUp.at`, where the engine reports its competing-event endpoints.
 * @param part - the part with the file's defaults merged in (every field present)
 * @param options - name, seed, patients, follow-up horizon in years, times of survival observations (years from the first treatment event)
 * @returns the scenario input (validate it with validateScenario)
 */
export function evidenceScenario(part: EvidencePartInput, options: { readonly name: string; readonly seed: number; readonly patients: number; readonly years: number; readonly survivalYears?: readonly number[] }): ScenarioInput {
  const margin = part.margin ?? 'R0-wide';
  const at = [...new Set(options.survivalYears ?? [])].sort((a, b) => a - b);
  const survival = at.length === 0 ? {} : { background: { ...(part.background ?? defaultEvidenceBackground) }, metastasis: part.metastasisEra === undefined ? {} : { era: part.metastasisEra } };
  return {
    version: 1,
    name: options.name,
    references: ['calibration/local-control-evidence.yaml'],
    seed: options.seed,
    patients: options.patients,
    cohort: {
      ...(part.diameter === undefined ? {} : { diameter: { ...part.diameter } }),
      covariates: partCovariates(part),
      subtypes: [{ ref: 'sts' }],
    },
    arms: [partArm(margin, part.treatment ?? 'postop66')],
    ...survival,
    followUp: at.length === 0 ? { years: options.years } : { years: options.years, at },
  };
}
