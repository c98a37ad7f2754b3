import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SensitivityMeasure } from './SensitivityResults.js';
import { sensitivityMeasureEndpoint } from './sensitivityMeasureEndpoint.js';
import { sensitivityMeasures } from './sensitivityMeasures.js';

/**
 * Why a measure cannot be explained for this scenario: an endpoint at a time the scenario does not report
 * (`followUp.at`), or of metastasis or overall survival without `metastasis` (the OS of metastatic patients after
 * SBRT, `progression`, is not a sensitivity measure).
 * @param scenario - the scenario analysed
 * @param measure - the measure (parseSensitivityMeasure)
 * @returns the reason, naming what the scenario offers, or undefined when the measure is one it reports
 */
export function sensitivityMeasureProblem(scenario: ResolvedScenario, measure: SensitivityMeasure): string | undefined {
  const offered = sensitivityMeasures(scenario);
  if (offered.includes(measure)) return undefined;
  if (sensitivityMeasureEndpoint(measure)?.endpoint !== 'local-control' && scenario.metastasis === undefined) {
    return `measure ${measure}: metastasis and overall survival are measures of a scenario with a metastasis section (the model of distant metastasis after treatment of the primary tumour); this one has none`;
  }
  const times = scenario.followUp.at;
  return times === undefined
    ? `measure ${measure}: the scenario gives no followUp.at times; add the time to followUp.at`
    : `measure ${measure}: the scenario reports endpoints at followUp.at = ${times.join(', ')} years only (measures: ${offered.join(', ')})`;
}
