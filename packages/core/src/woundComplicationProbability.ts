import { logisticProbability } from './logisticProbability.js';

/** A patient's factors for {@link woundComplicationProbability}. */
export interface WoundFactors {
  /** true when surgery follows radiotherapy (preoperative RT), false when RT follows surgery */
  readonly preoperative: boolean;
  /**
   * EQD2 of the preoperative schedule at α/β = 10 Gy (early-reacting tissue), Gy (≥ 0, finite):
   * D·(d + 10)/(2 + 10) for total dose D and dose per fraction d. Checked but not used when postoperative.
   */
  readonly preoperativeEqd2Gy: number;
  /** largest tumour diameter, cm (> 0, finite); the model uses the > 5 cm indicator */
  readonly diameterCm: number;
  /** true for a lower-limb (thigh, groin, leg) tumour */
  readonly lowerLimb: boolean;
}

/** Log odds coefficients of {@link woundComplicationProbability} (`toxicityDefaults.wound`). */
export interface WoundCoefficients {
  /** β₀, log odds of a major wound complication after postoperative RT, tumour ≤ 5 cm, not lower limb */
  readonly interceptLogOdds: number;
  /** β_pre, log odds ratio of preoperative vs postoperative RT at EQD2₁₀ = 50 Gy */
  readonly preoperativeLogOddsRatio: number;
  /** β_D, log odds per Gy of preoperative EQD2₁₀ about 50 Gy, 1/Gy */
  readonly preoperativeDoseLogOddsPerGy: number;
  /** β_size, log odds ratio of a tumour > 5 cm */
  readonly largeTumourLogOddsRatio: number;
  /** β_site, log odds ratio of a lower-limb tumour */
  readonly lowerLimbLogOddsRatio: number;
}

/** Preoperative EQD2₁₀ at which the dose term is zero, Gy: 50 Gy in 25 fractions, the standard schedule. */
const referenceEqd2Gy = 50;
/** Diameter above which a tumour counts as large, cm (the split reported by the series, outcome-evidence E6). */
const largeTumourCm = 5;

/**
 * Probability of a major wound complication within 120 days of surgery, a logistic model:
 * logit p = β₀ + [pre]·(β_pre + β_D·(EQD2₁₀ − 50 Gy)) + β_size·[diameter > 5 cm] + β_site·[lower limb].
 * @param factors - timing, preoperative EQD2 at α/β 10 Gy (Gy), diameter (cm), lower limb; see {@link WoundFactors}
 * @param coefficients - log odds and log odds ratios; see {@link WoundCoefficients}
 * @returns p in [0, 1]; NaN for NaN or out-of-domain factors (EQD2 < 0 or not finite, diameter ≤ 0 or not finite)
 * @remarks The dose term acts only before surgery: preoperative RT operates in irradiated tissue, whereas
 *   postoperative RT starts after the wound has healed, so its dose does not enter the early wound endpoint.
 *   Calibrated rates, not a dose–volume fit: β₀, β_pre, β_D, β_size by maximum likelihood on calibration/
 *   toxicity-evidence.yaml (O'Sullivan B et al. Lancet 2002;359:2235; outcome-evidence E4, E6, E11); β_site an
 *   assumption. docs/toxicity-model.md, "Major wound complication".
 */
export function woundComplicationProbability(factors: WoundFactors, coefficients: WoundCoefficients): number {
  const { preoperative, preoperativeEqd2Gy, diameterCm, lowerLimb } = factors;
  if (!(preoperativeEqd2Gy >= 0 && preoperativeEqd2Gy < Infinity && diameterCm > 0 && diameterCm < Infinity)) return Number.NaN;
  const c = coefficients;
  let logOdds = c.interceptLogOdds;
  if (preoperative) logOdds += c.preoperativeLogOddsRatio + c.preoperativeDoseLogOddsPerGy * (preoperativeEqd2Gy - referenceEqd2Gy);
  if (diameterCm > largeTumourCm) logOdds += c.largeTumourLogOddsRatio;
  if (lowerLimb) logOdds += c.lowerLimbLogOddsRatio;
  return logisticProbability(logOdds);
}
