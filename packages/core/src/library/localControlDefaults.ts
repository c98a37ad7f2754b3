import type { LibraryParameter } from './LibraryParameter.js';
import { sources } from './sources.js';

/**
 * Margin classes of the local-control model: R0 wide; R0 close or planned marginal; R1 planned (a positive margin
 * accepted on a critical structure, or a low-grade liposarcoma); R1 unplanned (positive after an unplanned
 * excision, or an unplanned positive margin at the primary resection). R2 is gross residual disease.
 * Ordered only as the definitions order them (revision 2): R0 wide is better than each other class, and R1
 * unplanned worse than each other class; R0 close and R1 planned are not ordered against each other (Gerrand
 * et al. J Bone Joint Surg Br 2001;83-B:1149, outcome-evidence B1: a planned positive margin is its own category).
 */
export type MarginClass = 'R0-wide' | 'R0-close' | 'R1-planned' | 'R1-unplanned';

/**
 * Library values of the local-control model (docs/local-control-model.md), read by the cohort engine for arms with
 * `localControl: residual-disease`; part of `libraryContent` (and so of the library hash) since library 1.1.0.
 */
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
  /** T_d, per-patient doubling time of a local failure after treatment (grade 2), lognormal between patients */
  readonly regrowthDoublingTime: LibraryParameter;
  /** γ, log ratio of the median doubling time per FNCLCC grade step: T_d,50(g) = T_d,50·e^{−γ(g − 2)} (revision 2) */
  readonly regrowthGradeLogRatio: LibraryParameter;
  /** q, share of local failures that regrow only after a dormant period (revision 2) */
  readonly dormantShare: LibraryParameter;
  /** λ, reawakening rate of a dormant residue, per year: dormancy ~ Exponential(λ) (revision 2) */
  readonly reawakeningRate: LibraryParameter;
}

const fit =
  'Calibrated by maximum likelihood (scripts/reference/local_control_model.py, model revision 2) on the 11 fit series of calibration/local-control-evidence.yaml (outcome-evidence A1, A6, A7, B1, B5, B8, G11, C2, F5, F7 and Baumann et al.), jointly with the other 12 parameters of the local-control model, −2 ln L = 20.9 on 25 binomial terms; 18 series held out (holdout-1, split committed before the first fit) and 9 more (holdout-2, committed before revision 2 was run). Revision 2 was designed after revision 1\'s held-out misses had been seen (docs/local-control-model.md). Covariate mixes of the series are assumptions written in the data file. ';

function calibrated(value: LibraryParameter['value'], unit: string, endpoint: string, model: string, note: string): LibraryParameter {
  return { value, unit, evidence: { kind: 'calibrated', grade: 'C', source: sources.rtsimLocalControlCalibration, endpoint, model, note: fit + note } };
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
const regrowthModel = 'P(detected by t | failure) = (1 − q)·P(t) + q·P(t − s), P(t) = Φ((ln(t/D) − ln T_d,50(g))/σ), T_d,50(g) = T_d,50·e^{−γ(g − 2)}, s ~ Exponential(λ), D = log₂(10⁷/K) doublings';

/**
 * Defaults of the covariate local-control model (issue 14): margin-class log odds, cited covariate odds ratios,
 * residual clonogens, tumour-bed and size-dependent hypoxia, and the regrowth doubling time (maximum-likelihood
 * values with profile 95% intervals in the notes; docs/local-control-model.md).
 */
export const localControlDefaults: LocalControlDefaults = {
  marginLogOdds: {
    'R0-wide': calibrated(
      { dist: 'fixed', value: -4.2530 },
      'log odds',
      '5-year LC after R0 re-resection without RT by age (B8, 200 patients), wide excision alone (B5), time course A1',
      marginModel,
      'Maximum-likelihood θ = −4.25, profile 95% interval −5.45 to −3.38: π = 1.4% for the reference patient (G1, superficial, < 5 cm, < 50 y), 27% for a G3, deep, 5–10 cm patient aged 50 or more.',
    ),
    'R0-close': calibrated(
      { dist: 'fixed', value: -1.7434 },
      'log odds',
      'marginal excision alone 12/19 controlled, with RT 19/21 (B5, grade III–IV)',
      marginModel,
      'θ_{R0 wide} + e^{ℓ}, ℓ = 0.920 (profile 95% interval 0.34 to 1.43): the step over R0 wide is 2.51 (odds ratio 12). The fit series name this class "marginal" (B5, Enneking: through the reactive zone), a narrower margin than most "negative" margins.',
    ),
    'R1-planned': calibrated(
      { dist: 'fixed', value: -3.9357 },
      'log odds',
      'planned positive margins with RT: 1/24 low-grade liposarcoma, 1/28 on a critical structure (B1, group sizes computed)',
      marginModel,
      'θ_{R0 wide} + e^{ℓ}, ℓ = −1.148 (profile 95% interval ≤ −8.00 to 0.43 (an end at the search bound)): a step of 0.32 over R0 wide. Revision 2 orders R1 planned only against R0 wide and R1 unplanned (the definitions of Gerrand et al., B1); revision 1 forced it above R0 close and its step went to the search bound.',
    ),
    'R1-unplanned': calibrated(
      { dist: 'fixed', value: -0.8361 },
      'log odds',
      'unplanned positive margins with RT 6/19 and 6/16 recurrences (B1); 22/64 after unplanned excision (G11)',
      marginModel,
      'max(θ_{R0 close}, θ_{R1 planned}) + e^{ℓ}, ℓ = −0.097 (profile 95% interval ≤ −8.00 to ≥ 2.50 (an end at the search bound)): odds ratio 2.5 over R0 close.',
    ),
  },
  covariateLogOddsRatio: {
    gradeG2: cited(0.5596, 'Liang Y, Guo T, Hong D, Xiao W, Zhou Z, Zhang X', 'Front Oncol 10:599097', 2020, 'LR hazard ratio G2 vs G1 1.75 after R0 resection (477 patients; outcome-evidence A7, C6)', 'ln 1.75: the published hazard ratio taken as the log odds ratio of residual disease (close to it while LR after R0 resection is uncommon; assumption, as for every covariate here).'),
    gradeG3: cited(0.9439, 'Liang Y, Guo T, Hong D, Xiao W, Zhou Z, Zhang X', 'Front Oncol 10:599097', 2020, 'LR hazard ratio G3 vs G1 2.57 (A7, C6)', 'ln 2.57: the published hazard ratio taken as the log odds ratio of residual disease (close to it while LR after R0 resection is uncommon; assumption, as for every covariate here).'),
    deep: cited(0.5481, 'Liang Y, Guo T, Hong D, Xiao W, Zhou Z, Zhang X', 'Front Oncol 10:599097', 2020, 'LR hazard ratio deep vs superficial 1.73 (A7)', 'ln 1.73: the published hazard ratio taken as the log odds ratio of residual disease (close to it while LR after R0 resection is uncommon; assumption, as for every covariate here).'),
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
      { dist: 'fixed', value: 1.3965 },
      'log odds ratio of residual disease',
      '5-year LR after negative re-resection without RT: 5% under 50 y vs 15% at 50 y or more (B8)',
      'logistic residual-disease probability',
      'Maximum-likelihood 1.40 (odds ratio 4.0), profile 95% interval 0.24 to 2.58. The 80/120 split of the 200 patients by age is assumed. Age > 64 is an LR predictor in A1 and age > 50 has RR 6 in high-grade small tumours (C5).',
    ),
  },
  residualClonogens: calibrated(
    { dist: 'lognormal', median: 2.4e5, sigma: 2.3 },
    'clonogens',
    'contrast with and without RT: marginal excision 12/19 vs 19/21 controlled (B5); 5-y LR 11–13% surgery alone (B8) vs a few per cent after RT (B1 planned)',
    'Poisson control e^{−nS} of the residue, S from tumourBedLogSurvival (postoperative) or reoxygenatedLogSurvival with the tumour’s h(d) (preoperative, revision 2)',
    'Median e^{12.39} = 2.4 × 10⁵ clonogens (profile 95% interval 8.29 to ≥ 13.82 (an end at the search bound) on the ln scale) (below 0.1 cm³ at 10⁷ per cm³; the search bound was 10⁶), σ_ln 2.3 held fixed (one decade SD, as the library R1 residual).',
  ),
  tumourBedHypoxicFraction: calibrated(
    { dist: 'fixed', value: 0.0103 },
    'fraction of residual clonogens (0–1)',
    'the roughly threefold, not complete, reduction of LR by RT (B5 marginal ± RT, B8, B1; B3 hazard ratio 3 for no RT)',
    'two compartments without reoxygenation, OER 2.5 (tumourBedLogSurvival); postoperative RT only (revision 2)',
    'Maximum-likelihood e^{−4.58} = 1.0%, profile 95% interval −7.05 to −1.70 on the ln scale: weakly identified, it trades off with the residual clonogens. Why hypoxia: fully oxic LQ kill of 60 Gy would sterilise every microscopic residue. A scar-bound hypoxic share is the classic argument for higher postoperative doses (66 Gy postoperative vs 50 Gy preoperative for the same LR, B13).',
  ),
  hypoxicFractionAt8cm: calibrated(
    { dist: 'fixed', value: 0.2020 },
    'fraction of clonogens (0–1)',
    '5-year LC 87.5/53/30% for < 5/5–10/> 10 cm after ≥ 64 Gy alone (C2, group sizes 8/15/13 assumed); SBRT per-lesion LC at 50 Gy/5 (F5, Baumann) and the BED₃ 95 Gy gradient (F7)',
    'h = min(1, h₈·d/8 cm), full reoxygenation between fractions, OER 2.5, N₀ = 10⁷ per cm³ × πd³/6 (reoxygenatedLogSurvival); also the residue of preoperative RT (revision 2)',
    'Maximum-likelihood e^{−1.60} = 0.20 (profile 95% interval −2.12 to −1.27 on the ln scale), inside the assumed sarcoma range 0–0.4 (sarcomaHypoxicFraction, Brizel et al.).',
  ),
  regrowthDoublingTime: calibrated(
    { dist: 'lognormal', median: 18.6, sigma: 0.05 },
    'd',
    'LC 83/80/79% at 5/10/15 y (A1, 1225 patients); 48% of LRs after 12 months (A7); 9% LR after 3 y among the event-free (A6)',
    regrowthModel,
    'Median e^{2.92} = 18.6 d for grade 2 (profile 95% interval 2.88 to 3.22 on the ln scale), σ_ln e^{−2.99} = 0.05 (≤ −3.00 to −0.99 (an end at the search bound)): with a dormant share in the model (revision 2) the fit puts the whole spread of recurrence times into dormancy and none into the regrowth rate; σ is at its search bound (e^{−3}). For comparison, untreated pulmonary nodules of mixed primaries doubled in 118 ± 134 d (22–930; G21).',
  ),
  regrowthGradeLogRatio: calibrated(
    { dist: 'fixed', value: -0.0699 },
    'log ratio per grade step',
    'timing of LR in series with grade mixes (A1, A6, A7; grade-pure strata of B1, B5, G11)',
    regrowthModel,
    'Maximum-likelihood γ = −0.07, profile 95% interval −0.58 to 0.30: the fit series do not identify a grade effect on regrowth (none reports recurrence times by grade). Kept in the model because FNCLCC grade scores the mitotic count (Trojani et al. Int J Cancer 1984;33:37); a stratified time-to-LR series would set it.',
  ),
  dormantShare: calibrated(
    { dist: 'fixed', value: 0.4963 },
    'fraction of local failures (0–1)',
    'late LR: LC 83/80/79% at 5/10/15 y (A1); 34/377 LR after 3 y among the event-free (A6); 48% of LRs after 1 y (A7)',
    regrowthModel,
    'Maximum-likelihood logit q = −0.015 (q = 0.50), profile 95% interval −0.32 to 0.29 on the logit scale. Dormancy as a mechanism of late recurrence: Aguirre-Ghiso JA, Nat Rev Cancer 2007;7:834-46 (no sarcoma-specific value exists in the evidence base).',
  ),
  reawakeningRate: calibrated(
    { dist: 'fixed', value: 0.1870 },
    'per year',
    'late LR: A1 (10 and 15 y), A6 (3–10 y), A7 (share after 1 y)',
    regrowthModel,
    'Maximum-likelihood e^{−1.68} = 0.19 per year (mean dormancy 5.3 y), profile 95% interval −2.08 to −1.40 on the ln scale.',
  ),
};
