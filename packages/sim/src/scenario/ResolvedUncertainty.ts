import type { Distribution } from '@rtsim/core';

/** One uncertain population parameter of a scenario, as resolved. */
export interface ResolvedUncertainParameter {
  /** Where the number sits in the scenario, in the path language of docs/uncertainty.md (`cohort.subtypes[sts].alpha.mean`). */
  readonly path: string;
  /** Name in tables and charts (the path unless the file gives one). */
  readonly label: string;
  /** What is believed about the number: a distribution over parameter sets (not over patients), in its unit. */
  readonly distribution: Exclude<Distribution, number>;
}

/**
 * A correlation between two uncertain parameters, as resolved (docs/uncertainty.md, "Correlated parameters"): the
 * parameter sets draw the two from a Gaussian copula, so that their normal scores Φ⁻¹(F(x)) have correlation
 * `rho`; each keeps its own distribution.
 */
export interface ResolvedCorrelation {
  /** Indices of the two parameters in `ResolvedUncertainty.parameters` (file order), in the order `between` names them; distinct. */
  readonly parameters: readonly [number, number];
  /** ρ, the correlation of the two normal scores (the Gaussian copula's parameter, not the Pearson correlation of the values), in (−1, 1). */
  readonly rho: number;
}

/**
 * Parameter uncertainty of a scenario (second level): `draws` parameter sets, each drawn from the parameters'
 * distributions, each run as a whole cohort; see docs/uncertainty.md.
 */
export interface ResolvedUncertainty {
  /** K, the number of parameter sets a run draws (outer loop), a whole number ≥ 1. */
  readonly draws: number;
  readonly parameters: readonly ResolvedUncertainParameter[];
  /**
   * Correlations between the parameters (a Gaussian copula), whose matrix is positive definite; absent when the
   * file gives none (then the parameters are independent, and the scenario hash is what it was without the key).
   */
  readonly correlations?: readonly ResolvedCorrelation[];
}
