import { editDistance } from './editDistance.js';

/**
 * The candidate a misspelt name most likely meant, for "did you mean …?" hints.
 * @param word - the name as written (compared case-insensitively)
 * @param candidates - the valid names
 * @returns the closest candidate when its edit distance is at most max(1, ⌊|word|/3⌋) (capped at 3), or when
 * it is the only candidate that starts with `word` (3 characters or more); otherwise undefined
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= limit) return best;
  if (lower.length >= 3) {
    const prefixed = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}
