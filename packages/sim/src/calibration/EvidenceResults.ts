import type { CalibrationInterval, FittedParameter } from './CalibrationResults.js';

/** One binomial term of a series, observed against predicted (events: local recurrences, or the survival kind's event). */
export interface EvidenceTermResult {
  readonly series: string;
  readonly stratum: string;
  readonly evidence: string;
  /** fit, holdout or holdout-NAME. */
  readonly role: string;
  /** What is counted: `LC 5 y`, `LR by 4 y`, `LR 3–10 y | event-free`, `share of LR after 1 y`, `OS 5 y`, `DMFS 5 y`, `deaths by 5 y`. */
  readonly observation: string;
  /** Observed events and n (effective counts may be fractional). */
  readonly events: number;
  readonly n: number;
  /** events / n. */
  readonly observed: number;
  /** Wilson 95% interval of events of n. */
  readonly observedCi95: CalibrationInterval;
  /** Predicted event probability (engine, at the estimate or the library values). */
  readonly predicted: number;
  readonly inside: boolean;
  /** above: too many events predicted; below: too few; null when inside. */
  readonly miss: 'above' | 'below' | null;
  /** Deviance contribution at the estimate. */
  readonly deviance: number;
}

/** Coverage of one role: terms whose prediction lies inside the observed Wilson 95% interval, and the misses' directions. */
export interface EvidenceCoverage {
  readonly role: string;
  readonly terms: number;
  readonly inside: number;
  readonly tooManyEvents: number;
  readonly tooFewEvents: number;
}

/** The held-out terms pooled (every role but fit), with exact sign tests of a bias in one direction (heldOutBias). */
export interface EvidenceHeldOutBias {
  readonly terms: number;
  readonly inside: number;
  /** Misses predicting too many events, and too few. */
  readonly tooManyEvents: number;
  readonly tooFewEvents: number;
  /** Two-sided exact sign test of tooManyEvents against tooFewEvents. */
  readonly missesSignTestP: number;
  /** Terms whose prediction lies above, and below, the observed proportion (ties in neither). */
  readonly predictedAbove: number;
  readonly predictedBelow: number;
  /** Two-sided exact sign test of predictedAbove against predictedBelow. */
  readonly termsSignTestP: number;
}

/** What `rtsim calibrate` writes for a local-control evidence file (calibration.json). */
export interface EvidenceResults {
  readonly rtsim: { readonly version: string; readonly calibrationFormat: 1; readonly kind: 'local-control-evidence' };
  readonly name: string;
  readonly seed: number;
  /** Virtual patients per population part. */
  readonly patients: number;
  /** fitted: maximum likelihood on the fit series; predicted: every series at the given values (no fit). */
  readonly mode: 'fitted' | 'predicted';
  readonly fit: { readonly deviance: number; readonly terms: number; readonly evaluations: number; readonly converged: boolean } | null;
  readonly parameters: readonly FittedParameter[];
  readonly terms: readonly EvidenceTermResult[];
  readonly coverage: readonly EvidenceCoverage[];
  /** The held-out terms pooled with their sign tests; null without held-out terms. */
  readonly heldOut: EvidenceHeldOutBias | null;
}
