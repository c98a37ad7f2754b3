import { runTrial, validateScenario } from '@rtsim/sim';
import type { TrialResults } from '@rtsim/sim';
import { spawnBrowserWorker } from '../../runner/spawnBrowserWorker.js';
import type { ExplorerState } from '../explorerState.js';
import { pathwayScenario } from './pathwayScenario.js';

/**
 * Runs the pathway card's cohort (pathwayScenario) in one Web Worker through the sim's `runTrial`, the runner's
 * path: the page's thread only merges the result. Loaded on demand, so the engine stays out of the explorer's
 * first bundle.
 * @param state - the explorer state whose pathway to run
 * @param signal - aborts the run (a newer slider value); the promise then rejects with an AbortError
 * @returns (a promise of) the results; rejects with the validation messages if the scenario is refused
 */
export async function runPathwayCohort(state: ExplorerState, signal: AbortSignal): Promise<TrialResults> {
  const validated = validateScenario(pathwayScenario(state));
  if (!validated.ok) throw new Error(validated.issues.map((issue) => issue.message).join('; '));
  const { results } = await runTrial(validated.scenario, { workers: 1, spawn: spawnBrowserWorker, signal, version: __RTSIM_VERSION__ });
  return results;
}
