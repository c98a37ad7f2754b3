import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { runTrial } from '../../packages/sim/src/trial/runTrial.js';
import { parsedScenario } from './parsedScenario.js';

/**
 * The results of a scenario a test writes, run from the sources in the calling thread (no worker is started):
 * what `rtsim run` would write, without the files.
 * @param text - the scenario's YAML
 * @param fileName - the name its issues are reported under (a scenario that does not parse throws, parsedScenario)
 * @returns the trial's results
 */
export async function inThreadResults(text: string, fileName = 'test.yaml'): Promise<TrialResults> {
  const spawn = (): never => {
    throw new Error('a run on 0 workers starts none');
  };
  const { results } = await runTrial(parsedScenario(text, fileName), { workers: 0, spawn, version: 'test' });
  return results;
}
