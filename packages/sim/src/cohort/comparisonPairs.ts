import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';

/** Two arms compared, by index in the scenario's arms: results report arm a − arm b. */
export interface ArmPair {
  readonly a: number;
  readonly b: number;
}

/**
 * The pairs of arms a scenario's results compare, in the order results list them (docs/scenarios.md, "Comparisons"):
 * - no `comparisons`: the first arm, the reference, with each other arm: (0, 1), (0, 2), …, (0, n − 1);
 * - `all`: every pair in lexicographic order, (0, 1), (0, 2), …, (1, 2), …: n(n − 1)/2 of them;
 * - a list: those pairs, in its order.
 * With two arms all three give (0, 1), so a two-arm scenario's results do not depend on the choice.
 * @param scenario - a validated scenario (its listed arm ids name arms)
 * @returns the pairs by arm index
 * @throws Error when a listed id names no arm (only a scenario that skipped validation can do that)
 */
export function comparisonPairs(scenario: Pick<ResolvedScenario, 'arms' | 'comparisons'>): ArmPair[] {
  const count = scenario.arms.length;
  const pairs: ArmPair[] = [];
  const comparisons = scenario.comparisons;
  if (comparisons === undefined) {
    for (let b = 1; b < count; b++) pairs.push({ a: 0, b });
  } else if (comparisons === 'all') {
    for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) pairs.push({ a, b });
  } else {
    const index = new Map(scenario.arms.map((arm, i) => [arm.id, i]));
    for (const pair of comparisons) {
      const a = index.get(pair.a);
      const b = index.get(pair.b);
      if (a === undefined || b === undefined) throw new Error(`comparisons: '${a === undefined ? pair.a : pair.b}' is not the id of an arm`);
      pairs.push({ a, b });
    }
  }
  return pairs;
}
