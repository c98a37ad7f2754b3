import type { LibraryRelease } from '@rtsim/core';
import type { ShardSplit } from '../cohort/ShardSplit.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';

/**
 * The fields every shard file shares (`partial-K-of-N.json` of a run or a two-level run,
 * `sensitivity-partial-K-of-N.json`), whatever totals it carries; checked alike on merge (cli/shardHeader.ts).
 */
export interface ShardFileCommon {
  /** 2 since shard files carry `checksum`, 3 since partial results hold the progression strata and the pairs' event times, 4 since they hold the competing causes' paired event times, 5 since those begin with the local recurrence, death ignored, in every layout; all only with `followUp.at` (earlier versions are refused: run the shard again). */
  readonly formatVersion: 5;
  /** rtsim version that simulated the shard; merge refuses parts of other versions. */
  readonly rtsim: string;
  /**
   * Model version and parameter library that simulated the shard, as in results.json. Merge refuses a part whose
   * claim is not what this rtsim computes its scenario with (trial/shardVersionsProblem.ts), and so does
   * mergeTrialParts for parts built in-process.
   */
  readonly model: number;
  readonly library: LibraryRelease;
  /** `scenarioHash` of `scenario` (sha256:…). */
  readonly scenarioHash: string;
  /** The run's seed and patient count (--seed, --patients applied). */
  readonly seed: number;
  readonly patients: number;
  /**
   * Shard K of N, K from 1, and the `--split` that chose its work. `split` is written only for `contiguous`
   * (strided is the default), so a strided shard file has the form it had before `--split` existed; absent means
   * `strided`.
   */
  readonly shard: { readonly index: number; readonly count: number; readonly split?: ShardSplit };
  /** Base name and text of the scenario file (after --patients / --seed, the text is still the file as written). */
  readonly scenarioFile: string;
  readonly scenarioText: string;
  /** The resolved scenario, with the --patients / --seed overrides applied. */
  readonly scenario: ResolvedScenario;
  /** shardChecksum of the file's other fields: merge refuses a part whose content does not match it. */
  readonly checksum: string;
}
