/**
 * Probability of uncomplicated tumour control, P₊ = TCP·(1 − NTCP), assuming control and complication are
 * independent.
 * @param tcp - tumour control probability in [0, 1]
 * @param ntcp - normal-tissue complication probability in [0, 1]
 * @returns P₊ in [0, 1]; NaN outside [0, 1] and for NaN input
 * @remarks Brahme A. Acta Radiol Oncol 1984;23:379. docs/models.md, "Normal-tissue complication (LKB)".
 */
export function uncomplicatedControl(tcp: number, ntcp: number): number {
  if (!(tcp >= 0 && tcp <= 1 && ntcp >= 0 && ntcp <= 1)) return Number.NaN;
  return tcp * (1 - ntcp);
}
