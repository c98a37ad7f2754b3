import { sampleDistribution } from '../random/sampleDistribution.js';
import type { ResolvedScenario } from './ResolvedScenario.js';
import type { PathIssue } from './schemaIssues.js';
import { applyParameterValues } from './applyParameterValues.js';
import { parseParameterPath } from './parameterPath.js';
import { parameterSetProblems } from './parameterSetProblems.js';
import type { UncertainParameter } from './uncertainParameters.js';
import { parameterTargets } from './uncertainParameters.js';

/** The most extreme uniforms an outer draw can use (openUniform's range): the ends of every draw's reach. */
const extremeUniforms: readonly [number, string][] = [
  [2 ** -33, 'lowest'],
  [1 - 2 ** -33, 'highest'],
];

/**
 * The checks of a scenario's `uncertainty` section that need the resolved scenario (library values merged in):
 * - each path names numbers that exist (the subtype or arm, the parameter, the field of its distribution), and a
 *   `*` path numbers that agree;
 * - no two parameters name the same number;
 * - the most extreme value each parameter's distribution can draw (at u = 2⁻³³ and 1 − 2⁻³³, the range of
 *   every outer draw), substituted alone, leaves the scenario valid (a normal over an sd needs `min: 0`, …).
 * Draws that are valid one at a time but not together (two uncertain bounds of one uniform crossing) are caught
 * when the parameter set is drawn, with a message naming the draw.
 * @param scenario - a resolved scenario
 * @returns the problems at `uncertainty.parameters[j].path` or `.distribution`; empty without the section
 */
export function uncertaintyProblems(scenario: ResolvedScenario): PathIssue[] {
  const section = scenario.uncertainty;
  if (section === undefined) return [];
  const issues: PathIssue[] = [];
  const owners = new Map<string, number>();
  section.parameters.forEach((parameter, j) => {
    const at = ['uncertainty', 'parameters', j];
    const parsed = parseParameterPath(parameter.path);
    const bound = parsed.ok ? parameterTargets(scenario, parsed.path) : parsed;
    if (!bound.ok) {
      issues.push({ path: [...at, 'path'], message: bound.message });
      return;
    }
    let duplicateOf: number | undefined;
    for (const target of bound.targets) {
      const key = JSON.stringify(target);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, j);
      else duplicateOf ??= owner;
    }
    if (duplicateOf !== undefined) {
      issues.push({ path: [...at, 'path'], message: `names a number that uncertainty.parameters[${duplicateOf}] already names` });
      return;
    }
    const bare: UncertainParameter = { ...parameter, targets: bound.targets, nominal: bound.nominal };
    for (const [u, end] of extremeUniforms) {
      const x = sampleDistribution(parameter.distribution, u);
      const set = applyParameterValues({ ...scenario, uncertainty: { draws: 1, parameters: [parameter] } }, [bare], [x]);
      const problems = parameterSetProblems(set, [bare]);
      if (problems.length > 0) {
        issues.push({
          path: [...at, 'distribution'],
          message: `its ${end} draw, ${x}, would make the scenario invalid (${problems.join('; ')}): bound the distribution (e.g. min/max of a normal)`,
        });
        break;
      }
    }
  });
  return issues;
}
