import type { LibraryParameter } from './LibraryParameter.js';
import { sources } from './sources.js';

/**
 * Margin classes of the local-control model: R0 wide; R0 close or planned marginal; R1 planned (a positive margin
 * accepted on a critical structure, or a low-grade liposarcoma); R1 unplanned (positive after an unplanned
 * excision, or an unplanned positive margin at the primary resection). R2 is gross residual disease.
 */
export type MarginClass = 'R0-wide' | 'R0-close' | 'R1-planned' | 'R1-unplanned';

/** Library values of the local-control model (docs/local-control-model.md); not yet used by the cohort engine. */
export interface LocalControlDefaults {
  /** θ_m, log odds of clonogenic residual disease after resection by margin class (dimensionless) */
  readonly marginLogOdds: Readonly<Record<MarginClass, LibraryParameter>>;
  /** b_k, log odds ratios of residual disease by covariate level (reference: G1, superficial, < 5 cm, extremity or trunk wall, primary, age < 50) */
  readonly covariateLogOddsRatio: Readonly<Record<'gradeG2' | 'gradeG3' | 'deep' | 'diameter5to10cm' | 'diameterOver10cm' | 'retroperitoneumOrHeadNeck' | 'recurrentPresentation' | 'ageOver50', LibraryParameter>>;
  /** clonogens n of microscopic residual disease, lognormal between patients */
  readonly residualClonogens: LibraryParameter;
  /** h_bed, the chronically hypoxic share of residual disease in the tumour bed (no reoxygenation) */
  readonly tumourBedHypoxicFraction: LibraryParameter;
  /** h₈, hypoxic fraction of an 8 cm gross tumour or lesion: h = min(1, h₈·d/8 cm), reoxygenating */
  readonly hypoxicFractionAt8cm: LibraryParameter;
  /** T_d, per-patient doubling time of a local failure after treatment, lognormal between patients */
  readonly regrowthDoublingTime: LibraryParameter;
}

const fit =
  'Calibrated by maximum likelihood (scripts/reference/local_control_model.py) on the 11 fit series of calibration/local-control-evidence.yaml (outcome-evidence A1, A6, A7, B1, B5, B8, G11, C2, F5, F7 and Baumann et al.), jointly with the other parameters of the local-control model, −2 ln L = 42.4 on 25 binomial terms; 18 series held out (split committed before the fit). Covariate mixes of the series are assumptions written in the data file. ';

function calibrated(value: LibraryParameter['value'], unit: string, endpoint: string, model: string, note: string): LibraryParameter {
  return { value, unit, evidence: { kind: 'calibrated', grade: 'C', source: sources.rtsimCalibration, endpoint, model, note: fit + note } };
}

function cited(value: number, authors: string, journal: string, year: number, endpoint: string, note: string, grade: 'B' | 'C' | 'D' = 'C'): LibraryParameter {
  return {
    value: { dist: 'fixed', value },
    unit: 'log odds ratio of residual disease',
    evidence: {
      kind: 'clinical-fit',
      grade,
      source: { authors, journal, year },
      endpoint,
      model: 'logistic residual-disease probability π = 1/(1 + e^{−(θ_m + Σ b_k x_k)}); a hazard ratio of local recurrence read as an odds ratio',
      note,
    },
  };
}

const marginModel = 'π = 1/(1 + e^{−(θ_m + Σ b_k x_k)}) of residual disease, then Poisson control e^{−nS} of its n clonogens';

/**
 * Defaults of the covariate local-control model (issue 14): margin-class log odds, cited covariate odds ratios,
 * residual clonogens, tumour-bed and size-dependent hypoxia, and the regrowth doubling time (maximum-likelihood
 * values with profile 95% intervals in the notes; docs/local-control-model.md).
 */
export const localControlDefaults: LocalControlDefaults = {
  marginLogOdds: {
    'R0-wide': calibrated(
      { dist: 'fixed', value: -4.2904 },
      'log odds',
      '5-year LC after R0 re-resection without RT by age (B8, 200 patients), wide excision alone (B5), time course A1',
      marginModel,
      'Maximum-likelihood θ = −4.29, profile 95% interval −5.46 to −3.47: π = 1.4% for the reference patient (G1, superficial, < 5 cm, < 50 y), 24% for a G3, deep, 5–10 cm patient aged 50 or more.',
    ),
    'R0-close': calibrated(
      { dist: 'fixed', value: -2.3422 },
      'log odds',
      'marginal excision alone 12/19 controlled, with RT 19/21 (B5, grade III–IV)',
      marginModel,
      'θ_{R0 wide} + e^{ℓ}, ℓ = 0.667 (profile 95% interval 0.146–1.016): the step over R0 wide is 1.95 (odds ratio 7.0; interval 1.16–2.76).',
    ),
    'R1-planned': calibrated(
      { dist: 'fixed', value: -2.3418 },
      'log odds',
      'planned positive margins with RT: 1/24 low-grade liposarcoma, 1/28 on a critical structure (B1, group sizes computed)',
      marginModel,
      'The step over R0 close went to its lower bound (ℓ = −8, step 0.0003; profile 95% interval up to ℓ = −0.68, a step of at most 0.51): the data put planned positive margins at the same risk as close R0 margins, as Gerrand et al. (B1) report for planned positive margins. Without the ordering built in, the fit put R1 planned below R0 close.',
    ),
    'R1-unplanned': calibrated(
      { dist: 'fixed', value: -0.5037 },
      'log odds',
      'unplanned positive margins with RT 6/19 and 6/16 recurrences (B1); 22/64 after unplanned excision (G11)',
      marginModel,
      'θ_{R1 planned} + e^{ℓ}, ℓ = 0.609 (odds ratio 6.3 over planned); profile 95% interval ℓ −2.73 to the search bound 2.5 (step 0.065 to ≥ 12): the fit series cannot exclude that every unplanned R1 patient has residual disease.',
    ),
  },
  covariateLogOddsRatio: {
    gradeG2: cited(0.5596, 'Liang Y, Guo T, Hong D, Xiao W, Zhou Z, Zhang X', 'Front Oncol 10:599097', 2020, 'LR hazard ratio G2 vs G1 1.75 after R0 resection (477 patients; outcome-evidence A7, C6)', 'ln 1.75.'),
    gradeG3: cited(0.9439, 'Liang Y, Guo T, Hong D, Xiao W, Zhou Z, Zhang X', 'Front Oncol 10:599097', 2020, 'LR hazard ratio G3 vs G1 2.57 (A7, C6)', 'ln 2.57.'),
    deep: cited(0.5481, 'Liang Y, Guo T, Hong D, Xiao W, Zhou Z, Zhang X', 'Front Oncol 10:599097', 2020, 'LR hazard ratio deep vs superficial 1.73 (A7)', 'ln 1.73.'),
    diameter5to10cm: cited(0.3710, 'Toulmonde M, Le Cesne A, Mendiboure J, Blay JY, … Italiano A', 'Cancer 120(19):3003-6', 2014, 'late LR hazard ratio 2.1 for > 100 mm (A5)', 'ln √2.1, half the > 10 cm log odds: an interpolation (assumption) between < 5 cm and > 10 cm. After resection size changes LR little, as the issue notes.', 'D'),
    diameterOver10cm: cited(0.7419, 'Toulmonde M, Le Cesne A, Mendiboure J, Blay JY, … Italiano A', 'Cancer 120(19):3003-6', 2014, 'late LR hazard ratio 2.1 for > 100 mm (A5)', 'ln 2.1; Scandinavian data give 3× for > 10 cm (B5, crude).'),
    retroperitoneumOrHeadNeck: cited(1.3610, 'Toulmonde M, Le Cesne A, Mendiboure J, Blay JY, … Italiano A', 'Cancer 120(19):3003-6', 2014, 'late LR hazard ratio 3.9 for internal trunk (A5)', 'ln 3.9 for retroperitoneum; head and neck given the same value (assumption: Zagars et al. 2003, A1, name both head and neck and deep trunk as LR predictors without a value). Trunk wall is taken as extremity.', 'D'),
    recurrentPresentation: {
      value: { dist: 'fixed', value: 0.6931 },
      unit: 'log odds ratio of residual disease',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.rtsimAssumption,
        endpoint: 'recurrent presentation is an LR predictor in 1225 patients (Zagars et al. Cancer 2003;97:2530, A1) without a published value in the evidence base',
        model: 'logistic residual-disease probability',
        note: 'ln 2, a placeholder of the size of the grade and depth effects. Calibrate when a stratified series is available.',
      },
    },
    ageOver50: calibrated(
      { dist: 'fixed', value: 1.2692 },
      'log odds ratio of residual disease',
      '5-year LR after negative re-resection without RT: 5% under 50 y vs 15% at 50 y or more (B8)',
      'logistic residual-disease probability',
      'Maximum-likelihood 1.27 (odds ratio 3.6), profile 95% interval 0.25–2.53. The 80/120 split of the 200 patients by age is assumed. Age > 64 is an LR predictor in A1 and age > 50 has RR 6 in high-grade small tumours (C5).',
    ),
  },
  residualClonogens: calibrated(
    { dist: 'lognormal', median: 6.8e4, sigma: 2.3 },
    'clonogens',
    'contrast with and without RT: marginal excision 12/19 vs 19/21 controlled (B5); 5-y LR 11–13% surgery alone (B8) vs a few per cent after RT (B1 planned)',
    'Poisson control e^{−nS} of the residue, S from tumourBedLogSurvival',
    'Median e^{11.12} = 6.8 × 10⁴ clonogens (profile 95% interval 3.2 × 10³–5.0 × 10⁵) (below 0.1 cm³ at 10⁷ per cm³; the search bound was 10⁶), σ_ln 2.3 held fixed (one decade SD, as the library R1 residual).',
  ),
  tumourBedHypoxicFraction: calibrated(
    { dist: 'fixed', value: 0.0368 },
    'fraction of residual clonogens (0–1)',
    'the roughly threefold, not complete, reduction of LR by RT (B5 marginal ± RT, B8, B1; B3 hazard ratio 3 for no RT)',
    'two compartments without reoxygenation, OER 2.5 (tumourBedLogSurvival)',
    'Maximum-likelihood e^{−3.30} = 3.7%, profile 95% interval 0.52–78%: weakly identified, it trades off with the residual clonogens. Why hypoxia: fully oxic LQ kill of 60 Gy would sterilise every microscopic residue. A scar-bound hypoxic share is the classic argument for higher postoperative doses.',
  ),
  hypoxicFractionAt8cm: calibrated(
    { dist: 'fixed', value: 0.2323 },
    'fraction of clonogens (0–1)',
    '5-year LC 87.5/53/30% for < 5/5–10/> 10 cm after ≥ 64 Gy alone (C2, group sizes 8/15/13 assumed); SBRT per-lesion LC at 50 Gy/5 (F5, Baumann) and the BED₃ 95 Gy gradient (F7)',
    'h = min(1, h₈·d/8 cm), full reoxygenation between fractions, OER 2.5, N₀ = 10⁷ per cm³ × πd³/6 (reoxygenatedLogSurvival)',
    'Maximum-likelihood e^{−1.46} = 0.23 (profile 95% interval 0.14–0.33), inside the assumed sarcoma range 0–0.4 (sarcomaHypoxicFraction, Brizel et al.).',
  ),
  regrowthDoublingTime: calibrated(
    { dist: 'lognormal', median: 45.0, sigma: 1.18 },
    'd',
    'LC 83/80/79% at 5/10/15 y (A1, 1225 patients); 48% of LRs after 12 months (A7); 9% LR after 3 y among the event-free (A6)',
    'P(detected by t | failure) = Φ((ln(t/D) − ln T_d,50)/σ), D = log₂(10⁷/K) doublings (recurrenceDetectionProbability)',
    'Median e^{3.81} = 45 d (profile 95% interval 36–57 d), σ_ln e^{0.165} = 1.18 (0.93–1.61). For comparison, untreated pulmonary nodules of mixed primaries doubled in 118 ± 134 d (22–930; G21), a lognormal with median 78 d and σ_ln 0.91: the same order, a wider spread here (it also absorbs dormancy).',
  ),
};
