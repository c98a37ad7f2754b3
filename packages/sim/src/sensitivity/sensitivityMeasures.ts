import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SensitivityMeasure } from './SensitivityResults.js';

/**
 * The measures a sensitivity analysis of this scenario can explain: `control-rate`, `mean-tcp`, then for each
 * `followUp.at` time T `local-control@T`; with `metastasis` also `metastasis@T` and `overall-survival@T`, with
 * `progression` `progression-free-survival@T` and `overall-survival@T` (T as JavaScript writes the number: the
 * spelling parseSensitivityMeasure returns).
 * @param scenario - the scenario analysed
 * @returns the measures, in that order
 */
export function sensitivityMeasures(scenario: ResolvedScenario): SensitivityMeasure[] {
  const endpoints =
    scenario.metastasis !== undefined
      ? (['local-control', 'metastasis', 'overall-survival'] as const)
      : scenario.progression !== undefined
        ? (['local-control', 'progression-free-survival', 'overall-survival'] as const)
        : (['local-control'] as const);
  const timed = (scenario.followUp.at ?? []).flatMap((years) => endpoints.map((endpoint): SensitivityMeasure => `${endpoint}@${years}`));
  return ['control-rate', 'mean-tcp', ...timed];
}
