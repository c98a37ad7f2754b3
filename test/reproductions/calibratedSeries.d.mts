/** One published series against the calibrated library. See calibratedSeries.mjs. */
export interface CalibratedSeriesRow {
  readonly id: string;
  readonly role: 'fit' | 'holdout';
  readonly source: string;
  readonly quantity: string;
  /** Published local control (proportion). */
  readonly published: number;
  /** `93.7% [86.0, 97.3]`. */
  readonly publishedText: string;
  /** Where the interval comes from. */
  readonly intervalText: string;
  readonly lower: number;
  readonly upper: number;
  /** Local control the cohort engine predicts with the library's values. */
  readonly rtsim: number;
  readonly inside: boolean;
  /** Why the series is expected outside its interval (undefined: expected inside). */
  readonly knownMiss: string | undefined;
}

/** Series expected outside their published interval, with the reason. */
export declare const knownMisses: Readonly<Record<string, string>>;

/** Every series of calibration/sts-series.yaml simulated with the library defaults, in file order. */
export declare function calibratedSeries(): CalibratedSeriesRow[];

/** Patients per series and seed of the DATA file. */
export declare function calibratedSeriesRun(): { patients: number; seed: number };
