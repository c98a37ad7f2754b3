import { runSensitivity, scenarioHash, sensitivityJson, sensitivityReportHtml } from '@rtsim/sim';
import type { PoolProgress, ResolvedScenario, SensitivitySettings } from '@rtsim/sim';
import type { SensitivityRun } from './SensitivityRun.js';
import { spawnBrowserWorker } from './spawnBrowserWorker.js';

/**
 * Runs the sensitivity analysis of a scenario (runSensitivity from the sim: tornado and Sobol indices) in Web
 * Workers through the sim's comlink pool, exactly as `rtsim sensitivity` does on worker threads (same design,
 * seeds, exact accumulation and serialiser), so sensitivity.json is byte-identical to the command line's for the
 * same scenario and settings, whatever the worker count.
 * @param scenario - a validated, resolved scenario with an `uncertainty` section, as in the file (its patient count
 *   and hash are the file's: the analysis sets its own patients per evaluation)
 * @param scenarioText - the scenario file as written (embedded in report-sensitivity.html, as the CLI does)
 * @param settings - output, measure, N, patients per evaluation, resamples
 * @param workers - number of Web Workers (≥ 1)
 * @param onProgress - progress after each block
 * @param signal - aborting stops the workers; the promise then rejects with an AbortError
 */
export async function runTrialSensitivity(
  scenario: ResolvedScenario,
  scenarioText: string,
  settings: SensitivitySettings,
  workers: number,
  onProgress: (progress: PoolProgress) => void,
  signal: AbortSignal,
): Promise<SensitivityRun> {
  const start = performance.now();
  const meta = { version: __RTSIM_VERSION__, scenarioHash: await scenarioHash(scenario) };
  const results = await runSensitivity(scenario, { ...settings, workers, spawn: spawnBrowserWorker, onProgress, signal, meta });
  const elapsedMs = performance.now() - start;
  return { results, json: sensitivityJson(results), html: sensitivityReportHtml(results, scenarioText), elapsedMs };
}
