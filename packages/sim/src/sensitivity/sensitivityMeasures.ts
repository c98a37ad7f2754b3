import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SensitivityMeasure } from './SensitivityResults.js';

/**
 * The measures a sensitivity analysis of this scenario can explain: `control-rate`, `mean-tcp`, then for each
 * `followUp.at` time T `local-control@T` and, with `metastasis`, `metastasis@T` and `overall-survival@T` (T as
 * JavaScript writes the number: the spelling parseSensitivityMeasure returns).
 * @param scenario - the scenario analysed
 * @returns the measures, in that order
 */
export function sensitivityMeasures(scenario: ResolvedScenario): SensitivityMeasure[] {
  const endpoints = scenario.metastasis === undefined ? (['local-control'] as const) : (['local-control', 'metastasis', 'overall-survival'] as const);
  const timed = (scenario.followUp.at ?? []).flatMap((years) => endpoints.map((endpoint): SensitivityMeasure => `${endpoint}@${years}`));
  return ['control-rate', 'mean-tcp', ...timed];
}
