import type { BackgroundInput } from '../scenario/ScenarioInput.js';
import type { CalibrationParameterInput } from './CalibrationInput.js';

/** A categorical covariate of a population part: one level for everyone, or shares of the levels. */
export type EvidenceLevels<K extends string> = K | Partial<Record<K, number>>;

/** Tumour or lesion diameter in cm over patients. */
export type EvidenceDiameterInput = { dist: 'lognormal'; median: number; sigma: number } | { dist: 'uniform'; min: number; max: number };

/** Treatment of a population part (docs/calibration.md, "Local-control evidence files"). */
export type EvidenceTreatmentInput =
  | 'none'
  | 'preop50'
  | 'postop66'
  | 'rt66'
  | 'rt64'
  | { sbrt: { dose: number; fractions: number } }
  | { preop: { dose: number; fractions: number } };

/** Margin class of a part: a resection class, or gross disease / one lesion (no resection). */
export type EvidenceMargin = 'R0-wide' | 'R0-close' | 'R1-planned' | 'R1-unplanned' | 'R2' | 'gross' | 'lesion';

/** One part of a population (every field but share may come from `defaults.population`). */
export interface EvidencePartInput {
  share?: number;
  margin?: EvidenceMargin;
  grade?: EvidenceLevels<'G1' | 'G2' | 'G3'>;
  depth?: EvidenceLevels<'deep' | 'superficial'>;
  site?: EvidenceLevels<'extremity' | 'trunk-wall' | 'retroperitoneum' | 'head-neck'>;
  age?: EvidenceLevels<'under50' | 'over50'>;
  diameter?: EvidenceDiameterInput;
  presentation?: EvidenceLevels<'primary' | 'recurrent'>;
  treatment?: EvidenceTreatmentInput;
  /**
   * Death from other causes of a part whose stratum reports survival (the scenario's `background`; default
   * { lifeTable: us-ssa-2017, sex: { female: 0.43 } }, an assumption). Ignored by a stratum without survival kinds.
   */
  background?: BackgroundInput;
  /** Calendar year of the part's metastases (the scenario's `metastasis.era`; default the engine's, 2004). */
  metastasisEra?: number;
}

/**
 * A published survival or cumulative-incidence value (docs/calibration.md, "Survival and competing risks"):
 * os overall survival, dss disease-specific survival, dmfs distant-metastasis-free survival, lrfs local-recurrence-free
 * survival, cif-metastasis the cumulative incidence of metastasis (death a competing risk).
 */
export type EvidenceSurvivalKind = 'os' | 'dss' | 'dmfs' | 'lrfs' | 'cif-metastasis';

/** Crude counts of deaths (any cause) or of metastases (detected before death) among patients by a time. */
export type EvidenceSurvivalCountKind = 'deaths' | 'metastases';

/** An observation of survival or of a competing event, read from the engine's competing-event endpoints. */
export type EvidenceSurvivalObservationInput =
  | { kind: EvidenceSurvivalKind; atYears: number; value: number; patients: number; ci95?: [number, number] }
  | { kind: EvidenceSurvivalCountKind; atYears: number; events: number; patients: number };

/** One observation of a stratum (the kinds of scripts/reference/local_control_model.py). */
export type EvidenceObservationInput =
  | { kind: 'lc'; atYears: number; value: number; patients: number; ci95?: [number, number] }
  | { kind: 'crude-lr'; atYears: number; failures: number; patients: number }
  | { kind: 'late-lr'; fromYears: number; toYears: number; failures: number; atRisk: number }
  | { kind: 'late-share'; afterYears: number; toYears: number; failures: number; events: number }
  | EvidenceSurvivalObservationInput;

/** A stratum of a series: its own population and observations. */
export interface EvidenceStratumInput {
  id: string;
  population: EvidencePartInput[];
  observations: EvidenceObservationInput[];
}

/** A published series: one population with observations, or strata. */
export interface EvidenceSeriesInput {
  id: string;
  evidence: string;
  role: string;
  citation: string;
  /** address of the page the numbers were read on */
  source?: string;
  population?: EvidencePartInput[];
  observations?: EvidenceObservationInput[];
  strata?: EvidenceStratumInput[];
  assumed?: string;
  note?: string;
}

/** A local-control evidence file (calibration/local-control-evidence.yaml), as read. */
export interface EvidenceInput {
  version: 1;
  name: string;
  description?: string;
  seed?: number;
  patients?: number;
  defaults?: { population?: EvidencePartInput };
  parameters?: CalibrationParameterInput[];
  series: EvidenceSeriesInput[];
}
