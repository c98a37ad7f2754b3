import { fixedDistributionValue, fractureProbability, ntcpLkb, ntcpLogistic, toxicityDefaults, woundComplicationProbability } from '@rtsim/core';
import type { DoseVolumeBin, LibraryParameter, WoundCoefficients } from '@rtsim/core';
import { complicationEndpoints, organOfEndpoint } from '../scenario/complicationsSchema.js';
import type { ComplicationEndpoint } from '../scenario/complicationsSchema.js';
import type { ResolvedArm, ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ArmComplicationsPlan, ComplicationTiming, ComplicationsPlan } from './ComplicationsPlan.js';
import type { ArmPlan } from './EnginePlan.js';
import { deliveredCourseSpan } from './deliveredCourseSpan.js';

/** A library value that is a fixed number (every toxicity default is). */
const fixed = (parameter: LibraryParameter): number => fixedDistributionValue(parameter.value);

/** EQD2 of a course, Gy: Σ dᵢ(dᵢ + α/β)/(2 + α/β) over its fractions (Withers, Thames, Peters 1983). */
function eqd2(plan: ArmPlan, alphaBetaGy: number): number {
  let total = 0;
  for (const { dose } of plan.schedule) total += (dose * (dose + alphaBetaGy)) / (2 + alphaBetaGy);
  return total;
}

/**
 * Surgery alone when the arm operates and its course delivers no dose (a surgery-alone arm is written as one 0 Gy
 * fraction), preoperative when the operation follows the last fraction, postoperative when it precedes the first;
 * else none (no operation, or one between fractions).
 */
function surgicalTiming(arm: ResolvedArm, plan: ArmPlan): ComplicationTiming | undefined {
  if (arm.surgery === undefined) return undefined;
  const span = deliveredCourseSpan(plan.schedule);
  if (span === undefined) return 'surgery-alone';
  const [first, last] = span;
  if (arm.surgery.day > last) return 'preoperative';
  if (arm.surgery.day < first) return 'postoperative';
  return undefined;
}

/**
 * Mean EQD2 of a differential DVH at α/β, Gy, each bin's total dose Dᵢ in `fractions` equal fractions:
 * Σ vᵢ Dᵢ(Dᵢ/n_f + α/β)/(2 + α/β) (as the organ-at-risk NTCP converts, armToxicity). For SBRT fractions of 10–20 Gy
 * this applies the LQ model far above 2 Gy, an extrapolation (docs/toxicity-model.md).
 */
function meanEqd2(bins: readonly DoseVolumeBin[], alphaBetaGy: number, fractions: number): number {
  let total = 0;
  for (const { dose, volume } of bins) total += volume * ((dose * (dose / fractions + alphaBetaGy)) / (2 + alphaBetaGy));
  return bins.length === 0 ? Number.NaN : total;
}

/** Probability of one endpoint in an arm for a tumour of the given diameter (cm). */
function probability(endpoint: ComplicationEndpoint, arm: Omit<ArmComplicationsPlan, 'probabilities'>, diameterCm: number, wound: WoundCoefficients): number {
  if (endpoint === 'fracture') {
    return fractureProbability(arm.meanFemoralNeckEqd2Gy ?? Number.NaN, fixed(toxicityDefaults.fracture.interceptLogOdds), fixed(toxicityDefaults.fracture.logOddsPerGy));
  }
  if (endpoint === 'pneumonitis') {
    // LKB with n = 1 on one bin holding the whole lung at its mean EQD2: Φ((MLD − TD₅₀)/(m·TD₅₀)), the EQD2 already taken.
    const lkb = toxicityDefaults.pneumonitis;
    return ntcpLkb([{ dose: arm.meanLungEqd2Gy ?? Number.NaN, volume: 1 }], { td50: fixed(lkb.td50), m: fixed(lkb.m), n: fixed(lkb.n) });
  }
  if (endpoint === 'wound') {
    const factors = { preoperative: arm.timing === 'preoperative', preoperativeEqd2Gy: arm.eqd2WoundGy, diameterCm, lowerLimb: false };
    return woundComplicationProbability(factors, wound);
  }
  const late = toxicityDefaults.late[endpoint];
  return ntcpLogistic(arm.eqd2LateGy, fixed(late.d50), fixed(late.gamma50));
}

// Diameters standing for the two size classes of the wound model (≤ 5 cm and > 5 cm): any diameter in a class gives
// the same probability, since the model uses only the > 5 cm indicator.
const smallDiameterCm = 1;
const largeDiameterCm = 10;

/**
 * Compiles a scenario's `complications` section with the library's `toxicityDefaults`: per arm with an operation
 * before or after all its fractions (or any arm when only organ endpoints are scored), the timing, the schedule's
 * EQD2 at α/β 10 Gy and 3 Gy, the organ doses of the scored organ endpoints (the femoral neck's mean EQD2 at the late
 * α/β, the lung's at the pneumonitis α/β), and each scored endpoint's probability for a small and a large tumour. The wound
 * model's lower-limb term is 0 in the library (no site-stratified series), so the patient's site does not enter.
 * @param scenario - the resolved scenario
 * @param arms - its arms, compiled (same order)
 * @returns the plan, or undefined without `complications` (the engine then draws nothing for them)
 */
export function compileComplications(scenario: ResolvedScenario, arms: readonly ArmPlan[]): ComplicationsPlan | undefined {
  const section = scenario.complications;
  if (section === undefined) return undefined;
  const { endpoints } = section;
  const d = toxicityDefaults;
  const wound: WoundCoefficients = {
    interceptLogOdds: fixed(d.wound.interceptLogOdds),
    preoperativeLogOddsRatio: fixed(d.wound.preoperativeLogOddsRatio),
    preoperativeDoseLogOddsPerGy: fixed(d.wound.preoperativeDoseLogOddsPerGy),
    largeTumourLogOddsRatio: fixed(d.wound.largeTumourLogOddsRatio),
    lowerLimbLogOddsRatio: fixed(d.wound.lowerLimbLogOddsRatio),
  };
  const surgical = endpoints.some((endpoint) => !organOfEndpoint.has(endpoint));
  const armPlans = scenario.arms.map((arm, a): ArmComplicationsPlan | undefined => {
    const plan = arms[a];
    if (plan === undefined) return undefined;
    // A surgical endpoint needs an operation before or after the course; organ endpoints alone score any arm.
    const when = surgicalTiming(arm, plan) ?? (surgical ? undefined : 'none');
    if (when === undefined) return undefined;
    const { lung, femoralNeck } = arm.organs ?? {};
    const model = {
      timing: when,
      eqd2WoundGy: eqd2(plan, fixed(d.woundAlphaBeta)),
      eqd2LateGy: eqd2(plan, fixed(d.lateAlphaBeta)),
      ...(endpoints.includes('pneumonitis') ? { meanLungEqd2Gy: lung === undefined ? Number.NaN : meanEqd2(lung, fixed(d.pneumonitis.alphaBeta), plan.schedule.length) } : {}),
      // E8's femoral-neck doses were physical doses of conventional courses; their EQD2 carries the fit to other fraction sizes.
      ...(endpoints.includes('fracture') ? { meanFemoralNeckEqd2Gy: femoralNeck === undefined ? Number.NaN : meanEqd2(femoralNeck, fixed(d.lateAlphaBeta), plan.schedule.length) } : {}),
    };
    const probabilities = new Float64Array(2 * endpoints.length);
    endpoints.forEach((endpoint, e) => {
      probabilities[2 * e] = probability(endpoint, model, smallDiameterCm, wound);
      probabilities[2 * e + 1] = probability(endpoint, model, largeDiameterCm, wound);
      // Validation requires every organ of a scored organ endpoint (complicationsProblems): a NaN here is a bug.
      if (Number.isNaN(probabilities[2 * e])) throw new Error(`compileComplications: arm '${arm.id}' has no probability of ${endpoint} (its organ dose is missing or invalid)`);
    });
    return { ...model, probabilities };
  });
  return {
    endpoints,
    uniformIndex: Int32Array.from(endpoints, (endpoint) => complicationEndpoints.indexOf(endpoint)),
    organs: endpoints.some((endpoint) => organOfEndpoint.has(endpoint)),
    arms: armPlans,
  };
}
