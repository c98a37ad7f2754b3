import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SensitivityMeasure } from './SensitivityResults.js';

/**
 * The measures a sensitivity analysis of this scenario can explain: `control-rate`, `mean-tcp`, then for each
 * `followUp.at` time T `local-control@T`; with `metastasis` also `distant-metastasis-free-survival@T`, `metastasis@T`,
 * `disease-specific-survival@T` and `overall-survival@T`; with `progression` `progression-free-survival@T` (T as
 * JavaScript writes the number: the
 * spelling parseSensitivityMeasure returns). Overall survival after SBRT of metastases is not one: its death times
 * come from the progression model's library values alone, which no uncertain parameter reaches, so every evaluation
 * would give the same number.
 * @param scenario - the scenario analysed
 * @returns the measures, in that order
 */
export function sensitivityMeasures(scenario: ResolvedScenario): SensitivityMeasure[] {
  const endpoints =
    scenario.metastasis !== undefined
      ? (['local-control', 'distant-metastasis-free-survival', 'metastasis', 'disease-specific-survival', 'overall-survival'] as const)
      : scenario.progression !== undefined
        ? (['local-control', 'progression-free-survival'] as const)
        : (['local-control'] as const);
  // Every time is reported: validation keeps it within followUp.years, which the bins always reach (timeBinCount).
  const timed = (scenario.followUp.at ?? []).flatMap((years) => endpoints.map((endpoint): SensitivityMeasure => `${endpoint}@${years}`));
  return ['control-rate', 'mean-tcp', ...timed];
}
