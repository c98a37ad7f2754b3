import type { LibraryParameter } from './LibraryParameter.js';
import { sources } from './sources.js';

/**
 * Library values of the distant-metastasis and sarcoma-death model (issue 15 foundation, docs/metastasis-model.md).
 * Not yet read by the cohort engine and not part of `libraryContent` (so not of the library hash) until it is wired.
 */
export interface MetastasisDefaults {
  /** θ, log odds of subclinical metastasis at diagnosis for the reference patient (G1, superficial, < 5 cm, primary) */
  readonly interceptLogOdds: LibraryParameter;
  /** c_k, log odds ratios of subclinical metastasis by covariate level (reference as above) */
  readonly covariateLogOddsRatio: Readonly<Record<'gradeG2' | 'gradeG3' | 'diameter5to10cm' | 'diameterOver10cm' | 'deep' | 'recurrentPresentation', LibraryParameter>>;
  /** T_D, days from the end of treatment to clinical detection of a metastasis, lognormal between patients */
  readonly detectionTime: LibraryParameter;
  /** T_S, days from the detection of metastasis to death from sarcoma, lognormal between patients */
  readonly survivalAfterMetastasis: LibraryParameter;
  /** s, probability that a local recurrence seeds a metastasis in a patient who had none */
  readonly recurrenceSeeding: LibraryParameter;
}

const fit =
  'Calibrated by maximum likelihood (scripts/reference/metastasis_model.py) on the 5 fit series of calibration/metastasis-evidence.yaml (outcome-evidence A1/D8 FFM and DSS at 5/10/15 y, D18, C8, D9 2002–06), jointly with the other 6 fitted parameters, −2 ln L = 37.6 on 12 binomial terms; 11 series (13 terms) held out, split committed before the first fit; held-out coverage 5/13 (docs/metastasis-model.md). Covariate mixes of the series are assumptions written in the data file. ';
const model = 'p = 1/(1 + e^{−(θ + Σ c_k x_k)}) of subclinical metastasis at diagnosis; detection T_D ~ lognormal; death after detection T_S ~ lognormal';

function calibrated(value: LibraryParameter['value'], unit: string, endpoint: string, note: string): LibraryParameter {
  return { value, unit, evidence: { kind: 'calibrated', grade: 'C', source: sources.rtsimMetastasisCalibration, endpoint, model, note: fit + note } };
}

function kattan(value: number, points: number, endpoint: string): LibraryParameter {
  return {
    value: { dist: 'fixed', value },
    unit: 'log odds ratio of subclinical metastasis',
    evidence: {
      kind: 'clinical-fit',
      grade: 'D',
      source: { authors: 'Kattan MW, Leung DH, Brennan MF', journal: 'J Clin Oncol 20(3):791', year: 2002 },
      endpoint,
      model: 'Cox model for 12-year sarcoma-specific death, points proportional to the log hazard; a log hazard ratio of sarcoma death read as a log odds ratio of subclinical metastasis',
      note: `${points} nomogram points × 0.01567 log hazard per point. The slope is the least-squares fit of ln(−ln(1 − P)) on the points over the readable rows of the high-grade points-to-probability scale (3→0.04, 10→0.044, 20→0.05, 30→0.06, 40→0.07; outcome-evidence D2; points read from the calculator site, secondary). Reading a hazard ratio as an odds ratio understates the effect when metastasis is common.`,
    },
  };
}

/**
 * Defaults of the distant-metastasis model: fitted intercept and grade effects, cited size and depth effects, the
 * detection-time and post-metastasis survival laws, and the local-recurrence seeding probability
 * (maximum-likelihood values with profile 95% intervals in the notes; docs/metastasis-model.md).
 */
export const metastasisDefaults: MetastasisDefaults = {
  interceptLogOdds: calibrated(
    { dist: 'fixed', value: -3.4411 },
    'log odds',
    'freedom from metastasis 71/68/66% at 5/10/15 y (A1/D8, 1225 patients); metastasis by 2 y 19.6% (D18, 2827); tumour death by grade (C8)',
    'Maximum-likelihood θ = −3.44, profile 95% interval −6.20 to −1.63: p = 3.1% for the reference patient (G1, superficial, < 5 cm); the default cohort mix gives p = 0.44, of which only 72% is detected by 15 y (see detectionTime).',
  ),
  covariateLogOddsRatio: {
    gradeG2: calibrated(
      { dist: 'fixed', value: 1.3794 },
      'log odds ratio of subclinical metastasis',
      'tumour-related death over 9.5 y by grade: G1 1/38, G2 19/142, G3 45/120 (C8, Lack et al. J Surg Oncol 1989)',
      'Maximum-likelihood 1.38 (odds ratio 4.0), profile 95% interval −0.30 to 4.16. For comparison, systemic relapse hazard ratio G2 vs G1 5.2 (C9).',
    ),
    gradeG3: calibrated(
      { dist: 'fixed', value: 3.5359 },
      'log odds ratio of subclinical metastasis',
      'as gradeG2 (C8)',
      'Maximum-likelihood 3.54 (odds ratio 34), profile 95% interval 1.60 to ≥ 6.00 (an end at the search bound). For comparison, systemic relapse hazard ratio G3 vs G1 9 (C9): an odds ratio of a common event exceeds the hazard ratio.',
    ),
    diameter5to10cm: kattan(0.6894, 44, 'Kattan nomogram points for size 5.1–10 cm (44 of 0 at ≤ 5 cm)'),
    diameterOver10cm: kattan(1.0969, 70, 'Kattan nomogram points for size > 10 cm (70)'),
    deep: kattan(0.4544, 29, 'Kattan nomogram points for a deep tumour (29)'),
    recurrentPresentation: {
      value: { dist: 'fixed', value: 0.4055 },
      unit: 'log odds ratio of subclinical metastasis',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.rtsimAssumption,
        endpoint: 'recurrent presentation is a predictor of distant metastasis in 1041 extremity patients (Pisters et al. J Clin Oncol 1996, outcome-evidence D6) without a value in the evidence base',
        model: 'logistic subclinical-metastasis probability',
        note: 'ln 1.5, a placeholder below the size and grade effects; not fitted (no fit series is stratified by presentation). Calibrate when a stratified series is available.',
      },
    },
  },
  detectionTime: calibrated(
    { dist: 'lognormal', median: 823.3, sigma: 3.207 },
    'd',
    'FFM 71/68/66% at 5/10/15 y (A1/D8); metastasis by 2 y 19.6% (D18)',
    'Median e^{0.813} = 2.25 y = 823 d (profile 95% interval 0.08 to 2.70 on the ln-years scale: 1.1 to 14.9 y); σ = e^{1.165} = 3.21 (profile 0.54 to ≥ 1.50 (an end at the search bound) on the ln scale). Weakly identified: the fit cannot tell a larger p with a long detection tail from a smaller p detected early (a cure-model trade-off); at the estimate 28% of subclinical metastases are not detected by 15 y.',
  ),
  survivalAfterMetastasis: calibrated(
    { dist: 'lognormal', median: 529.5, sigma: 0.7785 },
    'd',
    'median OS after metastasis 18 mo and 2-y OS 38.7% in 2002–06 (D9, Italiano et al. Cancer 2011); DSS 73/68/65% at 5/10/15 y (A1/D8)',
    'Median e^{2.856} = 17.4 months = 529 d (profile 95% interval 2.69 to 2.97 on the ln-months scale: 14.8 to 19.5 months); σ = e^{−0.250} = 0.78 (profile −0.51 to 0.07). The recent period: D9 reports 12.3/11.4/15/18 months for 1987–91/1992–96/1997–01/2002–06.',
  ),
  recurrenceSeeding: {
    value: { dist: 'fixed', value: 0.1963 },
    unit: 'probability (0–1)',
    evidence: {
      kind: 'clinical-fit',
      grade: 'D',
      source: { authors: 'pooled analysis (authors not seen)', journal: 'J Orthop 25:244-251', year: 2021 },
      endpoint: 'odds ratio of metastasis after local recurrence 1.55 (outcome-evidence G16)',
      model: 'odds(p + (1 − p)s) = 1.55·odds(p) at the default cohort’s p = 0.444 (recurrenceSeedingProbability)',
      note: 'Reads the published association as causal and ignores its confounding by grade (assumption). Not used in the fit: the fitted p includes the metastases the series’ recurrences seeded (docs/metastasis-model.md, "What it misses").',
    },
  },
};
