/**
 * One published number and how rtsim reproduces it. See reproductionCases.mjs.
 * - `published` is compared with `compute()`: the case holds when |compute() − published| ≤ `tolerance`.
 * - `publishedText` is the value as printed in the source; `toleranceText` says where the tolerance comes from.
 * - `evidence` says how the published number was checked; `note` explains anything not reproduced exactly.
 */
export interface ReproductionCase {
  readonly group: string;
  readonly source: string;
  readonly where: string;
  readonly quantity: string;
  readonly published: number;
  readonly publishedText: string;
  readonly unit: string;
  readonly tolerance: number;
  readonly toleranceText: string;
  readonly evidence: string;
  /** Decimals shown for the rtsim value in docs/reproductions.md. */
  readonly decimals: number;
  readonly note?: string;
  readonly compute: () => number;
}

/** Every reproduction, grouped in the order docs/reproductions.md lists them. */
export declare const reproductionCases: readonly ReproductionCase[];
