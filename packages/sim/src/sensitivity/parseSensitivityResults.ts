import * as v from 'valibot';
import type { Interval } from '../stats/Interval.js';
import { distributionSchema } from '../scenario/distributionSchema.js';
import type { SensitivityMeasure, SensitivityOutput, SensitivityParameter, SensitivityResults } from './SensitivityResults.js';
import { parseSensitivityMeasure } from './parseSensitivityMeasure.js';
import { sensitivityMeasureForms } from './sensitivityEndpoints.js';

function fail(path: string, reason: string): never {
  throw new SyntaxError(`not an rtsim sensitivity file: ${path}: ${reason}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'expected an object');
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, 'expected an array');
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'expected a string');
  return value;
}

// sensitivity.json writes NaN and ±∞ as null (JSON has neither): read null back as NaN.
function real(value: unknown, path: string): number {
  if (value === null) return Number.NaN;
  if (typeof value !== 'number') fail(path, 'expected a number or null');
  return value;
}

function whole(value: unknown, path: string, min: number): number {
  if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= min)) fail(path, `expected a whole number ≥ ${min}`);
  return value;
}

function interval(value: unknown, path: string): Interval {
  const pair = list(value, path);
  if (pair.length !== 2) fail(path, 'expected [lower, upper]');
  return [real(pair[0], `${path}[0]`), real(pair[1], `${path}[1]`)];
}

function output(value: unknown): SensitivityOutput & { readonly measure: SensitivityMeasure; readonly label: string } {
  const o = record(value, 'output');
  // In the one spelling rtsim writes (`overall-survival@5`, not `@5.0`).
  const measure = parseSensitivityMeasure(o['measure']);
  if (measure === undefined || measure !== o['measure']) fail('output.measure', `expected ${sensitivityMeasureForms}`);
  const label = text(o['label'], 'output.label');
  if (o['kind'] === 'arm') return { kind: 'arm', arm: text(o['arm'], 'output.arm'), measure, label };
  if (o['kind'] === 'difference') return { kind: 'difference', a: text(o['a'], 'output.a'), b: text(o['b'], 'output.b'), measure, label };
  return fail('output.kind', 'expected arm or difference');
}

function parameter(value: unknown, path: string): SensitivityParameter {
  const p = record(value, path);
  const distribution = p['distribution'];
  if (!v.is(distributionSchema, distribution)) fail(`${path}.distribution`, 'expected a distribution { dist: normal | lognormal | uniform | triangular | fixed, … }');
  return {
    path: text(p['path'], `${path}.path`),
    label: text(p['label'], `${path}.label`),
    distribution,
    nominal: real(p['nominal'], `${path}.nominal`),
    low: real(p['low'], `${path}.low`),
    high: real(p['high'], `${path}.high`),
  };
}

/**
 * Reads sensitivity.json (after `JSON.parse`), as `rtsim sensitivity` or the viewer wrote it, back into
 * {@link SensitivityResults}, checking every field the charts and tables use: the format tag, strings, whole
 * numbers, numbers (null, which the file writes for NaN, is read as NaN), intervals as pairs, distributions against
 * the scenario schema's. Unknown keys are ignored. For a file written by rtsim, sensitivityJson of the result gives
 * the file's text back.
 * @param value - the parsed JSON of a file from outside (untrusted)
 * @returns the results
 * @throws SyntaxError naming the path of the first problem
 */
export function parseSensitivityResults(value: unknown): SensitivityResults {
  const file = record(value, '(file)');
  const rtsim = record(file['rtsim'], 'rtsim');
  if (rtsim['sensitivityFormat'] !== 1) {
    fail('rtsim.sensitivityFormat', rtsim['resultsFormat'] === undefined ? 'expected 1' : 'expected 1 (this is a results.json of rtsim run; open its scenario instead)');
  }
  const scenario = record(file['scenario'], 'scenario');
  const tornado = record(file['tornado'], 'tornado');
  const sobol = record(file['sobol'], 'sobol');
  const parameters = list(file['parameters'], 'parameters').map((p, i) => parameter(p, `parameters[${i}]`));
  return {
    rtsim: { version: text(rtsim['version'], 'rtsim.version'), sensitivityFormat: 1 },
    scenario: { name: text(scenario['name'], 'scenario.name'), hash: text(scenario['hash'], 'scenario.hash') },
    seed: whole(file['seed'], 'seed', 0),
    patients: whole(file['patients'], 'patients', 1),
    output: output(file['output']),
    parameters,
    evaluations: whole(file['evaluations'], 'evaluations', 0),
    tornado: {
      base: real(tornado['base'], 'tornado.base'),
      rows: list(tornado['rows'], 'tornado.rows').map((item, i) => {
        const at = `tornado.rows[${i}]`;
        const row = record(item, at);
        return {
          label: text(row['label'], `${at}.label`),
          path: text(row['path'], `${at}.path`),
          low: real(row['low'], `${at}.low`),
          high: real(row['high'], `${at}.high`),
          outputLow: real(row['outputLow'], `${at}.outputLow`),
          outputHigh: real(row['outputHigh'], `${at}.outputHigh`),
          swing: real(row['swing'], `${at}.swing`),
        };
      }),
    },
    sobol: {
      samples: whole(sobol['samples'], 'sobol.samples', 1),
      resamples: whole(sobol['resamples'], 'sobol.resamples', 0),
      mean: real(sobol['mean'], 'sobol.mean'),
      variance: real(sobol['variance'], 'sobol.variance'),
      indices: list(sobol['indices'], 'sobol.indices').map((item, i) => {
        const at = `sobol.indices[${i}]`;
        const row = record(item, at);
        return {
          label: text(row['label'], `${at}.label`),
          path: text(row['path'], `${at}.path`),
          first: real(row['first'], `${at}.first`),
          firstCi95: interval(row['firstCi95'], `${at}.firstCi95`),
          total: real(row['total'], `${at}.total`),
          totalCi95: interval(row['totalCi95'], `${at}.totalCi95`),
        };
      }),
    },
  };
}
