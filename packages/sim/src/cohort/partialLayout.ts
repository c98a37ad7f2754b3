/**
 * Where each quantity sits in a {@link BlockPartial}'s two typed arrays. A = arms, S = subtypes, P = A(A − 1)/2
 * pairs (a < b in lexicographic order: (0,1), (0,2), …, (1,2), …), H = 50 TCP histogram bins, T = time bins.
 *
 * `sums` (Float64Array, float sums over the block's valid patients):
 * - `armSums + 2(aS + s)` + [0: Σ TCP, 1: Σ TCP²] for arm a, subtype s;
 * - `pairSums + 2(pS + s)` + [0: Σ (TCP_a − TCP_b), 1: Σ (TCP_a − TCP_b)²] for pair p, subtype s.
 *
 * `counts` (Int32Array, whole numbers):
 * - `validPatients` (0), `invalidPatients` (1): patients simulated, and patients dropped because a drawn
 *   parameter was outside its domain or the survival arithmetic gave NaN (a run with any is refused);
 * - `subtypePatients + s`: valid patients of subtype s (the same in every arm: a paired design);
 * - `armCounts + (aS + s)·armStride` + [0: controlled, 1…H: TCP histogram, 1 + H + t: failures detected in
 *   time bin t]; patients neither controlled nor failed within the horizon are censored there (implicit);
 * - `pairCounts + 2(pS + s)` + [0: controlled in a only, 1: controlled in b only];
 * - `problems + s·problemStride + j`: patients of subtype s whose slot j (see patientSlots) drew a value
 *   outside its domain; column `problemStride − 1` counts NaN in the survival arithmetic.
 */
export interface PartialLayout {
  readonly arms: number;
  readonly subtypes: number;
  readonly pairs: number;
  readonly histogramBins: number;
  readonly timeBins: number;
  readonly sumLength: number;
  readonly countLength: number;
  readonly armSums: number;
  readonly pairSums: number;
  readonly validPatients: number;
  readonly invalidPatients: number;
  readonly subtypePatients: number;
  readonly armCounts: number;
  readonly armStride: number;
  readonly pairCounts: number;
  readonly problems: number;
  readonly problemStride: number;
}

/**
 * Computes the {@link PartialLayout} for a plan's dimensions.
 * @param arms - A ≥ 1
 * @param subtypes - S ≥ 1
 * @param histogramBins - H (50)
 * @param timeBins - T ≥ 1
 * @param problemColumns - slots per patient + 1
 * @returns offsets and lengths (plain numbers)
 */
export function partialLayout(arms: number, subtypes: number, histogramBins: number, timeBins: number, problemColumns: number): PartialLayout {
  const pairs = (arms * (arms - 1)) / 2;
  const armSums = 0;
  const pairSums = armSums + 2 * arms * subtypes;
  const sumLength = pairSums + 2 * pairs * subtypes;
  const validPatients = 0;
  const invalidPatients = 1;
  const subtypePatients = 2;
  const armCounts = subtypePatients + subtypes;
  const armStride = 1 + histogramBins + timeBins;
  const pairCounts = armCounts + arms * subtypes * armStride;
  const problems = pairCounts + 2 * pairs * subtypes;
  const countLength = problems + subtypes * problemColumns;
  return {
    arms,
    subtypes,
    pairs,
    histogramBins,
    timeBins,
    sumLength,
    countLength,
    armSums,
    pairSums,
    validPatients,
    invalidPatients,
    subtypePatients,
    armCounts,
    armStride,
    pairCounts,
    problems,
    problemStride: problemColumns,
  };
}
