import { comparisonPairs } from '@rtsim/sim';
import type { ResolvedScenario, SensitivityOutput } from '@rtsim/sim';

/**
 * The outputs a sensitivity analysis of this scenario can study, in the order the runner offers them: first the
 * pairs the scenario compares (its `comparisons`; by default the first arm with each other, so the first is the
 * CLI's default), then every other pair, as `--output diff:A,B` takes any two arms (at most 4950 pairs for the 100
 * arms a scenario may have), then each arm alone.
 * @param scenario - a validated, resolved scenario
 * @returns the outputs, by arm id
 */
export function sensitivityOutputs(scenario: ResolvedScenario): SensitivityOutput[] {
  const arms = scenario.arms.map((arm) => arm.id);
  const compared = comparisonPairs(scenario);
  const listed = new Set(compared.map(({ a, b }) => `${a},${b}`));
  const others = arms.flatMap((_, a) => arms.flatMap((__, b) => (b > a && !listed.has(`${a},${b}`) ? [{ a, b }] : [])));
  // Every index comes from the arms themselves (comparisonPairs resolves ids against them), so none is skipped.
  const pairs = [...compared, ...others].flatMap(({ a, b }): SensitivityOutput[] => {
    const first = arms[a];
    const second = arms[b];
    return first === undefined || second === undefined ? [] : [{ kind: 'difference', a: first, b: second }];
  });
  return [...pairs, ...arms.map((arm): SensitivityOutput => ({ kind: 'arm', arm }))];
}
