/**
 * Diagnostic confusion over K sarcoma subtypes and one extra class (benign or not a sarcoma): row i is the true
 * subtype, column j the diagnosis, P(i → i) = 1 − d − s, P(i → j ≠ i, j < K) = s/(K − 1), P(i → K) = d.
 * @param subtypeCount - K, number of sarcoma subtypes (integer ≥ 2)
 * @param completeDiscordance - d, probability of a diagnosis outside the sarcomas (benign, other tumour) (in [0, 1])
 * @param subtypeDiscordance - s, probability of another sarcoma subtype, spread evenly (in [0, 1 − d])
 * @returns K rows of K + 1 probabilities, each row summing to 1; an empty array outside the domain or for NaN
 * @remarks The structure of Ray-Coquard et al. Ann Oncol 2012;23:2442 (G1): complete discordance (a different
 *   class of tumour) and partial discordance (same class, different subtype or grade, the grade part in
 *   {@link gradeConfusionMatrix}). Spreading s evenly is an assumption: no subtype-by-subtype matrix was found.
 */
export function subtypeConfusionMatrix(subtypeCount: number, completeDiscordance: number, subtypeDiscordance: number): readonly (readonly number[])[] {
  const k = subtypeCount;
  if (!(Number.isInteger(k) && k >= 2 && completeDiscordance >= 0 && subtypeDiscordance >= 0 && completeDiscordance + subtypeDiscordance <= 1)) return [];
  const other = subtypeDiscordance / (k - 1);
  const kept = Math.max(0, 1 - completeDiscordance - subtypeDiscordance); // d + s may round to 1 from above
  return Array.from({ length: k }, (_, i) => Array.from({ length: k + 1 }, (_, j) => (j === k ? completeDiscordance : j === i ? kept : other)));
}
