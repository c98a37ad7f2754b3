import { armsCsv, compilePlan, reportHtml, resultsJson, runPool, runUncertainty, scenarioHash, summarize } from '@rtsim/sim';
import type { PoolProgress, ResolvedScenario, TrialResults } from '@rtsim/sim';
import { spawnBrowserWorker } from './spawnBrowserWorker.js';

/** A finished run: the results and the two files the CLI writes, byte for byte. */
export interface TrialRun {
  readonly results: TrialResults;
  /** results.json text (the sim's serialiser). */
  readonly json: string;
  /** arms.csv text (the sim's serialiser). */
  readonly csv: string;
  /** report.html text (the sim's self-contained report, with the scenario file in it). */
  readonly html: string;
  /** Wall-clock time of the simulation, ms. */
  readonly elapsedMs: number;
}

/** Workers the page starts by default: the processor count, capped (more rarely helps and costs memory). */
export function defaultBrowserWorkers(cap: number = 8): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.max(1, Math.min(cap, Number.isInteger(cores) && cores > 0 ? cores : 2));
}

/**
 * Runs a scenario in Web Workers through the sim's comlink pool (a two-level run over its parameter sets when it
 * has an uncertainty section) and summarises it exactly as `rtsim run`
 * does (same blocks, same seeds, same exact accumulation, same serialisers), so results.json is
 * byte-identical to the command line's for the same scenario, seed and patient count.
 * @param scenario - a validated, resolved scenario (patient count already set)
 * @param scenarioText - the scenario file as written (embedded in report.html, as the CLI does)
 * @param workers - number of Web Workers (≥ 1)
 * @param onProgress - progress after each block
 * @param signal - aborting stops the workers; the promise then rejects with an AbortError
 */
export async function runTrial(
  scenario: ResolvedScenario,
  scenarioText: string,
  workers: number,
  onProgress: (progress: PoolProgress) => void,
  signal: AbortSignal,
): Promise<TrialRun> {
  const start = performance.now();
  const meta = { version: __RTSIM_VERSION__, scenarioHash: await scenarioHash(scenario) };
  // A scenario with an uncertainty section is a two-level run (nominal + K parameter sets), as in `rtsim run`.
  const results = scenario.uncertainty === undefined
    ? summarize(await runPool({ scenario, workers, spawn: spawnBrowserWorker, onProgress, signal }), compilePlan(scenario), meta)
    : await runUncertainty(scenario, { workers, spawn: spawnBrowserWorker, onProgress, signal, meta });
  const elapsedMs = performance.now() - start;
  return { results, json: resultsJson(results), csv: armsCsv(results), html: reportHtml(results, scenarioText), elapsedMs };
}
