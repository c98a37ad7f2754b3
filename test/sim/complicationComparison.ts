import type { ComplicationComparison } from '../../packages/sim/src/cohort/TrialResults.js';

/**
 * One complication endpoint of two arms compared, for a test of what reads it (therapeuticRatio, the number-needed
 * cells): the paired rate difference a − b with its 95% interval as given; no discordant patients, McNemar p 1, no trial
 * size (fields those readers do not use).
 */
export function complicationComparison(endpoint: ComplicationComparison['endpoint'], rateDifference: number, rateDifferenceCi95: readonly [number, number]): ComplicationComparison {
  return { endpoint, discordant: { aOnly: 0, bOnly: 0 }, rateDifference, rateDifferenceCi95, mcnemarP: 1, trialPatientsPerArm: null };
}
