/**
 * Optimal-string-alignment edit distance: the fewest single-character insertions, deletions, substitutions
 * and swaps of two adjacent characters that turn `a` into `b` (so `fractoins` → `fractions` is 1).
 * @param a - first string (compared code unit by code unit, case-sensitive)
 * @param b - second string
 * @returns a whole number ≥ 0; 0 exactly when `a === b`
 * @remarks O(|a|·|b|) time with three rolling rows; meant for short names (keys, ids), not documents.
 * Reference: Damerau, Commun. ACM 7:171 (1964); the restricted ("OSA") variant.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous2: number[] = new Array<number>(b.length + 1).fill(0);
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current: number[] = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, previous2[j - 2] + 1);
      current[j] = best;
    }
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length];
}
