import type { ExplorerState } from './explorerState.js';

/** Numeric fields of {@link ExplorerState} that have a slider (the reference schedule's are flattened). */
export type NumericKey =
  | 'alpha' | 'alphaBeta' | 'dose' | 'fractions' | 'perWeek' | 'everyDays' | 'gapAfter' | 'gapDays'
  | 'kickoffTime' | 'doublingTime' | 'log10Clonogens' | 'hypoxicFraction' | 'oer' | 'transitionDose' | 'd0'
  | 'sigmaAlpha' | 'tumourDiameter' | 'primaryCareDays' | 'secondaryCareDays' | 'sarcomaCentreDays' | 'treatmentDays'
  | 'reviewShare' | 'patientIntervalShare';

/** A slider: its range, step, default, unit and the name of its URL parameter. */
export interface NumericParameter {
  readonly key: NumericKey;
  /** Query-string name (stable: shared links depend on it). */
  readonly param: string;
  /** Label text (plain text). */
  readonly label: string;
  /** Unit as shown after the field; empty for dimensionless quantities. */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Decimals kept in the state and the URL. */
  readonly decimals: number;
  readonly initial: number;
  /** One-line explanation shown under the control. */
  readonly help: string;
}

const p = (key: NumericKey, param: string, label: string, unit: string, min: number, max: number, step: number,
  decimals: number, initial: number, help: string): NumericParameter =>
  ({ key, param, label, unit, min, max, step, decimals, initial, help });

/**
 * The explorer's sliders. Ranges cover teaching cases from conventional fractionation to single-fraction
 * radiosurgery; defaults are a generic soft-tissue sarcoma (α/β 4 Gy: Haas et al., Radiat Res 2021, median
 * of 14 lines 4.9 Gy; clinical statement 4–5 Gy), the presets load published subtype values.
 */
export const numericParameters: readonly NumericParameter[] = [
  p('alpha', 'alpha', 'α', '1/Gy', 0.01, 1, 0.01, 3, 0.3, 'Lethal damage per Gy from single tracks.'),
  p('alphaBeta', 'ab', 'α/β', 'Gy', 0.5, 20, 0.1, 2, 4, 'Dose at which the α and β kills are equal; low = sensitive to fraction size.'),
  p('dose', 'd', 'Dose per fraction', 'Gy', 0.5, 30, 0.1, 2, 2, 'Physical dose of each fraction.'),
  p('fractions', 'n', 'Number of fractions', '', 1, 45, 1, 0, 25, 'Fractions of the reference schedule.'),
  p('perWeek', 'pw', 'Fractions per week', '', 1, 7, 1, 0, 5, 'Monday first; weekends skipped up to 5 a week.'),
  p('everyDays', 'ed', 'Every k days', 'days', 1, 14, 1, 0, 2, 'Days between consecutive fractions.'),
  p('gapAfter', 'ga', 'Gap after fraction', '', 0, 44, 1, 0, 0, '0 = no interruption.'),
  p('gapDays', 'gd', 'Gap length', 'days', 0, 42, 1, 0, 0, 'Extra days added after that fraction.'),
  p('kickoffTime', 'tk', 'Kick-off time T_k', 'days', 0, 60, 1, 1, 21, 'Start of accelerated repopulation after the first fraction.'),
  p('doublingTime', 'td', 'Doubling time T_d', 'days', 0.5, 100, 0.5, 1, 10, 'Effective clonogen doubling time during treatment.'),
  p('log10Clonogens', 'logN', 'Clonogens N₀ (log₁₀)', '', 2, 12, 0.1, 1, 9, 'Initial clonogen number, 10² to 10¹² (log scale).'),
  p('hypoxicFraction', 'h', 'Hypoxic fraction', '', 0, 0.8, 0.01, 2, 0, 'Share of clonogens that are hypoxic (0 = off).'),
  p('oer', 'oer', 'Oxygen enhancement ratio', '', 1, 3.5, 0.1, 2, 2.5, 'Hypoxic cells see α/OER and β/OER².'),
  p('transitionDose', 'dt', 'LQ-L transition dose D_T', 'Gy', 1, 20, 0.1, 2, 6, 'Above D_T the LQ-L curve continues on its tangent.'),
  p('d0', 'd0', 'USC D₀', 'Gy', 0.3, 3, 0.01, 2, 1.25, 'Slope of the multi-target line; needs α·D₀ < 1.'),
  p('sigmaAlpha', 'sa', 'σ_α (between patients)', '1/Gy', 0, 0.3, 0.005, 3, 0.07, 'Spread of α in the population TCP.'),
  p('tumourDiameter', 'size', 'Tumour diameter', 'cm', 1, 30, 0.5, 1, 8, 'Size band of the residual-disease odds; N₀ and hypoxia of a gross tumour; the size at the first doctor visit on the pathway card.'),
  // Pathway intervals: defaults are the library's medians (pathwayDefaults: G3 Dyrop et al. 2016, G8 Curtis et al. 2018).
  p('primaryCareDays', 'pwpc', 'Primary care', 'days', 0, 120, 1, 0, 17, 'First doctor visit → referral to hospital (median; G3: 17 d).'),
  p('secondaryCareDays', 'pwsc', 'Local hospital', 'days', 0, 120, 1, 0, 29, 'Imaging at the local hospital → referral to the sarcoma centre (G3: 29 d).'),
  p('sarcomaCentreDays', 'pwcc', 'Sarcoma centre', 'days', 0, 120, 1, 0, 17, 'Biopsy and pathology → diagnosis (G3: 17 d).'),
  p('treatmentDays', 'pwtx', 'Diagnosis to treatment', 'days', 0, 120, 1, 0, 22, 'Diagnosis → first treatment (G8: 22 d).'),
  p('reviewShare', 'pwrev', 'Expert review', '', 0, 1, 0.05, 2, 0, 'Share of diagnoses an expert pathologist reviews before treatment.'),
  p('patientIntervalShare', 'pwpi', 'Patient interval', '', 0.1, 1, 0.05, 2, 1, 'Share of the usual first symptom → first doctor visit interval that patients wait (1: usual care; below 1: an awareness campaign, a what-if). They come with the smaller tumour they had then.'),
];

/** The parameter of a key. */
export function numericParameter(key: NumericKey): NumericParameter {
  const found = numericParameters.find((q) => q.key === key);
  if (!found) throw new Error(`unknown explorer parameter ${key}`);
  return found;
}

/** Clamps to the parameter's range and rounds to its decimals; NaN → the default. */
export function normaliseValue(parameter: NumericParameter, value: number): number {
  if (!Number.isFinite(value)) return parameter.initial;
  const clamped = Math.min(parameter.max, Math.max(parameter.min, value));
  return Number(clamped.toFixed(parameter.decimals));
}

/** The default explorer state: 25 × 2 Gy, 5 a week, LQ, generic sarcoma parameters; an 8 cm deep G3 extremity STS with preoperative RT and an R0 wide margin. */
export const defaultState: ExplorerState = {
  alpha: 0.3,
  alphaBeta: 4,
  reference: { fractions: 25, dose: 2, spacing: 'perWeek', every: 5 },
  gapAfter: 0,
  gapDays: 0,
  kickoffTime: 21,
  doublingTime: 10,
  repopulation: true,
  log10Clonogens: 9,
  hypoxicFraction: 0,
  oer: 2.5,
  reoxygenation: 'full',
  model: 'lq',
  transitionDose: 6,
  d0: 1.25,
  sigmaAlpha: 0.07,
  compare: [],
  marginClass: 'R0-wide',
  timing: 'preop',
  grade: 'G3',
  tumourDiameter: 8,
  site: 'extremity',
  depth: 'deep',
  ageBand: 'over50',
  localControlComparison: 'margins',
  primaryCareDays: 17,
  secondaryCareDays: 29,
  sarcomaCentreDays: 17,
  treatmentDays: 22,
  referral: 'local',
  reviewShare: 0,
  patientIntervalShare: 1,
};
