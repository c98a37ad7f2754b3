import type { Distribution } from '@rtsim/core';
import type { Interval } from '../stats/Interval.js';
import type { SensitivityEndpoint } from './sensitivityEndpoints.js';

/** The output a sensitivity analysis explains: an arm's control, or the difference between two arms. */
export type SensitivityOutput =
  | { readonly kind: 'arm'; readonly arm: string }
  | { readonly kind: 'difference'; readonly a: string; readonly b: string };

/**
 * An arm's endpoint at one of the scenario's `followUp.at` times, in years: `local-control@5` (the share free of local
 * recurrence); with `metastasis` `distant-metastasis-free-survival@5`, `metastasis@5` (the cumulative incidence of
 * metastasis, death a competing event) and `disease-specific-survival@5`; with `progression` (SBRT of metastases)
 * `progression-free-survival@5`; with either, `overall-survival@5`.
 */
export type SensitivityEndpointMeasure = `${SensitivityEndpoint}@${number}`;

/**
 * Which number of an arm: `control-rate`, the share of patients controlled (U < TCP); `mean-tcp`, the mean TCP
 * (its expectation given the patients: the same quantity without the binomial noise of the control draws); or an
 * endpoint at a follow-up time (SensitivityEndpointMeasure).
 */
export type SensitivityMeasure = 'control-rate' | 'mean-tcp' | SensitivityEndpointMeasure;

/** One uncertain parameter of the analysis. */
export interface SensitivityParameter {
  readonly path: string;
  readonly label: string;
  readonly distribution: Exclude<Distribution, number>;
  /** The scenario's own value. */
  readonly nominal: number;
  /** 2.5 % and 97.5 % quantiles of the distribution: the tornado's ends. */
  readonly low: number;
  readonly high: number;
}

/** What `rtsim sensitivity` writes to sensitivity.json. */
export interface SensitivityResults {
  readonly rtsim: { readonly version: string; readonly sensitivityFormat: 1 };
  readonly scenario: { readonly name: string; readonly hash: string };
  readonly seed: number;
  /** Virtual patients per model evaluation (the same patients at every point: common random numbers). */
  readonly patients: number;
  readonly output: SensitivityOutput & { readonly measure: SensitivityMeasure; readonly label: string };
  readonly parameters: readonly SensitivityParameter[];
  /** Model evaluations in all: 2d + 1 for the tornado, N(d + 2) for the Sobol indices. */
  readonly evaluations: number;
  readonly tornado: {
    /** Output with every parameter nominal. */
    readonly base: number;
    /** By swing, largest first. */
    readonly rows: readonly {
      readonly label: string;
      readonly path: string;
      readonly low: number;
      readonly high: number;
      readonly outputLow: number;
      readonly outputHigh: number;
      readonly swing: number;
    }[];
  };
  readonly sobol: {
    /** N, rows of the Saltelli matrices A and B. */
    readonly samples: number;
    /** Bootstrap resamples behind the intervals. */
    readonly resamples: number;
    /** Mean and variance of the output over A and B. */
    readonly mean: number;
    readonly variance: number;
    /** Parameter order; S and S_T with their 95 % bootstrap intervals. */
    readonly indices: readonly {
      readonly label: string;
      readonly path: string;
      readonly first: number;
      readonly firstCi95: Interval;
      readonly total: number;
      readonly totalCi95: Interval;
    }[];
  };
}
