import { runTrial, trialFiles } from '@rtsim/sim';
import type { PoolProgress, ResolvedScenario, TrialResults } from '@rtsim/sim';
import { spawnBrowserWorker } from './spawnBrowserWorker.js';

/** A finished run in the page: the results and the output set the CLI writes, byte for byte. */
export interface PageTrialRun {
  readonly results: TrialResults;
  /** results.json text. */
  readonly json: string;
  /** arms.csv text. */
  readonly csv: string;
  /** report.html text (the sim's self-contained report, with the scenario file in it). */
  readonly html: string;
  /** endpoints.csv text (the long table of endpoint × time × arm × stratum). */
  readonly endpointsCsv: string;
  /** Wall-clock time of the simulation, ms. */
  readonly elapsedMs: number;
}

/**
 * Runs a scenario in Web Workers through the sim's front door, `runTrial` (a two-level run over its parameter sets
 * when it has an uncertainty section), and makes its output set with `trialFiles`: the same code path as
 * `rtsim run`, so results.json is byte-identical to the command line's for the same scenario, seed and patient count.
 * @param scenario - a validated, resolved scenario (patient count already set)
 * @param scenarioText - the scenario file as written (embedded in report.html, as the CLI does)
 * @param workers - number of Web Workers (≥ 1)
 * @param onProgress - progress after each block
 * @param signal - aborting stops the workers; the promise then rejects with an AbortError
 * @returns (a promise of) the run
 */
export async function runPageTrial(
  scenario: ResolvedScenario,
  scenarioText: string,
  workers: number,
  onProgress: (progress: PoolProgress) => void,
  signal: AbortSignal,
): Promise<PageTrialRun> {
  const start = performance.now();
  const { results } = await runTrial(scenario, { workers, spawn: spawnBrowserWorker, onProgress, signal, version: __RTSIM_VERSION__ });
  const elapsedMs = performance.now() - start;
  const [json, csv, html, endpoints] = trialFiles(results, scenarioText);
  return { results, json: json.content, csv: csv.content, html: html.content, endpointsCsv: endpoints.content, elapsedMs };
}
