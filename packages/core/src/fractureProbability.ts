import { logisticProbability } from './logisticProbability.js';
/**
 * Probability of a radiation-associated femoral fracture after limb-sparing surgery and RT, a logistic model in the
 * mean bone dose: logit p = a + b·D̄.
 * @param meanBoneDoseGy - D̄, mean dose to the femoral neck or the irradiated bone segment in 2-Gy equivalents, Gy
 *   (≥ 0, finite): the source's physical doses were of conventional 1.8–2 Gy fractions, so the engine passes the mean
 *   EQD2 at α/β 3 Gy (compileComplications; docs/models.md)
 * @param interceptLogOdds - a, log odds at D̄ = 0 (`toxicityDefaults.fracture.interceptLogOdds`)
 * @param logOddsPerGy - b, log odds per Gy of mean bone dose (EQD2), 1/Gy (`toxicityDefaults.fracture.logOddsPerGy`)
 * @returns p in [0, 1], non-decreasing in D̄ when b ≥ 0; NaN for NaN or out-of-domain input
 * @remarks a and b come from the published group means and standard deviations of the femoral-neck mean dose with
 *   and without fracture (IJROBP 2012;83(4):1257, outcome-evidence E8) by linear discriminant analysis:
 *   b = (μ₁ − μ₀)/s², a = ln(n₁/n₀) − (μ₁² − μ₀²)/(2s²) with s² the pooled variance (Efron B. J Am Stat Assoc
 *   1975;70:892). Crude incidence over the series' follow-up. docs/toxicity-model.md, "Fracture".
 */
export function fractureProbability(meanBoneDoseGy: number, interceptLogOdds: number, logOddsPerGy: number): number {
  if (!(meanBoneDoseGy >= 0 && meanBoneDoseGy < Infinity)) return Number.NaN;
  return logisticProbability(interceptLogOdds + logOddsPerGy * meanBoneDoseGy);
}
