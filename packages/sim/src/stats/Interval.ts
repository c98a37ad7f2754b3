/** A 95% interval `[lower, upper]`. */
export type Interval = readonly [lower: number, upper: number];
