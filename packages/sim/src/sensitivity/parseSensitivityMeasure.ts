import { sensitivityEndpoints } from './sensitivityEndpoints.js';
import type { SensitivityMeasureAt } from './sensitivityMeasureEndpoint.js';
import type { SensitivityMeasure } from './SensitivityResults.js';

/** An endpoint, `@`, and a time in years: digits, an optional fraction, an optional exponent. */
const measurePattern = new RegExp(`^(${sensitivityEndpoints.join('|')})@(\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?)$`);

/**
 * Reads a measure as `rtsim sensitivity --measure` takes it: `control-rate`, `mean-tcp`, or an endpoint of
 * sensitivityEndpoints at T (`local-control@T`, …, `overall-survival@T`) with T > 0 a time in years as a decimal
 * number (`5`, `5.0`, `2.5`, `1e-7`).
 * Returns it in one spelling, T as JavaScript writes the number (`5`, `2.5`, `1e-7`), the spelling sensitivityMeasures
 * builds from `followUp.at` and sensitivity.json records, so measures compare by their text in parts and merges.
 * Whether the scenario reports that endpoint at T is sensitivityMeasureProblem's question.
 * @param text - the measure as written (anything)
 * @returns the measure in its one spelling, or undefined when the text is none of these
 */
export function parseSensitivityMeasure(text: unknown): SensitivityMeasure | undefined {
  if (text === 'control-rate' || text === 'mean-tcp') return text;
  if (typeof text !== 'string') return undefined;
  const match = measurePattern.exec(text);
  if (match === null) return undefined;
  const years = Number(match[2]);
  return years > 0 && Number.isFinite(years) ? `${match[1] as SensitivityMeasureAt['endpoint']}@${years}` : undefined;
}
