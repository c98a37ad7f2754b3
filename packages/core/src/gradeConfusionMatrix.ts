/**
 * FNCLCC grade confusion of a sarcoma diagnosis: a wrong grade is an adjacent one. Rows are the true grade 1–3,
 * columns the diagnosed grade: G1 → G2 and G3 → G2 with probability g, G2 → G1 and G2 → G3 with g/2 each.
 * @param gradeDiscordance - g, probability that a sarcoma's grade is misread (in [0, 1])
 * @returns 3 rows of 3 probabilities, each row summing to 1; an empty array outside the domain or for NaN
 * @remarks g = 0.34 of sarcomas on expert review (G1, 460 grade discrepancies among 1342 sarcomas without complete
 *   discordance); the NCI and FNCLCC systems disagree in 34.6% (C11, Guillou et al. J Clin Oncol 1997;15:350).
 *   Errors to the adjacent grade only, split evenly from G2, are assumptions: the grade is a score of three
 *   components (Trojani et al. Int J Cancer 1984;33:37), so a misread score moves by one step.
 */
export function gradeConfusionMatrix(gradeDiscordance: number): readonly (readonly number[])[] {
  const g = gradeDiscordance;
  if (!(g >= 0 && g <= 1)) return [];
  return [
    [1 - g, g, 0],
    [g / 2, 1 - g, g / 2],
    [0, g, 1 - g],
  ];
}
