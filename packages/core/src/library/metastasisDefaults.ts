import type { LibraryParameter } from './LibraryParameter.js';
import { sources } from './sources.js';
import type { SubtypeId } from './SubtypeEntry.js';

/**
 * Library values of the distant-metastasis and sarcoma-death model, revision 4 (revision 2's law refitted on every seen series; issue 15, docs/metastasis-model.md).
 * Read by the cohort engine for a scenario's `metastasis`; part of `libraryContent` (and so of the library hash) since library 1.1.0.
 */
export interface MetastasisDefaults {
  /** θ, log odds of subclinical metastasis at diagnosis for the reference patient (G1, superficial, < 5 cm, primary) */
  readonly interceptLogOdds: LibraryParameter;
  /** c_k, log odds ratios of subclinical metastasis by covariate level (reference as above) */
  readonly covariateLogOddsRatio: Readonly<Record<'gradeG2' | 'gradeG3' | 'diameter5to10cm' | 'diameterOver10cm' | 'deep' | 'recurrentPresentation', LibraryParameter>>;
  /**
   * h_s, log odds ratio of subclinical metastasis of a library subtype (histology) against the mixed STS cohorts the
   * intercept was fitted on (`sts`, 0); a subtype not in the library has 0
   */
  readonly histologyLogOddsRatio: Readonly<Record<SubtypeId, LibraryParameter>>;
  /** T_D, days from the end of treatment to clinical detection of a metastasis, lognormal between patients */
  readonly detectionTime: LibraryParameter;
  /** T_S, days from the detection of metastasis to death from sarcoma, lognormal between patients, at the reference era (all-comers) */
  readonly survivalAfterMetastasis: LibraryParameter;
  /** calendar year at which `survivalAfterMetastasis` holds (the scenario default era) */
  readonly survivalEraReferenceYear: LibraryParameter;
  /** β, change of ln μ_S per calendar year (postMetastasisMedianDays) */
  readonly survivalEraLogPerYear: LibraryParameter;
  /** c, ln of the median ratio of survival after metastasis for a metastatic subgroup vs all-comers (postMetastasisMedianDays) */
  readonly survivalSubgroupLogRatio: Readonly<Record<'synchronous' | 'afterMetastasectomy' | 'afterSbrt', LibraryParameter>>;
  /** λ_N, rate per day of new metastases elsewhere (distant progression) of a metastatic patient after SBRT of its lesions, exponential */
  readonly newMetastasisRateAfterSbrt: LibraryParameter;
  /** s, probability that a local recurrence seeds a metastasis in a patient who had none */
  readonly recurrenceSeeding: LibraryParameter;
}

const fit =
  'Fitted, revision 4 (all seen series of calibration/metastasis-evidence.yaml): revision 2’s law, unchanged in form, calibrated by maximum likelihood (scripts/reference/metastasis_model.py) on the 33 seen series (roles fit, holdout and holdout2: revision 1’s fit and held-out series, D9’s four periods and holdout-2), jointly with the other 9 fitted parameters, −2 ln L = 489.40 on 49 binomial terms (coverage 27/49; revision 2 at its library values 25/49); other-cause death from the series’ life table competes in crude incidences and overall survival. Adopted by a rule pre-registered before the blind holdout-3 was opened (docs/metastasis-model.md, "Revision 4"). Covariate mixes, eras and ages of the series are assumptions written in the data file. ';
const model =
  'p = 1/(1 + e^{−(θ + Σ c_k x_k)}) of subclinical metastasis at diagnosis; detection T_D ~ lognormal; death after detection T_S ~ lognormal with ln μ_S = ln μ_S(2004) + β(year − 2004) + c_subgroup';

function calibrated(value: LibraryParameter['value'], unit: string, endpoint: string, note: string): LibraryParameter {
  return { value, unit, evidence: { kind: 'calibrated', grade: 'C', source: sources.rtsimMetastasisCalibration, endpoint, model, note: fit + note } };
}

const sbrtFit =
  'Calibrated by maximum likelihood (scripts/reference/progression_model.py; refitted on revision 4’s survival-after-metastasis law) on the fit series of calibration/progression-evidence.yaml (F4, F8, F12; 10 binomial terms; fit coverage 9/10); held-out F5, F9, F10 (5 terms) covered 2/5, a second prediction and no longer blind: they were predicted once with revision 2’s law before this refit (docs/metastasis-model.md, "Metastatic patients treated with SBRT"). ';
const sbrtModel =
  'after SBRT of metastases: new metastasis T_N ~ exponential(λ_N); death from sarcoma T_S ~ lognormal with ln μ_S = ln μ_S(2004) + β(era − 2004) + c_sbrt, σ_S unchanged; PFS = first of local failure, T_N, death';

function sbrtCalibrated(value: LibraryParameter['value'], unit: string, endpoint: string, note: string): LibraryParameter {
  return { value, unit, evidence: { kind: 'calibrated', grade: 'C', source: sources.rtsimProgressionCalibration, endpoint, model: sbrtModel, note: sbrtFit + note } };
}

/** Kattan's nomogram (outcome-evidence D2): its source, and the log hazard of sarcoma death per point. */
const kattanSource = { authors: 'Kattan MW, Leung DH, Brennan MF', journal: 'J Clin Oncol 20(3):791', year: 2002 };
const kattanLogHazardPerPoint = 0.01567;
const kattanModel =
  'Cox model for 12-year sarcoma-specific death, points proportional to the log hazard; a log hazard ratio of sarcoma death read as a log odds ratio of subclinical metastasis';

/** A log odds ratio of subclinical metastasis read off Kattan's points (grade D). */
function kattanParameter(value: number, endpoint: string, model: string, note: string): LibraryParameter {
  return {
    value: { dist: 'fixed', value },
    unit: 'log odds ratio of subclinical metastasis',
    evidence: { kind: 'clinical-fit', grade: 'D', source: kattanSource, endpoint, model, note },
  };
}

function kattan(value: number, points: number, endpoint: string): LibraryParameter {
  return kattanParameter(
    value,
    endpoint,
    kattanModel,
    `${points} nomogram points × ${kattanLogHazardPerPoint} log hazard per point. The slope is the least-squares fit of ln(−ln(1 − P)) on the points over the readable rows of the high-grade points-to-probability scale (3→0.04, 10→0.044, 20→0.05, 30→0.06, 40→0.07; outcome-evidence D2; points read from the calculator site, secondary). Reading a hazard ratio as an odds ratio understates the effect when metastasis is common.`,
  );
}

/**
 * Points of the Kattan nomogram's histology above the points of an assumed mixed adult STS cohort (55.5: MFH/UPS 25 %,
 * liposarcoma 20 %, leiomyosarcoma 15 %, synovial 8 %, MPNT 5 %, fibrosarcoma 3 %, other 24 %; 0.25·50 + 0.20·39 + 0.15·60
 * + 0.08·70 + 0.05·100 + 0.03·0 + 0.24·65 = 55.5), times the same 0.01567 log hazard per point as size and depth.
 */
const mixedCohortPoints = 55.5;
function histology(points: number, category: string, mapping?: string): LibraryParameter {
  return kattanParameter(
    Math.round(kattanLogHazardPerPoint * (points - mixedCohortPoints) * 1e4) / 1e4,
    `Kattan nomogram points for the histology ${category} (${points}) against ${mixedCohortPoints} for an assumed mixed cohort`,
    `${kattanModel}, centred on the mixed cohorts the intercept was fitted on`,
    `(${points} − ${mixedCohortPoints}) points × ${kattanLogHazardPerPoint} log hazard per point (the slope of the size and depth effects). The centre is an ASSUMPTION: the fit series publish no histology mix, so an adult STS mix was assumed (MFH/UPS 25 %, liposarcoma 20 %, leiomyosarcoma 15 %, synovial 8 %, MPNT 5 %, fibrosarcoma 3 %, other 24 %); the generic sts subtype is that mix (0).${mapping === undefined ? '' : ` The subtype's Kattan category is an ASSUMPTION too: ${mapping}.`} Not fitted, not validated by any series stratified by histology.`,
  );
}

/**
 * Defaults of the distant-metastasis model, revision 4 (revision 2's law refitted on every seen series): fitted intercept and grade effects, cited size and depth
 * effects, histology effects from Kattan's points centred on an assumed mix, the detection-time law, the post-metastasis survival law at the reference era with its era slope and
 * subgroup shifts, and the local-recurrence seeding probability (maximum-likelihood values with profile 95%
 * intervals in the notes; docs/metastasis-model.md).
 */
export const metastasisDefaults: MetastasisDefaults = {
  interceptLogOdds: calibrated(
    { dist: 'fixed', value: -3.4809 },
    'log odds',
    'freedom from metastasis 71/68/66% at 5/10/15 y (A1/D8, 1225 patients); metastasis by 2 y (D18), 4.2 y (D17), 10 y (D1); late metastasis (A5, A6); tumour death by grade (C8)',
    'Maximum-likelihood θ = -3.4809, profile 95% interval -5.57 to -2.57: p = 3.0% for the reference patient (G1, superficial, < 5 cm); the default cohort mix gives p = 0.361.',
  ),
  covariateLogOddsRatio: {
    gradeG2: calibrated(
      { dist: 'fixed', value: 1.1935 },
      'log odds ratio of subclinical metastasis',
      'tumour-related death over 9.5 y by grade: G1 1/38, G2 19/142, G3 45/120 (C8, Lack et al. J Surg Oncol 1989); high-grade DM (D17)',
      'Maximum-likelihood 1.1935 (odds ratio 3.3), profile 95% interval 0.03 to 3.40. For comparison, systemic relapse hazard ratio G2 vs G1 5.2 (C9).',
    ),
    gradeG3: calibrated(
      { dist: 'fixed', value: 2.8518 },
      'log odds ratio of subclinical metastasis',
      'as gradeG2 (C8, D17)',
      'Maximum-likelihood 2.8518 (odds ratio 17.3), profile 95% interval 1.81 to 5.01. For comparison, systemic relapse hazard ratio G3 vs G1 9 (C9).',
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
  histologyLogOddsRatio: {
    sts: {
      value: { dist: 'fixed', value: 0 },
      unit: 'log odds ratio of subclinical metastasis',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.rtsimAssumption,
        endpoint: 'the reference: the mixed STS cohorts of the fit series (their histology mix is not published)',
        model: 'logistic subclinical-metastasis probability',
        note: 'The intercept θ was fitted on cohorts of mixed histology; the generic sts subtype stands for them (0).',
      },
    },
    'myxoid-liposarcoma': histology(39, 'liposarcoma', 'the nomogram has one liposarcoma category, not split by liposarcoma subtype; myxoid liposarcoma is read as it'),
    'dedifferentiated-liposarcoma': histology(39, 'liposarcoma', 'the nomogram has one liposarcoma category, not split by liposarcoma subtype; dedifferentiated liposarcoma is read as it'),
    'undifferentiated-pleomorphic-sarcoma': histology(50, 'MFH (malignant fibrous histiocytoma, now UPS)'),
    myxofibrosarcoma: histology(50, 'MFH (myxofibrosarcoma was its myxoid variant)', 'myxofibrosarcoma read as MFH, of which it was the myxoid variant when the nomogram was built'),
    leiomyosarcoma: histology(60, 'leiomyosarcoma'),
    'synovial-sarcoma': histology(70, 'synovial sarcoma'),
    mpnst: histology(100, 'MPNT'),
    rhabdomyosarcoma: histology(65, 'other', 'the nomogram has no rhabdomyosarcoma category; its "other" is taken'),
    'ewing-sarcoma': histology(65, 'other', 'the nomogram has no Ewing sarcoma category; its "other" is taken'),
  },
  detectionTime: calibrated(
    { dist: 'lognormal', median: 419.3, sigma: 2.0054 },
    'd',
    'FFM 71/68/66% at 5/10/15 y (A1/D8); metastasis by 2 y 19.6% (D18); late metastasis after 3 y (A6) and 5 y (A5)',
    'Median e^{0.138} = 1.15 y = 419.3 d (profile 95% interval -0.05 to 0.30 on the ln-years scale). Fitted through the share of subclinical metastases still undetected at 15 y, bounded above by 10% (an assumption: a metastasis that never grows within a lifetime is read as no metastasis, the cure fraction); the bound is active (10.0%, profile -2.62 to ≥ -2.20 on the logit scale); freed, the fit moves to 23% at −2 ln L = 486.55 (likelihood ratio 2.85, below 3.84: the data do not pin the tail). σ follows: ln(15 y/median)/Φ⁻¹(0.9).',
  ),
  survivalAfterMetastasis: calibrated(
    { dist: 'lognormal', median: 589.6, sigma: 1.4205 },
    'd',
    'median OS after metastasis 12.3/11.4/15/18 mo in 1987–91/1992–96/1997–01/2002–06, 2-y OS 28.1% and 38.7% (D9, Italiano et al. Cancer 2011); DSS of A1/D8, D2, D14; first-line chemotherapy (D13)',
    'All-comers at the reference era 2004 (D9 2002–06, the scenario default): median e^{2.964} = 19.4 months = 589.6 d (profile 95% interval 2.90 to 3.03 on the ln-months scale); σ = e^{0.351} = 1.42 (profile 0.26 to 0.45 on the ln scale): revision 2 (fitted without holdout-2) had 15.6 months and σ 0.99; the longer-lived series of holdout-2 widen the law. Other eras and subgroups: postMetastasisMedianDays with survivalEraLogPerYear and survivalSubgroupLogRatio.',
  ),
  survivalEraReferenceYear: {
    value: { dist: 'fixed', value: 2004 },
    unit: 'calendar year',
    evidence: {
      kind: 'assumption',
      grade: 'D',
      source: sources.rtsimAssumption,
      endpoint: 'midpoint of the most recent period of Italiano et al. Cancer 2011 (D9: 2002–06)',
      model: 'reference year of ln μ_S = ln μ_S(ref) + β(year − ref)',
      note: 'The scenario default era: the most recent period with data in the fit. Later eras extrapolate the linear trend (the holdout-2 Mannheim 2010–16 series tests it).',
    },
  },
  survivalEraLogPerYear: calibrated(
    { dist: 'fixed', value: 0.0237 },
    'ln(median survival after metastasis) per calendar year',
    'median OS after metastasis by period (D9), and the sarcoma-death timing of older cohorts (A1/D8 1960–99, C8 1975–85, D2, D14)',
    'Maximum-likelihood β = 0.0237 per year, profile 95% interval 0.0180 to 0.0302: the median survival after metastasis grows by about 2.4% a year. Each series’ era is the calendar mid-year of its metastases (rule H2 of the data file).',
  ),
  survivalSubgroupLogRatio: {
    synchronous: calibrated(
      { dist: 'fixed', value: -0.8932 },
      'ln of the median ratio, synchronous vs all-comers',
      'median OS 8.1 and 5.8 months of synchronous metastatic STS in 2010–14 and 1989–94 (D11, Vos et al. Oncologist 2019, Netherlands Cancer Registry); median 15 months and 2-y OS 21% of 48 synchronous patients at Roswell Park (Sarcoma 2002)',
      'Maximum-likelihood -0.8932 (median ratio 0.41), profile 95% interval -1.05 to -0.74; D11 (population-based: older, often untreated patients) and the Roswell Park and D11 1989–94 series of holdout-2 (older, often untreated patients). For patients metastatic at diagnosis, outside the M0 model; kept for the engine’s M1 patients.',
    ),
    afterMetastasectomy: calibrated(
      { dist: 'fixed', value: 0.886 },
      'ln of the median ratio, after resection of metastases vs all-comers',
      'survival after lung metastasectomy: 32%/16.8% at 3/5 y in 48 bone and soft-tissue sarcoma patients (G23, OncoTargets Ther 2017); 54%/38% at 3/5 y (EORTC-STBSG 1996, 255 patients); 15% at 5 y (EJSO 2009, 94 patients); 63% at 5 y (Taiwan 2024, 110 patients)',
      'Maximum-likelihood 0.8860 (median ratio 2.43), profile 95% interval 0.72 to 1.05; a selected group (time zero metastasectomy, read as detection); G23 and holdout-2’s metastasectomy series (EORTC 1996, EJSO 2009, Taiwan 2024), which disagree among themselves (docs/metastasis-model.md).',
    ),
    afterSbrt: sbrtCalibrated(
      { dist: 'fixed', value: 0.113 },
      'ln of the median ratio, metastatic patients selected for SBRT of their lesions vs all-comers, time zero the end of SBRT',
      'OS 71.5/40.0/29.1% at 1/2/3 y (F4, 37 patients), median 2.9 y and 5-y OS 36% (F8, Longhi et al. Cancers 2024, 102 patients), OS 76/43% at 1/2 y (F12, Baumann et al. J Surg Oncol 2016, 30 patients)',
      'Maximum-likelihood 0.1130 (median ratio 1.12), profile 95% interval -0.14 to 0.36, fitted jointly with newMetastasisRateAfterSbrt on revision 4’s law (μ_S(2004) 589.6 d, σ_S 1.4205, β 0.0237; with revision 2’s law it was 0.3612); series eras by rule P2 of the data file (2010–2016.5). The metastasectomy shift 0.886 in its place raises −2 ln L by 36.8.',
    ),
  },
  newMetastasisRateAfterSbrt: sbrtCalibrated(
    { dist: 'fixed', value: 0.0003146 },
    'per day',
    'PFS 43.6/26.8/18.4% at 1/2/3 y with LC 80.2/58.3/46.6% (F4, World J Surg Oncol 2022;20:322, 37 patients): PFS = LC·e^{−λt}·OS',
    'Maximum-likelihood λ = e^{−2.164} = 0.115 per year = 0.0003146 per day (revision 4’s survival law; 0.188 per year with revision 2’s), profile 95% interval up to 0.39 per year (the lower end is not bounded by one 37-patient series). The only PFS series; its LC read as per patient and independent of new metastasis and death (assumptions, rule P5).',
  ),
  recurrenceSeeding: {
    value: { dist: 'fixed', value: 0.1656 },
    unit: 'probability (0–1)',
    evidence: {
      kind: 'clinical-fit',
      grade: 'D',
      source: { authors: 'pooled analysis (authors not seen)', journal: 'J Orthop 25:244-251', year: 2021 },
      endpoint: 'odds ratio of metastasis after local recurrence 1.55 (outcome-evidence G16)',
      model: 'odds(p + (1 − p)s) = 1.55·odds(p) at the default cohort’s p = 0.361 (recurrenceSeedingProbability)',
      note: 'Reads the published association as causal and ignores its confounding by grade (assumption). Not used in the fit: the fitted p includes the metastases the series’ recurrences seeded (docs/metastasis-model.md, "What it misses").',
    },
  },
};
