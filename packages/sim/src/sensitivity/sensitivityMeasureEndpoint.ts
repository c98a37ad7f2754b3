import type { SensitivityEndpoint } from './sensitivityEndpoints.js';
import type { SensitivityMeasure } from './SensitivityResults.js';

/** The endpoint and time of a measure at a follow-up time. */
export interface SensitivityMeasureAt {
  readonly endpoint: SensitivityEndpoint;
  /** The `followUp.at` time, years. */
  readonly years: number;
}

/**
 * The endpoint and time of a measure (`overall-survival@5` → overall survival at 5 years).
 * @param measure - a measure in its one spelling (parseSensitivityMeasure)
 * @returns them, or undefined for `control-rate` and `mean-tcp`
 */
export function sensitivityMeasureEndpoint(measure: SensitivityMeasure): SensitivityMeasureAt | undefined {
  if (measure === 'control-rate' || measure === 'mean-tcp') return undefined;
  const at = measure.indexOf('@');
  return { endpoint: measure.slice(0, at) as SensitivityMeasureAt['endpoint'], years: Number(measure.slice(at + 1)) };
}
