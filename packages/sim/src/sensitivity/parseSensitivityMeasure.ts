import type { SensitivityMeasure } from './SensitivityResults.js';

/**
 * Reads a measure as `rtsim sensitivity --measure` and sensitivity.json write it: `control-rate`, `mean-tcp`, or
 * `local-control@T`, `metastasis@T`, `overall-survival@T` with T a time in years written as a plain decimal
 * (`5`, `2.5`). Whether the scenario reports that endpoint at T is sensitivityMeasureProblem's question.
 * @param text - the measure as written (anything)
 * @returns the measure, or undefined when the text is none of these
 */
export function parseSensitivityMeasure(text: unknown): SensitivityMeasure | undefined {
  if (text === 'control-rate' || text === 'mean-tcp') return text;
  if (typeof text !== 'string') return undefined;
  const match = /^(local-control|metastasis|overall-survival)@(\d+(?:\.\d+)?)$/.exec(text);
  if (match === null) return undefined;
  const years = Number(match[2]);
  // One spelling per time (`5`, not `5.0` or `05`), so a measure compares by its text in parts and merges.
  return years > 0 && String(years) === match[2] ? (text as SensitivityMeasure) : undefined;
}
