import type { LibraryParameter } from './LibraryParameter.js';
import { sources } from './sources.js';

/** The intervals of the diagnostic pathway, in order (docs/pathway-model.md, "Intervals"). */
export type PathwayInterval = 'patient' | 'primaryCare' | 'secondaryCare' | 'sarcomaCentre' | 'treatment';

/**
 * Library values of the diagnostic-pathway model (docs/pathway-model.md), part of `libraryContent` since library 1.1.0.
 * A scenario's `pathway` reads the intervals, the doubling time, the Gompertz constants and unplanned excision; the
 * presentation doublings and the misdiagnosis and review values (an arm with treatmentBySubtype) too; the residual-tumour
 * and re-excision values are the model's, their consequence carried by the local-control model's margin mix.
 */
export interface PathwayDefaults {
  /**
   * Interval lengths in days, lognormal between patients: patient (symptom → first doctor), primary care (→ referral
   * to hospital), secondary care (imaging at the local hospital, → referral to the sarcoma centre), sarcoma centre
   * (biopsy and pathology → diagnosis), treatment (diagnosis → first treatment)
   */
  readonly interval: Readonly<Record<PathwayInterval, LibraryParameter>>;
  /** T_d, volume doubling time of the primary tumour, days, lognormal between patients */
  readonly doublingTime: LibraryParameter;
  /** log₂ R, diameter doublings from symptom onset to presentation (R = D_s/D_o), lognormal between patients */
  readonly presentationDoublings: LibraryParameter;
  /** D_o, diameter at symptom onset, cm, lognormal between patients */
  readonly onsetDiameter: LibraryParameter;
  /** D_∞, Gompertz plateau diameter, cm */
  readonly plateauDiameter: LibraryParameter;
  /** d_ref, the diameter at which the doubling time holds under Gompertz growth, cm */
  readonly referenceDiameter: LibraryParameter;
  /** θ and c_k of `unplannedExcisionProbability`: log odds for a deep tumour ≥ 5 cm, log odds ratios */
  readonly unplannedExcision: Readonly<Record<'interceptLogOdds' | 'superficialLogOddsRatio' | 'under5cmLogOddsRatio', LibraryParameter>>;
  /** r, probability of residual tumour after an unplanned excision */
  readonly residualTumour: LibraryParameter;
  /** c, probability that the re-excision clears a residual tumour */
  readonly reexcisionClearance: LibraryParameter;
  /** d, s, g of `subtypeConfusionMatrix` and `gradeConfusionMatrix` */
  readonly misdiagnosis: Readonly<Record<'completeDiscordance' | 'subtypeDiscordance' | 'gradeDiscordance', LibraryParameter>>;
  /** ρ, share of the wrong diagnoses an expert review corrects (`expertReviewedConfusion`) */
  readonly reviewCorrection: LibraryParameter;
}

const fit =
  'Calibrated (scripts/reference/pathway_model.py) on the 5 fit series of calibration/pathway-evidence.yaml (outcome-evidence G3, G8, G11, G12, G1), −2 ln L = 2.87 on 12 binomial terms; 8 series (11 terms) held out, split committed before the first fit; held-out coverage 5/11 (docs/pathway-model.md). ';
const intervalModel = 'lognormal interval: median from the series, one log-scale SD shared by the three diagnostic intervals';
const presentationModel = 'presentation when the tumour has grown from D_o to D_s = D_o·R: patient interval 3 T_d log₂ R; Gompertz growth over the diagnostic intervals';

function calibrated(value: LibraryParameter['value'], unit: string, endpoint: string, model: string, note: string): LibraryParameter {
  return { value, unit, evidence: { kind: 'calibrated', grade: 'C', source: sources.rtsimPathwayCalibration, endpoint, model, note: fit + note } };
}

function assumption(value: LibraryParameter['value'], unit: string, endpoint: string, model: string, note: string): LibraryParameter {
  return { value, unit, evidence: { kind: 'assumption', grade: 'D', source: sources.rtsimAssumption, endpoint, model, note } };
}

const dyrop = { authors: 'Dyrop HB et al. (authors recall)', journal: 'Sarcoma 2016:8639272', year: 2016 };

function diagnosticInterval(median: number, name: string): LibraryParameter {
  return {
    value: { dist: 'lognormal', median, sigma: 0.3207 },
    unit: 'd',
    evidence: {
      kind: 'clinical-fit',
      grade: 'C',
      source: dyrop,
      endpoint: `median ${name} interval ${median} d of 102 sarcoma patients (G3, Danish consecutive referrals)`,
      model: intervalModel,
      note: `Median cited. σ = 0.321 (profile 95% interval 0.160 to 0.680) fitted so that the sum of the three diagnostic intervals has G3's median 65 d: no IQR was found for any interval. ${fit}`,
    },
  };
}

/**
 * Defaults of the diagnostic-pathway model: interval laws (G3, G8), growth and presentation (G21, G3, G5, G6),
 * unplanned excision (G11, G12, G15), misdiagnosis (G1) and expert review, each with its evidence grade
 * (maximum-likelihood values with profile or Wilson 95% intervals in the notes; docs/pathway-model.md).
 */
export const pathwayDefaults: PathwayDefaults = {
  interval: {
    patient: calibrated(
      { dist: 'lognormal', median: 91.46, sigma: 1.1607 },
      'd',
      'median patient interval 77 d and total (symptom → diagnosis) 176 d of 102 sarcoma patients (G3)',
      presentationModel,
      'Median 91.5 d (profile 95% interval 74.8 to 111.8 d), fitted to G3\'s patient and total medians jointly: the total exceeds the patient plus the diagnostic median (77 + 65 d), which only a longer patient interval explains. σ = √(σ_T² + σ_R²) = 1.161 from the doubling time and the presentation doublings; equivalently 3 T_d log₂ R.',
    ),
    primaryCare: diagnosticInterval(17, 'primary care'),
    secondaryCare: diagnosticInterval(29, 'local hospital'),
    sarcomaCentre: diagnosticInterval(17, 'sarcoma centre'),
    treatment: {
      value: { dist: 'lognormal', median: 22.0, sigma: 0.7747 },
      unit: 'd',
      evidence: {
        kind: 'clinical-fit',
        grade: 'B',
        source: { authors: 'Curtis GL et al.', journal: 'J Surg Oncol 117(8):1776', year: 2018 },
        endpoint: 'time from diagnosis to first treatment, median 22.0 d, mean 29.7 d (G8, 41,529 patients, US NCDB 2004–13)',
        model: 'lognormal: σ = √(2 ln(mean/median)) (lognormalSigmaFromMeanMedian)',
        note: 'Longer with a transfer between institutions (rate ratio 1.76), neoadjuvant RT (1.53) or at an academic centre (1.23): an arm with transfers scales the median. Overall survival worsens beyond about 6–7 weeks (G9, G10): a consequence for the wiring.',
      },
    },
  },
  doublingTime: calibrated(
    { dist: 'lognormal', median: 52.12, sigma: 0.9101 },
    'd',
    'median patient interval (G3, as interval.patient) at the assumed median presentation doublings log₂ 1.5',
    presentationModel,
    'Median 52.1 d = 91.5 d / (3 log₂ 1.5). σ = √(ln(1 + (134/118)²)) = 0.910 from untreated pulmonary nodules of mixed primaries (G21: 118 ± 134 d, 22–930 d; other site, grade D): no measured doubling time of a primary STS was found, nor one by subtype or grade (gradeDoublingTime can add a grade effect when one is).',
  ),
  presentationDoublings: calibrated(
    { dist: 'lognormal', median: 0.585, sigma: 0.7203 },
    'diameter doublings (log₂ R)',
    'symptom duration not correlated with size at diagnosis (G6, 1460 patients)',
    presentationModel,
    'Median log₂ 1.5 = 0.585 an assumption (the diameter grows by half from the first symptom to the first doctor visit). σ_R = 0.720 calibrated so that the Spearman correlation of symptom duration and diameter at diagnosis is 0 in the reference Monte Carlo; set after the model with σ_R = 0 gave −0.36 (docs/pathway-model.md).',
  ),
  onsetDiameter: calibrated(
    { dist: 'lognormal', median: 3.569, sigma: 0.6 },
    'cm',
    'mean diameter at diagnosis 9.9 cm (G5, 2366 STS, Birmingham)',
    presentationModel,
    'Median 3.57 cm set so that the model\'s mean diameter at diagnosis is 9.9 cm; σ = 0.6 an assumption (as the diameter spread of local-control-evidence.yaml). Held out: G6\'s mean 10.7 cm.',
  ),
  plateauDiameter: assumption(
    { dist: 'fixed', value: 30 },
    'cm',
    'no sarcoma growth curve to a plateau was found',
    'Gompertz growth, gompertzGrowthDiameter',
    'About the largest extremity sarcomas reported; it caps the growth of the fastest tumours over long intervals. Below 10 cm the doubling time lengthens by at most ln(30/5)/ln(30/10) = 1.6× against d_ref.',
  ),
  referenceDiameter: assumption(
    { dist: 'fixed', value: 5 },
    'cm',
    'diameter at which the doubling time holds',
    'gompertzRateFromDoublingTime',
    'The middle of the symptomatic range the patient interval covers (onset median 3.6 cm, × 1.5).',
  ),
  unplannedExcision: {
    interceptLogOdds: calibrated(
      { dist: 'fixed', value: -1.3086 },
      'log odds',
      'unplanned excision in 64 of 203 high-grade STS at a sarcoma centre (G11)',
      'logistic, unplannedExcisionProbability',
      'θ = −1.309 (profile 95% interval −1.634 to −0.993) for a deep tumour ≥ 5 cm outside a reference centre, at the default mix (70% deep, diameter lognormal median 8 cm, σ 0.6: 21.7% < 5 cm); the mix gives 31.5%.',
    ),
    superficialLogOddsRatio: assumption(
      { dist: 'fixed', value: 1.0986 },
      'log odds ratio of unplanned excision',
      'unplanned excisions are of more superficial tumours (Arai et al. Clin Orthop Relat Res 2010; Liang et al. Front Oncol 2021), no odds ratio seen',
      'logistic, unplannedExcisionProbability',
      'ln 3: odds ratio 3, direction from the two series.',
    ),
    under5cmLogOddsRatio: assumption(
      { dist: 'fixed', value: 0.6931 },
      'log odds ratio of unplanned excision',
      'unplanned excisions are of smaller tumours (as superficialLogOddsRatio); "all lumps bigger than a golf ball should have a diagnosis prior to excision" (G14)',
      'logistic, unplannedExcisionProbability',
      'ln 2: odds ratio 2, direction from the same two series; its size was not measured.',
    ),
  },
  residualTumour: calibrated(
    { dist: 'fixed', value: 0.5282 },
    'probability',
    'residual tumour in 75 of 142 unplanned excisions of extremity and trunk (G12)',
    'binomial proportion',
    'r = 0.528 (Wilson 95% 0.446 to 0.608). Held out: G15 34/64 (inside), G11 46/64 (outside: 0.72, high-grade only); "an average of 50%" in a review (G14).',
  ),
  reexcisionClearance: {
    value: { dist: 'fixed', value: 0.69 },
    unit: 'probability',
    evidence: {
      kind: 'clinical-fit',
      grade: 'C',
      source: { authors: 'authors not in excerpt', journal: 'World J Surg Oncol (doi 10.1186/s12957-015-0719-y)', year: 2015 },
      endpoint: 're-excision improved the resection status in 69% (G15, 110 patients referred after surgery elsewhere)',
      model: 'positiveMarginAfterUnplannedExcision: P(R1) = r (1 − c)',
      note: 'Read as the share of residual tumours the re-excision clears; the default gives P(R1 after an unplanned excision) = 0.528 × 0.31 = 0.164. Citation partial (cit. partial in the research notes).',
    },
  },
  misdiagnosis: {
    completeDiscordance: calibrated(
      { dist: 'fixed', value: 0.0827 },
      'probability',
      'complete discordance on expert review 121 of 1463 (G1, Ray-Coquard et al. Ann Oncol 2012, population-based)',
      'subtypeConfusionMatrix',
      'd = 0.083 (Wilson 95% 0.070 to 0.098). Held out: G2 (Rhône-Alpes) 70/366 = 0.19, outside: discordance differs between regions and periods.',
    ),
    subtypeDiscordance: calibrated(
      { dist: 'fixed', value: 0.0603 },
      'probability',
      'partial discordance 518 of 1463 (G1), with complete and grade discordance',
      'partial = 1 − d − (1 − d − s)(1 − g), subtype and grade errors independent',
      's = 0.060 solves G1\'s three proportions exactly. The paper\'s breakdown (type or subtype changes in about 16% of cases besides the complete discordances) shows subtype and grade errors go together more than independence allows: s understates subtype changes and a wider confusion model is work left.',
    ),
    gradeDiscordance: calibrated(
      { dist: 'fixed', value: 0.3428 },
      'probability',
      'grade discrepancies (grade 43% + grade with type 29% of 639 discrepant) = 460 of 1463 reviewed (G1)',
      'gradeConfusionMatrix, of the 1342 sarcomas without complete discordance',
      'g = 460/1342 = 0.343. Held out: NCI vs FNCLCC discordance 34.6% of 410 (C11), inside.',
    ),
  },
  reviewCorrection: assumption(
    { dist: 'fixed', value: 1 },
    'share of wrong diagnoses corrected',
    'the concordance studies (G1, G2, G24) take the expert review as the truth',
    'expertReviewedConfusion',
    'ρ = 1 corrects every error the studies count; disagreement between experts is not modelled. A scenario may lower it.',
  ),
};
