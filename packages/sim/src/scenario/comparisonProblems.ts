import { didYouMean } from './didYouMean.js';
import type { PathKey } from './fieldSchemas.js';
import { maxArms } from './maxArms.js';
import type { PathIssue } from './schemaIssues.js';
import { isMapping } from './isMapping.js';

/** Most pairs a `comparisons` list may give: every pair of the most arms a scenario may have. */
export const maxComparisons: number = (maxArms * (maxArms - 1)) / 2;

// A "did you mean" hint costs an edit distance per arm id; a file full of unknown names gets a hint for the first few.
const maxHints = 10;

function unknownArm(name: string, ids: readonly string[], hint: boolean): string {
  const guess = hint && name.length <= 64 ? didYouMean(name, ids) : undefined;
  if (guess !== undefined) return `unknown arm '${name}'; did you mean '${guess}'?`;
  const shown = ids.slice(0, 5).map((id) => `'${id}'`).join(', ');
  return `unknown arm '${name}'; expected the id of one of the arms: ${shown}${ids.length > 5 ? `, … (${ids.length} arms)` : ''}`;
}

/**
 * The checks of `comparisons` that need the arms (the schema checks the shape: `all`, or a list of `{ a, b }`):
 * each `a` and `b` is the id of an arm, the two are different arms, and no pair is given twice (in either order:
 * b − a is a − b with its sign changed). Arm ids are looked up in a Map, so `constructor` or `__proto__` name no arm.
 * Runs on the file as written, skipping whatever has the wrong shape (the schema reports that).
 * @param value - the parsed file, any value
 * @returns the problems, each at its path (`comparisons[2].b`); empty when fine
 */
export function comparisonProblems(value: unknown): PathIssue[] {
  if (!isMapping(value) || !Array.isArray(value['comparisons']) || !Array.isArray(value['arms'])) return [];
  const pairs = value['comparisons'] as unknown[];
  if (pairs.length > maxComparisons) {
    return [{ path: ['comparisons'], message: `expected at most ${maxComparisons} pairs (every pair of ${maxArms} arms), got ${pairs.length}` }];
  }
  const armIndex = new Map<string, number>();
  for (const arm of value['arms'] as unknown[]) {
    if (isMapping(arm) && typeof arm['id'] === 'string' && !armIndex.has(arm['id'])) armIndex.set(arm['id'], armIndex.size);
  }
  const ids = [...armIndex.keys()];
  const issues: PathIssue[] = [];
  const seen = new Map<string, number>();
  let hints = 0;
  pairs.forEach((pair, p) => {
    if (!isMapping(pair)) return;
    const sides: number[] = [];
    for (const side of ['a', 'b'] as const) {
      const name = pair[side];
      if (typeof name !== 'string') continue;
      const index = armIndex.get(name);
      if (index !== undefined) sides.push(index);
      else issues.push({ path: ['comparisons', p, side] as PathKey[], message: unknownArm(name, ids, hints++ < maxHints) });
    }
    if (sides.length !== 2) return;
    const [a, b] = sides as [number, number];
    if (a === b) {
      issues.push({ path: ['comparisons', p], message: `compares arm '${String(pair['a'])}' with itself: a comparison needs two different arms` });
      return;
    }
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        path: ['comparisons', p],
        message: `compares '${String(pair['a'])}' and '${String(pair['b'])}' again (comparisons[${earlier}] already does; b − a is a − b with the sign changed): give each pair once`,
      });
      return;
    }
    seen.set(key, p);
  });
  return issues;
}
