import type { DoseVolumeBin } from './doseVolumeBin.js';
import { fractionLogSurvival } from './fractionLogSurvival.js';
import { normalCdf } from './normalCdf.js';
import { overallTime } from './overallTime.js';
import { panelTcpIntegral, zMax } from './populationTcpQuadrature.js';
import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';
import { repopulationLogGain } from './repopulationLogGain.js';
import { survivalCoefficients } from './survivalCoefficients.js';
import type { SurvivalModel } from './survivalModel.js';
import type { PopulationTcpParameters } from './tcpPopulation.js';
import { totalDose } from './totalDose.js';
import { distinctFractionDoses } from './distinctFractionDoses.js';

/** Largest normal mass allowed where USC is undefined (αD₀ ≥ 1), as in tcpPopulation. */
const uscNeglect = 1e-9;

/**
 * Population tumour control probability over an inhomogeneous target dose: {@link tcpPopulation}'s truncated-normal
 * spread of α between patients (β = α/(α/β)), each patient's TCP the Poisson TCP of clonogens spread uniformly over
 * the DVH's bins, TCP(α) = exp(−N₀·G·Σ_k v_k S_k(α)/Σ_k v_k) with bin k given the course with every dose × D_k/D
 * ({@link dvhLogSurvival}); TCP_pop = ∫₀^∞ TCP(α) φ((α − ᾱ)/σ)/σ dα / Φ(ᾱ/σ).
 * @param bins - differential DVH of the target: total dose D_k in Gy and volume v_k (any unit, normalised) per bin
 * @param p - the course (its fractionation and timing; total dose D > 0), ᾱ and σ_α (1/Gy), α/β (Gy), N₀, optional
 *   T_d and T_k (days), model; see {@link PopulationTcpParameters}
 * @returns TCP_pop in [0, 1]; a single bin at the course's total dose gives {@link tcpPopulation} of the course;
 *   σ_α = 0 gives the Poisson TCP at ᾱ; NaN for NaN or out-of-domain input (bad bins or no volume, a course with
 *   no dose, the domain of {@link tcpPopulation})
 * @remarks For LQ and LQ-L, −ln S_k = α·A_k with A_k = alphaDose_k + betaDose_k/(α/β) ({@link survivalCoefficients}
 *   of bin k's course, once per bin); USC sums {@link fractionLogSurvival} over the course's distinct doses (no
 *   repair terms: ln S is a sum over fractions) at each quadrature node, as {@link dvhLogSurvival} would. The integral is
 *   tcpPopulation's adaptive Gauss–Legendre panel rule on u(z) = ln(N₀G) + ln S(ᾱ + σz), which is non-increasing
 *   in z (absolute error ≤ 1e−9 against brute force there). Webb S, Nahum AE. Phys Med Biol 1993;38:653–666.
 */
export function tcpPopulationDvh(bins: readonly DoseVolumeBin[], p: PopulationTcpParameters): number {
  const { schedule, alphaMean, alphaSd, alphaBeta, clonogens, doublingTime, kickoffTime, model = { model: 'lq' } } = p;
  if (!(alphaMean >= 0 && alphaMean < Infinity && alphaSd >= 0 && alphaSd < Infinity && alphaBeta > 0 && clonogens >= 0)) return Number.NaN;
  let logGain = 0;
  if (doublingTime !== undefined || kickoffTime !== undefined) {
    if (doublingTime === undefined || kickoffTime === undefined) return Number.NaN;
    logGain = repopulationLogGain(overallTime(schedule), { doublingTime, kickoffTime });
  }
  const c = portableLog(clonogens) + logGain;
  if (Number.isNaN(c)) return Number.NaN;
  const logSurviving = model.model === 'usc' ? uscLogSurvival(bins, schedule, alphaBeta, model) : linearLogSurvival(bins, schedule, alphaBeta, model);
  if (logSurviving === undefined) return Number.NaN;
  if (alphaSd === 0) return portableExp(-portableExp(c + logSurviving(alphaMean)));
  const z0 = -alphaMean / alphaSd;
  const lo = Math.max(z0, -zMax);
  // USC is undefined where αD₀ ≥ 1: integrate below that, and refuse when the α distribution has mass there.
  const hi = model.model === 'usc' ? Math.min(zMax, ((1 - 1e-12) / model.d0 - alphaMean) / alphaSd) : zMax;
  if (!(hi > lo) || (model.model === 'usc' && normalCdf(-hi) > uscNeglect + normalCdf(-zMax))) return Number.NaN;
  // At the truncation ᾱ + σ·z0 can round below 0: α ≥ 0 there.
  const u = (z: number): number => c + logSurviving(Math.max(0, alphaMean + alphaSd * z));
  // Above hi the TCP is taken at its value at hi (zMax: mass 3e−14; USC: at most 1e−9).
  const integral = panelTcpIntegral(lo, hi, u) + normalCdf(-hi) * portableExp(-portableExp(u(hi)));
  return Math.min(1, Math.max(0, integral / normalCdf(-z0)));
}

/**
 * ln S(α) = ln Σ_k v_k e^{−α A_k} − ln Σ v_k for LQ or LQ-L, with A_k computed once per bin; undefined for bad bins,
 * no volume or a course with no dose.
 */
function linearLogSurvival(bins: readonly DoseVolumeBin[], schedule: PopulationTcpParameters['schedule'], alphaBeta: number, model: NonNullable<PopulationTcpParameters['model']>): ((alpha: number) => number) | undefined {
  const course = totalDose(schedule);
  if (!(course > 0)) return undefined;
  const logVolumes: number[] = [];
  const effectiveDoses: number[] = [];
  let totalVolume = 0;
  for (const { dose, volume } of bins) {
    if (!(dose >= 0 && dose < Infinity && volume >= 0 && volume < Infinity)) return undefined;
    if (volume === 0) continue;
    const scale = dose / course;
    const { alphaDose, betaDose } = survivalCoefficients(schedule.map((fraction) => ({ ...fraction, dose: fraction.dose * scale })), model);
    const effective = alphaDose + betaDose / alphaBeta; // A_k in −ln S_k = α·A_k, Gy
    if (!(effective >= 0)) return undefined;
    totalVolume += volume;
    logVolumes.push(portableLog(volume));
    effectiveDoses.push(effective);
  }
  if (!(totalVolume > 0)) return undefined;
  const logTotal = portableLog(totalVolume);
  return (alpha) => {
    let largest = -Infinity;
    for (let k = 0; k < logVolumes.length; k++) largest = Math.max(largest, logVolumes[k] - alpha * effectiveDoses[k]);
    let scaled = 0;
    for (let k = 0; k < logVolumes.length; k++) scaled += portableExp(logVolumes[k] - alpha * effectiveDoses[k] - largest);
    return Math.min(0, largest + portableLog(scaled) - logTotal);
  };
}

/**
 * ln S(α) = ln Σ_k v_k S_k(α) − ln Σ v_k for USC, β = α/(α/β): each bin's ln S_k is Σ_i c_i·ln S_USC(d_i·s_k) over
 * the course's distinct fraction doses d_i (c_i fractions each) and the bin's scale s_k = D_k/D, so a node costs one
 * USC evaluation per bin and distinct dose; undefined for bad bins, no volume or a course with no dose.
 */
function uscLogSurvival(bins: readonly DoseVolumeBin[], schedule: PopulationTcpParameters['schedule'], alphaBeta: number, model: SurvivalModel): ((alpha: number) => number) | undefined {
  const course = totalDose(schedule);
  if (!(course > 0)) return undefined;
  const { doses, counts } = distinctFractionDoses(schedule);
  const logVolumes: number[] = [];
  const scales: number[] = [];
  let totalVolume = 0;
  for (const { dose, volume } of bins) {
    if (!(dose >= 0 && dose < Infinity && volume >= 0 && volume < Infinity)) return undefined;
    if (volume === 0) continue;
    totalVolume += volume;
    logVolumes.push(portableLog(volume));
    scales.push(dose / course);
  }
  if (!(totalVolume > 0)) return undefined;
  const logTotal = portableLog(totalVolume);
  const terms = new Float64Array(logVolumes.length);
  return (alpha) => {
    const cell = { alpha, beta: alpha / alphaBeta };
    let largest = -Infinity;
    for (let k = 0; k < logVolumes.length; k++) {
      let term = logVolumes[k];
      for (let i = 0; i < doses.length; i++) term += counts[i] * fractionLogSurvival(doses[i] * scales[k], cell, model);
      if (Number.isNaN(term)) return Number.NaN;
      terms[k] = term;
      if (term > largest) largest = term;
    }
    if (largest === -Infinity) return -Infinity;
    let scaled = 0;
    for (let k = 0; k < terms.length; k++) scaled += portableExp(terms[k] - largest);
    return Math.min(0, largest + portableLog(scaled) - logTotal);
  };
}
