import type { LibraryParameter } from './LibraryParameter.js';
import { sources } from './sources.js';

/** Late grade ≥ 2 effects at 2 years with a logistic dose–response in EQD2 (`ntcpLogistic`). */
export type LateEffect = 'fibrosis' | 'oedema' | 'stiffness';

/**
 * Library values of the sarcoma toxicity endpoint models (issue 16 foundation, docs/toxicity-model.md). Which are
 * literature dose–volume fits and which are rates calibrated here is said per value (`evidence.kind`):
 * - calibrated rates (no dose–volume data): major wound complication, late fibrosis / oedema / joint stiffness;
 * - dose–volume fits from the literature: fracture (derived from a published dose summary), radiation pneumonitis.
 * Read by the cohort engine for a scenario's `complications` (wound and late effects for every arm with an operation;
 * fracture and pneumonitis from an arm's `organs` doses); part of `libraryContent` (and so of the library hash) since
 * library 1.1.0.
 */
export interface ToxicityDefaults {
  /** α/β of the early-reacting tissue behind wound healing, Gy: the preoperative schedule's EQD2 for `wound` */
  readonly woundAlphaBeta: LibraryParameter;
  /** coefficients of `woundComplicationProbability` (log odds, log odds ratios, log odds per Gy) */
  readonly wound: Readonly<Record<'interceptLogOdds' | 'preoperativeLogOddsRatio' | 'preoperativeDoseLogOddsPerGy' | 'largeTumourLogOddsRatio' | 'lowerLimbLogOddsRatio', LibraryParameter>>;
  /** α/β of late-reacting connective tissue, Gy: the schedule's EQD2 for `late` */
  readonly lateAlphaBeta: LibraryParameter;
  /** D₅₀ (Gy EQD2₃) and γ₅₀ of `ntcpLogistic` per late effect */
  readonly late: Readonly<Record<LateEffect, { readonly d50: LibraryParameter; readonly gamma50: LibraryParameter }>>;
  /** coefficients of `fractureProbability` in the mean femoral-neck dose */
  readonly fracture: { readonly interceptLogOdds: LibraryParameter; readonly logOddsPerGy: LibraryParameter };
  /** LKB parameters of grade ≥ 2 radiation pneumonitis on the mean lung EQD2 (`ntcpLkb` with n = 1) */
  readonly pneumonitis: { readonly td50: LibraryParameter; readonly m: LibraryParameter; readonly n: LibraryParameter; readonly alphaBeta: LibraryParameter };
}

const woundFit =
  'Calibrated by maximum likelihood (scripts/reference/toxicity_models.py) on the 4 wound fit series of calibration/toxicity-evidence.yaml (SR2 E1, E11, E6 as two half-weighted marginal tables, E4), jointly with the other 3 wound coefficients, −ln L = 477.26 on 9 binomial terms; 6 series (7 terms) held out, split committed before the first fit; held-out coverage 4/7 (docs/toxicity-model.md). Group sizes and covariate mixes of the series are assumptions written in the data file. ';
const woundModel = 'logit p = β₀ + [preop](β_pre + β_D(EQD2₁₀ − 50 Gy)) + β_size[> 5 cm] + β_site[lower limb]';

function woundCalibrated(value: number, unit: string, endpoint: string, note: string): LibraryParameter {
  return { value: { dist: 'fixed', value }, unit, evidence: { kind: 'calibrated', grade: 'C', source: sources.rtsimToxicityCalibration, endpoint, model: woundModel, note: woundFit + note } };
}

const davis2005 = { authors: "Davis AM, O'Sullivan B et al.", journal: 'Radiother Oncol 75:48', year: 2005 };
const lateFit =
  'Calibrated by maximum likelihood (scripts/reference/toxicity_models.py) on the two SR2 arms (50 Gy/25 preop = 50 Gy EQD2₃, 66 Gy/33 postop = 66 Gy EQD2₃; calibration/toxicity-evidence.yaml): two parameters on two binomial terms, an exact fit (0 degrees of freedom). Held out: any grade ≥ 2 late toxicity of RTOG 0630, UCLA 30 Gy/5 and DOREMY 36 Gy/18 against the fibrosis curve, coverage 1/3 (the model has no field-size term; docs/toxicity-model.md). ';

function late(value: number, unit: string, endpoint: string, note: string): LibraryParameter {
  return {
    value: { dist: 'fixed', value },
    unit,
    evidence: { kind: 'calibrated', grade: 'C', source: davis2005, endpoint, model: 'NTCP = 1/(1 + (D₅₀/EQD2₃)^{4γ₅₀}) (ntcpLogistic)', note: lateFit + note },
  };
}

const fractureSource = { authors: 'authors not seen', journal: 'Int J Radiat Oncol Biol Phys 83(4):1257-63', year: 2012, title: 'Dose–effect relationships for femoral fractures after multimodality limb-sparing therapy of soft-tissue sarcomas of the proximal lower extremity' };
const fractureNote =
  'Derived (scripts/reference/toxicity_models.py) from the published femoral-neck mean dose of patients with fracture 57.6 ± 8.9 Gy (4) and without 22.9 ± 20.8 Gy (59) (outcome-evidence E8) by linear discriminant analysis, pooled SD 20.4 Gy: a normal-theory reading of two group summaries, not a patient-level fit. Crude incidence over the series’ follow-up; age ≥ 60 and sex (E7, E9) have no odds ratio in the evidence and are not in the model. No held-out check: no other series reports bone dose. ';
const seppenwoolde2003 = { authors: 'Seppenwoolde Y, Lebesque JV, de Jaeger K, et al.', journal: 'Int J Radiat Oncol Biol Phys 55(3):724-35', year: 2003, title: 'Comparing different NTCP models that predict the incidence of radiation pneumonitis' };
const pneumonitisNote =
  'Maximum-likelihood fit of 382 breast, lymphoma and lung cancer patients (two centres), SWOG grade ≥ 2 radiation pneumonitis against the mean lung dose corrected for dose per fraction; adopted as published, not calibrated here; measured in patients of other tumour sites and carried over to the lungs of sarcoma patients, so grade C (a clinical estimate from another site). Conventional fractionation: applying it to SBRT needs the LQ conversion of large fractions, an extrapolation. No held-out check (the lung-metastasis series in the evidence, PMC3885113, reports no mean lung dose). ';

/**
 * Defaults of the toxicity endpoint models: calibrated wound-complication and late-effect coefficients (profile 95%
 * intervals in the notes), the fracture model derived from a published dose summary, and the published LKB
 * pneumonitis fit (docs/toxicity-model.md).
 */
export const toxicityDefaults: ToxicityDefaults = {
  woundAlphaBeta: {
    value: { dist: 'fixed', value: 10 },
    unit: 'Gy',
    evidence: {
      kind: 'other-site',
      grade: 'C',
      source: { authors: 'Thames HD, Hendry JH', journal: 'Fractionation in Radiotherapy (Taylor & Francis, London)', year: 1987 },
      endpoint: 'α/β of early-reacting tissues (skin, mucosa) in the LQ model, about 10 Gy',
      model: 'EQD2 = D(d + α/β)/(2 + α/β) of the preoperative schedule',
      note: 'The textbook value for acute-reacting tissue; wound healing after preoperative RT is read as an acute-tissue effect (assumption). With 10 Gy, 30 Gy/5 is 40 Gy EQD2 and 50 Gy/25 is 50 Gy.',
    },
  },
  wound: {
    interceptLogOdds: woundCalibrated(-2.212, 'log odds', 'MWC after postoperative RT: SR2 16/94 (E1), E11 14/69, E6 16% (computed 24/151)', 'Profile 95% interval −3.06 to −1.50: p = 9.9% (≤ 5 cm) and 17.4% at the default 75% > 5 cm.'),
    preoperativeLogOddsRatio: woundCalibrated(0.9617, 'log odds ratio', 'MWC preop vs postop: SR2 31/88 vs 16/94 (E1), E11 23/58 vs 14/69, E6 34% vs 16%', 'Odds ratio 2.62, profile 95% interval 0.55 to 1.39 (odds ratio 1.73 to 4.02); E11 reports OR 2.75 (1.21–6.26).'),
    preoperativeDoseLogOddsPerGy: {
      value: { dist: 'fixed', value: 0.0238 },
      unit: 'log odds per Gy EQD2₁₀',
      evidence: {
        kind: 'calibrated',
        grade: 'D',
        source: sources.rtsimToxicityCalibration,
        endpoint: 'MWC after 30 Gy/5 preop 30.0% of 110 (E4, Nikitas et al. JAMA Netw Open 2025; the MWC number from a news summary) against 50 Gy/25',
        model: woundModel,
        note: woundFit + 'Profile 95% interval −0.023 to 0.072: the data do not exclude a flat dose effect; identified by one hypofractionated series whose MWC number is secondary, hence grade D.',
      },
    },
    largeTumourLogOddsRatio: woundCalibrated(0.8192, 'log odds ratio', 'acute wound complications > 5 cm 31% vs ≤ 5 cm 17% (E6, 412 lower-extremity patients; groups computed 306 / 106)', 'Odds ratio 2.27, profile 95% interval 0.04 to 1.69.'),
    lowerLimbLogOddsRatio: {
      value: { dist: 'fixed', value: 0 },
      unit: 'log odds ratio',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.rtsimAssumption,
        endpoint: 'lower-limb and thigh tumours are described as at higher wound risk, but no series in the evidence base separates sites',
        model: woundModel,
        note: 'Placeholder 0 (no effect) until a site-stratified series is in the evidence base; E6 is all lower extremity, so its rates are already in β₀ and β_pre for a mixed population.',
      },
    },
  },
  lateAlphaBeta: {
    value: { dist: 'fixed', value: 3 },
    unit: 'Gy',
    evidence: {
      kind: 'other-site',
      grade: 'C',
      source: { authors: 'Thames HD, Hendry JH', journal: 'Fractionation in Radiotherapy (Taylor & Francis, London)', year: 1987 },
      endpoint: 'α/β of late-reacting connective tissue (subcutaneous fibrosis) in the LQ model, about 3 Gy',
      model: 'EQD2 = D(d + α/β)/(2 + α/β) of the schedule',
      note: 'The textbook late-tissue value; with 3 Gy, 30 Gy/5 is 54 Gy EQD2, 36 Gy/18 is 36 Gy.',
    },
  },
  late: {
    fibrosis: {
      d50: late(67.88, 'Gy EQD2₃', 'grade ≥ 2 fibrosis at 2 y: preop 23/73 (31.5%), postop 27/56 (48.2%) (SR2, E1)', 'Profile 95% interval 58.8 Gy to unbounded.'),
      gamma50: late(0.6349, 'dimensionless', 'as fibrosis D₅₀', 'Profile 95% interval 0 to 1.29 (the lower end does not close: the two arms do not exclude a flat response).'),
    },
    oedema: {
      d50: late(123.1, 'Gy EQD2₃', 'grade ≥ 2 oedema at 2 y: preop 15.5%, postop 23.2% (SR2, E1)', 'Profile 95% interval 75.5 Gy to unbounded: D₅₀ lies far above the data, an extrapolation.'),
      gamma50: late(0.4799, 'dimensionless', 'as oedema D₅₀', 'Profile 95% interval 0.02 to 1.30.'),
    },
    stiffness: {
      d50: late(178.9, 'Gy EQD2₃', 'grade ≥ 2 joint stiffness at 2 y: preop 17.8%, postop 23.2% (SR2, E1)', 'Profile 95% interval 77.5 Gy to unbounded: D₅₀ lies far above the data, an extrapolation.'),
      gamma50: late(0.3, 'dimensionless', 'as stiffness D₅₀', 'Profile 95% interval 0.02 to 1.08.'),
    },
  },
  fracture: {
    interceptLogOdds: {
      value: { dist: 'fixed', value: -6.055 },
      unit: 'log odds',
      evidence: { kind: 'clinical-fit', grade: 'D', source: fractureSource, doi: '10.1016/j.ijrobp.2011.09.047', endpoint: 'femoral fracture 5/131 (4%); femoral-neck mean dose with vs without fracture (E8)', model: 'logit p = a + b·D̄ (fractureProbability)', note: fractureNote + 'a = ln(4/59) − (57.6² − 22.9²)/(2·20.4²).' },
    },
    logOddsPerGy: {
      value: { dist: 'fixed', value: 0.08356 },
      unit: 'log odds per Gy of mean femoral-neck EQD2 (α/β 3 Gy)',
      evidence: { kind: 'clinical-fit', grade: 'D', source: fractureSource, doi: '10.1016/j.ijrobp.2011.09.047', endpoint: 'as interceptLogOdds (E8)', model: 'logit p = a + b·D̄ (fractureProbability)', note: fractureNote + 'b = (57.6 − 22.9)/20.4²: p = 1.2% at 20 Gy, 13% at 50 Gy, 26% at 60 Gy.' },
    },
  },
  pneumonitis: {
    td50: { value: { dist: 'fixed', value: 30.8 }, unit: 'Gy (mean lung EQD2)', evidence: { kind: 'other-site', grade: 'C', source: seppenwoolde2003, endpoint: 'radiation pneumonitis grade ≥ 2 (SWOG), 382 patients', model: 'LKB, NTCP = Φ((MLD − TD₅₀)/(m·TD₅₀)), n = 1', note: pneumonitisNote } },
    m: { value: { dist: 'fixed', value: 0.37 }, unit: 'dimensionless', evidence: { kind: 'other-site', grade: 'C', source: seppenwoolde2003, endpoint: 'as td50', model: 'LKB, n = 1', note: pneumonitisNote } },
    n: { value: { dist: 'fixed', value: 1 }, unit: 'dimensionless', evidence: { kind: 'other-site', grade: 'C', source: seppenwoolde2003, endpoint: 'as td50', model: 'LKB volume parameter', note: pneumonitisNote + 'The best fit was a linear local dose–effect relation, i.e. the mean lung dose (n = 1).' } },
    alphaBeta: {
      value: { dist: 'fixed', value: 3 },
      unit: 'Gy',
      evidence: { kind: 'other-site', grade: 'C', source: { authors: 'Kwa SLS, Lebesque JV, Theuws JCM, et al.', journal: 'Int J Radiat Oncol Biol Phys 42(1):1-9', year: 1998, title: 'Radiation pneumonitis as a function of mean lung dose: an analysis of pooled data of 540 patients' }, endpoint: 'α/β used to convert lung doses to 2 Gy equivalents: 2.5 and 3.0 Gy', model: 'EQD2 of each lung dose bin before the mean', note: 'The value used by the pooled analysis behind the published MLD fits; Seppenwoolde 2003’s abstract does not state its α/β (assumption: the same).' },
    },
  },
};
