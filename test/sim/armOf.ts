import type { ArmResult, MetastasisEndpoints, TrialResults } from '../../packages/sim/dist/index.js';

/**
 * The arm of a run's results with this id.
 * @param results - results.json of a run
 * @param id - an arm id of the scenario
 * @returns the arm
 * @throws Error when the results have no such arm (a test's own mistake, named)
 */
export function armOf(results: TrialResults, id: string): ArmResult {
  const found = results.arms.find((arm) => arm.id === id);
  if (found === undefined) throw new Error(`no arm ${id}`);
  return found;
}

/**
 * The metastasis endpoints of an arm or stratum (a scenario with `metastasis`).
 * @param group - an arm or stratum of results.json
 * @returns its `competingEvents.metastasis`
 * @throws Error when the group has none
 */
export function metastasisOf(group: { competingEvents?: { metastasis?: MetastasisEndpoints } }): MetastasisEndpoints {
  const found = group.competingEvents?.metastasis;
  if (found === undefined) throw new Error('no metastasis endpoints');
  return found;
}
