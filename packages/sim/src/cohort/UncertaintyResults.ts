import type { Distribution } from '@rtsim/core';
import type { Interval } from '../stats/Interval.js';
import type { EndpointsAtTime } from './EndpointsAtTime.js';

/**
 * A quantity of a two-level run (an arm's control rate, or a difference between arms) over the K parameter sets,
 * with its two sources of doubt kept apart (docs/uncertainty.md).
 */
export interface OuterSummary {
  /** The value at the nominal parameter set: the headline number of the run's ordinary results. */
  readonly nominal: number;
  /** Median over the K draws. */
  readonly median: number;
  /** 2.5 % and 97.5 % quantiles over the K draws (type 7): parameter uncertainty alone. */
  readonly parameterInterval: Interval;
  /** Root mean square over the draws of the within-draw Monte Carlo standard error (finite patients). */
  readonly monteCarloSe: number;
  /**
   * 95 % interval with both sources: the 2.5 % and 97.5 % quantiles of the mixture over draws of N(value_k, se_k²).
   * With no parameter uncertainty it is the Monte Carlo interval nominal ± 1.96·SE.
   */
  readonly combinedInterval: Interval;
  /**
   * Var over draws / (Var over draws + monteCarloSe²): the share of the doubt that is parameter uncertainty. NaN (null
   * in JSON) when there is no doubt to share: every draw gave the same value with no Monte Carlo error (a rate of 0 or
   * 1 in every set, say).
   */
  readonly parameterShare: number;
  /** The value at each draw k = 0 … K − 1. */
  readonly draws: readonly number[];
}

/** An uncertain parameter as reported: its distribution, nominal value and the value drawn in each set. */
export interface UncertainParameterResult {
  readonly path: string;
  readonly label: string;
  readonly distribution: Exclude<Distribution, number>;
  readonly nominal: number;
  readonly draws: readonly number[];
}

/** A correlation between two uncertain parameters as reported (UncertaintyResults.correlations). */
export interface UncertainCorrelationResult {
  /** Paths of the two parameters, in the order the scenario names them. */
  readonly between: readonly [string, string];
  /** Their labels, in the same order. */
  readonly labels: readonly [string, string];
  /**
   * ρ, the correlation of the two parameters' normal scores Φ⁻¹(F(x)) in a Gaussian copula: not the Pearson
   * correlation of the drawn values (equal only for two unbounded normals).
   */
  readonly rho: number;
}

/** An arm's endpoints at one `followUp.at` time over the parameter sets (docs/uncertainty.md, "Endpoints at the follow-up times"). */
export type UncertainEndpointsAtTime = EndpointsAtTime<OuterSummary>;

/** An arm of a two-level run: its control rate over the parameter sets, and its endpoints at the follow-up times. */
export interface UncertainArmResult {
  readonly id: string;
  readonly controlRate: OuterSummary;
  /** With `followUp.at`, the endpoints at those times (absent without: such results are what they were before the field existed). */
  readonly atTimes?: readonly UncertainEndpointsAtTime[];
}

/** The two-level part of a run's results (TrialResults.uncertainty). */
export interface UncertaintyResults {
  /** K, the parameter sets drawn. */
  readonly draws: number;
  /** Every set runs the same virtual patients (the scenario's seed): common random numbers across draws. */
  readonly seeding: 'common-random-numbers';
  readonly parameters: readonly UncertainParameterResult[];
  /**
   * Correlations between the parameters the sets were drawn with (a Gaussian copula); absent when the parameters
   * are independent, so results without correlations are what they were before the field existed.
   */
  readonly correlations?: readonly UncertainCorrelationResult[];
  readonly arms: readonly UncertainArmResult[];
  /** Per pair of arms (the order of TrialResults.comparisons), the difference in control rate a − b. */
  readonly comparisons: readonly {
    readonly a: string;
    readonly b: string;
    readonly controlRateDifference: OuterSummary;
    /** P(a beats b): share of draws with a − b > 0 (ties count one half). */
    readonly probabilityABetter: number;
    /** Its sampling error from K draws, √(P(1 − P)/K). */
    readonly probabilityABetterSe: number;
    /**
     * With `followUp.at`, the paired differences a − b of the endpoints at those times (pairEndpointsAtTimes: LC
     * (death ignored), metastasis incidence and OS with `metastasis`, PFS with `progression`), each over the
     * sets with its paired Monte Carlo SE; absent when the pair carries none.
     */
    readonly atTimes?: readonly UncertainEndpointsAtTime[];
  }[];
}
