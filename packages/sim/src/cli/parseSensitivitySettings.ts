import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { maxPatients } from '../scenario/scenarioSchema.js';
import { parseSensitivityMeasure } from '../sensitivity/parseSensitivityMeasure.js';
import { sensitivityMeasureProblem } from '../sensitivity/sensitivityMeasureProblem.js';
import { sensitivityOutputArms } from '../sensitivity/sensitivityOutputArms.js';
import type { SensitivityOutput } from '../sensitivity/SensitivityResults.js';
import type { SensitivitySettings } from '../sensitivity/SensitivitySettings.js';
import { sensitivityMeasureForms } from '../sensitivity/sensitivityEndpoints.js';
import { minimumSensitivitySamples } from '../sensitivity/minimumSensitivitySamples.js';
import { samplesHint } from '../sensitivity/samplesHint.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const wholeNumber = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

/**
 * Reads the `analysis` field of a sensitivity part (SensitivityShardFile) within the ranges `rtsim sensitivity`
 * accepts: output `{ kind: "arm", arm }` or `{ kind: "difference", a, b }` naming arms of the scenario, a measure
 * the scenario reports (sensitivityMeasureProblem), samples 5 (minimumSensitivitySamples) … 10⁶, patients 1 … the scenario limit, resamples 1 … 10⁵.
 * @param value - the field as parsed from JSON (anything)
 * @param scenario - the part's scenario, re-derived (its arm ids)
 * @returns the settings, built afresh in a fixed key order (so two parts compare by their JSON)
 * @throws Error whose message names the field, for the caller to prefix with the file's name
 */
export function parseSensitivitySettings(value: unknown, scenario: ResolvedScenario): SensitivitySettings {
  if (!isRecord(value)) throw new Error('analysis must be { output, measure, samples, patients, resamples }');
  const { output, measure, samples, patients, resamples } = value;
  let parsedOutput: SensitivityOutput;
  if (isRecord(output) && output['kind'] === 'arm' && typeof output['arm'] === 'string') parsedOutput = { kind: 'arm', arm: output['arm'] };
  else if (isRecord(output) && output['kind'] === 'difference' && typeof output['a'] === 'string' && typeof output['b'] === 'string') {
    parsedOutput = { kind: 'difference', a: output['a'], b: output['b'] };
  } else throw new Error('analysis.output must be { kind: "arm", arm: ID } or { kind: "difference", a: ID, b: ID }');
  try {
    sensitivityOutputArms(scenario, parsedOutput);
  } catch (error) {
    throw new Error(`analysis.output: ${(error as Error).message}`, { cause: error });
  }
  // The one spelling rtsim writes (`overall-survival@5`, not `@5.0`): parts compare by their JSON.
  const parsedMeasure = parseSensitivityMeasure(measure);
  if (parsedMeasure === undefined || parsedMeasure !== measure) {
    throw new Error(`analysis.measure must be one of ${sensitivityMeasureForms}, got ${JSON.stringify(measure)}`);
  }
  const measureProblem = sensitivityMeasureProblem(scenario, parsedMeasure);
  if (measureProblem !== undefined) throw new Error(`analysis.measure: ${measureProblem}`);
  if (!wholeNumber(samples, minimumSensitivitySamples, 1_000_000)) throw new Error(`analysis.samples must be a whole number from ${minimumSensitivitySamples} to 1000000${samplesHint}`);
  if (!wholeNumber(patients, 1, maxPatients)) throw new Error(`analysis.patients must be a whole number from 1 to ${maxPatients}`);
  if (!wholeNumber(resamples, 1, 100_000)) throw new Error('analysis.resamples must be a whole number from 1 to 100000');
  return { output: parsedOutput, measure: parsedMeasure, samples, patients, resamples };
}
