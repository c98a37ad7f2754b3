/**
 * A confusion matrix after expert review that corrects a share ρ of the wrong diagnoses:
 * M'ᵢⱼ = (1 − ρ) Mᵢⱼ for j ≠ i, M'ᵢᵢ = Mᵢᵢ + ρ (1 − Mᵢᵢ).
 * @param matrix - M, rows of probabilities summing to 1, true class i → diagnosed class j (square, or K × (K + 1)
 *   with the extra column a class no row is: {@link subtypeConfusionMatrix})
 * @param correctionShare - ρ, share of the errors the review corrects (in [0, 1]; `pathwayDefaults.reviewCorrection`)
 * @returns M' with the same shape, each row summing to 1; an empty array when ρ is outside [0, 1], the matrix is
 *   neither K × K nor K × (K + 1) (rows of unequal length included), or an entry is outside [0, 1] or NaN
 * @remarks Review never increases misdiagnosis: M'ᵢᵢ ≥ Mᵢᵢ for every ρ in [0, 1]. ρ = 1 gives the identity, the
 *   expert as the truth, which is how the concordance studies (G1, G2) define discordance.
 */
export function expertReviewedConfusion(matrix: readonly (readonly number[])[], correctionShare: number): readonly (readonly number[])[] {
  const rho = correctionShare;
  if (!(rho >= 0 && rho <= 1)) return [];
  const columns = matrix[0]?.length ?? 0;
  // K × K or K × (K + 1), every row alike: a longer or ragged row is no confusion matrix of K classes.
  if (columns !== matrix.length && columns !== matrix.length + 1) return [];
  if (!matrix.every((row) => row.length === columns && row.every((p) => p >= 0 && p <= 1))) return [];
  return matrix.map((row, i) => row.map((p, j) => (j === i ? p + rho * (1 - p) : (1 - rho) * p)));
}
