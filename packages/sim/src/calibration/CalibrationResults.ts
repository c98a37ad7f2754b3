/** A 95% interval `[lower, upper]`. */
export type CalibrationInterval = readonly [lower: number, upper: number];

/** One fitted parameter. */
export interface FittedParameter {
  readonly path: string;
  readonly label: string;
  readonly scale: 'linear' | 'log';
  /** Search range. */
  readonly min: number;
  readonly max: number;
  readonly start: number;
  /** The value the series held before the fit (the library value). */
  readonly nominal: number;
  /** Maximum-likelihood estimate. */
  readonly estimate: number;
  /**
   * Profile-likelihood 95% interval: where −2 ln L, minimised over the other parameters, rises 3.84 (χ²₁, 0.95)
   * above its minimum; null without profiling.
   */
  readonly ci95: CalibrationInterval | null;
  /** Each end of ci95 that is a search bound rather than a crossing of the 3.84 cut (the data do not bound it there). */
  readonly ciAtBound: readonly [lower: boolean, upper: boolean];
  /** The profile: parameter values and −2 ln L above its minimum, in increasing order of value. */
  readonly profile: readonly { readonly value: number; readonly deviance: number }[];
  /** Ids of the fitted series the parameter acts on. */
  readonly informedBy: readonly string[];
}

/** Observed against predicted local control of one series. */
export interface CohortFit {
  readonly id: string;
  readonly reference: string;
  readonly role: 'fit' | 'holdout';
  readonly note?: string;
  readonly atYears: number;
  readonly observed: {
    readonly kind: 'counts' | 'rate';
    readonly rate: number;
    readonly ci95: CalibrationInterval;
    readonly patients: number;
    readonly effectivePatients: number;
  };
  readonly predicted: {
    /** Local control at the estimate. */
    readonly localControl: number;
    /** Range over the parameter vectors at the estimate and at the ends of every profile interval. */
    readonly range: CalibrationInterval;
    readonly arms: readonly { readonly id: string; readonly share: number; readonly localControl: number; readonly meanTcp: number }[];
  };
  /**
   * Where the observed rate of a series of this (effective) size is expected to fall, 95%: the score acceptance
   * region p ± 1.96·√(p(1 − p)/n) widened to the predicted range, clipped to [0, 1].
   */
  readonly predictionInterval: CalibrationInterval;
  readonly observedInsidePrediction: boolean;
  /** The prediction at the estimate lies inside the observed 95% interval. */
  readonly predictedInsideObservedCi: boolean;
  /** This series' binomial deviance at the estimate. */
  readonly deviance: number;
}

/** Everything `rtsim calibrate` writes to calibration.json. */
export interface CalibrationResults {
  readonly rtsim: { readonly version: string; readonly calibrationFormat: 1 };
  readonly name: string;
  readonly seed: number;
  /** Virtual patients per series and evaluation. */
  readonly patients: number;
  readonly fit: {
    /** −2 ln L at the estimate, relative to the saturated model (Σ of the fitted series' deviances). */
    readonly deviance: number;
    /** Fitted series − parameters. */
    readonly degreesOfFreedom: number;
    readonly evaluations: number;
    readonly converged: boolean;
  };
  readonly parameters: readonly FittedParameter[];
  readonly cohorts: readonly CohortFit[];
}
