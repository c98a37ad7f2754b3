/**
 * What one block of patients contributes to a run: plain typed arrays (structured-clone and transfer friendly),
 * laid out as described by {@link PartialLayout} (`plan.layout`).
 */
export interface BlockPartial {
  /** Block index k: patients [4096k, min(4096(k + 1), patients)). */
  readonly blockIndex: number;
  /** Patients in the block (valid and invalid). */
  readonly patients: number;
  /** Float sums of the block, summed in patient order (length `layout.sumLength`). */
  readonly sums: Float64Array;
  /** Whole-number counts of the block (length `layout.countLength`). */
  readonly counts: Int32Array;
}
