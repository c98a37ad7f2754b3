import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SensitivityMeasure } from './SensitivityResults.js';
import { sensitivityMeasureEndpoint } from './sensitivityMeasureEndpoint.js';
import { sensitivityMeasures } from './sensitivityMeasures.js';

/**
 * Why a measure cannot be explained for this scenario: an endpoint at a time the scenario does not report
 * (not among `followUp.at`), an endpoint the scenario has no model for (DMFS, metastasis, DSS or OS without
 * `metastasis`, PFS without `progression`), or OS after SBRT, which no uncertain parameter moves.
 * @param scenario - the scenario analysed
 * @param measure - the measure (parseSensitivityMeasure)
 * @returns the reason, naming what the scenario offers, or undefined when the measure is one it reports
 */
export function sensitivityMeasureProblem(scenario: ResolvedScenario, measure: SensitivityMeasure): string | undefined {
  const offered = sensitivityMeasures(scenario);
  if (offered.includes(measure)) return undefined;
  const endpoint = sensitivityMeasureEndpoint(measure)?.endpoint;
  if (endpoint === 'metastasis' && scenario.metastasis === undefined) {
    return `measure ${measure}: the incidence of metastasis is a measure of a scenario with a metastasis section; this one has none`;
  }
  if (endpoint === 'distant-metastasis-free-survival' && scenario.metastasis === undefined) {
    return `measure ${measure}: distant-metastasis-free survival is a measure of a scenario with a metastasis section; this one has none`;
  }
  if (endpoint === 'disease-specific-survival' && scenario.metastasis === undefined) {
    return `measure ${measure}: disease-specific survival is a measure of a scenario with a metastasis section; this one has none`;
  }
  if (endpoint === 'progression-free-survival' && scenario.progression === undefined) {
    return `measure ${measure}: progression-free survival is a measure of a scenario with a progression section (SBRT of metastases); this one has none`;
  }
  if (endpoint === 'overall-survival' && scenario.progression !== undefined) {
    return `measure ${measure}: overall survival after SBRT of metastases comes from the progression model's library values alone, which no uncertain parameter reaches: every evaluation would give the same number (progression-free-survival@T is a measure)`;
  }
  if (endpoint === 'overall-survival' && scenario.metastasis === undefined) {
    return `measure ${measure}: overall survival is a measure of a scenario with a metastasis section; this one has none`;
  }
  const times = scenario.followUp.at;
  return times === undefined
    ? `measure ${measure}: the scenario gives no followUp.at times; add the time to followUp.at`
    : `measure ${measure}: the scenario reports endpoints at followUp.at = ${times.join(', ')} years only (measures: ${offered.join(', ')})`;
}
