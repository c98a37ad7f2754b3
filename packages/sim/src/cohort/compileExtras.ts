import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ArmExtrasPlan, ArmPlan, ExtrasPlan, KillPlan } from './EnginePlan.js';
import { ownValue } from '../scenario/ownValue.js';
import { streamNameCollision } from '../random/streamNameCollision.js';

/**
 * Compiles what the engine computes per patient beyond the fixed slots: the markers and their prevalence per
 * subtype, the agents with a response draw, each arm's kills (agent, marker gate, L, response probability per
 * subtype, dose scaling, gated day), Σd and Σd² for GARD, the GARD prescription and the GARD band edges.
 * @param scenario - the resolved scenario
 * @param arms - its arms, compiled (same order)
 * @returns the extras, or undefined when the scenario needs none (no markers, no kill, no GARD, no prescription):
 *   then the engine runs exactly as without this feature
 * @throws RangeError when two markers, or two agents, have the same random stream id (streamNameCollision; the scenario check reports it first for files)
 */
export function compileExtras(scenario: ResolvedScenario, arms: readonly ArmPlan[]): ExtrasPlan | undefined {
  const markers = scenario.markers ?? [];
  const agents: string[] = [];
  for (const arm of scenario.arms) {
    for (const modifier of arm.modifiers ?? []) {
      if (modifier.logKill > 0 && !agents.includes(modifier.agent)) agents.push(modifier.agent);
    }
  }
  const gardEdges = Float64Array.from(scenario.gardBands ?? []);
  const prescribed = scenario.arms.some((arm) => arm.prescription !== undefined);
  if (markers.length === 0 && agents.length === 0 && gardEdges.length === 0 && !prescribed) return undefined;
  // Each marker and agent draws from a stream named by a 32-bit hash of its name: two equal hashes would share draws.
  const collision = streamNameCollision('marker', markers) ?? streamNameCollision('response', agents);
  if (collision !== undefined) throw new RangeError(collision.message);
  const subtypes = scenario.subtypes;
  const prevalence = new Float64Array(subtypes.length * markers.length);
  subtypes.forEach((subtype, s) => {
    markers.forEach((marker, m) => {
      prevalence[s * markers.length + m] = ownValue(subtype.parameters.markers, marker) ?? Number.NaN;
    });
  });
  const armPlans: ArmExtrasPlan[] = scenario.arms.map((arm, a) => {
    const plan = arms[a];
    let doseSum = 0;
    let doseSquareSum = 0;
    for (const { dose } of plan.schedule) {
      doseSum += dose;
      doseSquareSum += dose * dose;
    }
    const kills: KillPlan[] = (arm.modifiers ?? [])
      .filter((modifier) => modifier.logKill > 0)
      .map((modifier) => {
        const gated = modifier.marker !== undefined && modifier.markerNegativeResponseProbability === 0;
        const scaling = modifier.doseScaling;
        return {
          agent: agents.indexOf(modifier.agent),
          marker: modifier.marker === undefined ? -1 : markers.indexOf(modifier.marker),
          gated,
          logKill: modifier.logKill,
          probability: Float64Array.from(subtypes, (subtype) => ownValue(modifier.responseProbability, subtype.id) ?? Number.NaN),
          negativeProbability: modifier.markerNegativeResponseProbability,
          referenceDose: scaling?.referenceDose ?? Number.NaN,
          exponent: scaling?.exponent ?? 0,
          maxFactor: scaling?.maxFactor ?? Infinity,
          gatedDay: gated && modifier.day !== undefined ? modifier.day : Number.NaN,
        };
      });
    return {
      kills,
      doseSum,
      doseSquareSum,
      dosePerFraction: plan.fractions > 0 ? doseSum / plan.fractions : 0,
      prescription: arm.prescription !== undefined,
      gardTarget: arm.prescription?.gardTarget ?? Number.NaN,
      minDose: arm.prescription?.minDose ?? 0,
      maxDose: arm.prescription?.maxDose ?? Infinity,
      gatedDays: kills.some((kill) => !Number.isNaN(kill.gatedDay)),
    };
  });
  return { markers, agents, prevalence, gardEdges, prescribed, arms: armPlans };
}
