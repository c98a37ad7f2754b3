import type { LibraryRelease } from '@rtsim/core';
import type { Accumulator } from '../cohort/createAccumulator.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ShardField } from './parseShardField.js';

/** A partial result of a plain run, read back and checked (the CLI's parseShardFile of a `ShardFile`). */
export interface PlainTrialPart {
  readonly kind: 'plain';
  /** The part's file name, quoted in messages. */
  readonly name: string;
  /** rtsim version that computed it. */
  readonly rtsim: string;
  /**
   * Model version and parameter library that computed it (a partial's `model` and `library`): mergeTrialParts
   * refuses a part whose claim is not what this rtsim computes its scenario with (shardVersionsProblem).
   */
  readonly model: number;
  readonly library: LibraryRelease;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly patients: number;
  /** Shard K of N and its split (`strided` when the file records none). */
  readonly shard: ShardField;
  readonly scenarioText: string;
  /** The scenario re-derived from `scenarioText`, with the run's seed and patients. */
  readonly scenario: ResolvedScenario;
  /** Exact totals of the shard's blocks. */
  readonly accumulator: Accumulator;
}

/** A partial result of a two-level run, read back and checked (from an `UncertaintyShardFile`). */
export interface TwoLevelTrialPart {
  readonly kind: 'two-level';
  /** The part's file name, quoted in messages. */
  readonly name: string;
  readonly rtsim: string;
  /** As in {@link PlainTrialPart}: checked by mergeTrialParts. */
  readonly model: number;
  readonly library: LibraryRelease;
  readonly scenarioHash: string;
  readonly shard: ShardField;
  readonly scenarioText: string;
  /** The scenario (with its uncertainty section) re-derived from `scenarioText`. */
  readonly scenario: ResolvedScenario;
  /** One entry per parameter set: the exact totals of the shard's blocks of it, or null when it has none. */
  readonly accumulators: readonly (Accumulator | null)[];
}
