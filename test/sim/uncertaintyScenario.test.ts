import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { applyParameterValues } from '../../packages/sim/src/scenario/applyParameterValues.js';
import { parseParameterPath } from '../../packages/sim/src/scenario/parameterPath.js';
import { parameterSets } from '../../packages/sim/src/uncertainty/parameterSets.js';
import { uncertainParameters } from '../../packages/sim/src/scenario/uncertainParameters.js';

const base = `
version: 1
name: paths
references: [assumed]
seed: 5
patients: 1000
cohort:
  volume: 100
  subtypes:
    - ref: sts
    - id: custom
      parameters: { alpha: { dist: normal, mean: 0.3, sd: 0.05, min: 0 }, alphaBeta: 4, doublingTime: 20, kickoffTime: 21, clonogenDensity: 1.0e7 }
arms:
  - id: pre
    schedule: { fractions: 25, dose: 2 }
    surgery: { day: 67, margins: { R0: 0.8, R1: 0.15, R2: 0.05 } }
  - id: short
    schedule: { fractions: 5, dose: 6 }
    surgery: { day: 39, margins: { R0: 0.8, R1: 0.15, R2: 0.05 } }
followUp: { years: 5 }
`;

/** The scenario above with an uncertainty section of these parameters (YAML flow mappings). */
const withParameters = (...parameters: string[]): string =>
  `${base}uncertainty:\n  draws: 3\n  parameters:\n${parameters.map((p) => `    - ${p}\n`).join('')}`;

function issues(text: string): string[] {
  const result = parseScenario(text, 'paths.yaml');
  if (result.ok) return [];
  return result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('parseParameterPath(text)', () => {
  test('reads the three forms, with an id or * and an optional distribution field', () => {
    expect(parseParameterPath('cohort.subtypes[sts].alpha.mean')).toEqual({ ok: true, path: { kind: 'subtype', selector: 'sts', parameter: 'alpha', field: 'mean' } });
    expect(parseParameterPath('cohort.subtypes[*].alphaBeta')).toEqual({ ok: true, path: { kind: 'subtype', selector: '*', parameter: 'alphaBeta' } });
    expect(parseParameterPath('arms[*].surgery.residualFraction.R0.median')).toEqual({
      ok: true,
      path: { kind: 'residualFraction', selector: '*', margin: 'R0', field: 'median' },
    });
    expect(parseParameterPath('arms[pre].doseModifyingFactor')).toEqual({ ok: true, path: { kind: 'doseModifyingFactor', selector: 'pre' } });
  });

  test('explains what is wrong: unknown parameter or field (with a guess), margin, the forms expected', () => {
    const message = (text: string): string => {
      const parsed = parseParameterPath(text);
      return parsed.ok ? '' : parsed.message;
    };
    expect(message('cohort.subtypes[sts].kickofTime.mode')).toMatch(/unknown parameter 'kickofTime'; did you mean 'kickoffTime'\?/);
    expect(message('cohort.subtypes[sts].alpha.medain')).toMatch(/unknown distribution field 'medain'; did you mean 'median'\?/);
    expect(message('arms[pre].surgery.residualFraction.R3')).toMatch(/unknown margin status 'R3'/);
    expect(message('cohort.alpha.mean')).toMatch(/write cohort\.subtypes\[\*\]\.alpha\.mean/);
    expect(message('seed')).toMatch(/^not a parameter path: expected one of cohort\.subtypes\[ID\|\*\]\.PARAMETER\[\.FIELD\]/);
    expect(message('cohort.subtypes[a b].alpha')).toMatch(/is not a subtype id or '\*'/);
  });
});

describe('the uncertainty section of a scenario file', () => {
  test('resolves with draws and labels defaulted, and binds paths to library values', () => {
    const result = parseScenario(`${base}uncertainty:\n  parameters:\n    - { path: 'cohort.subtypes[sts].alpha.mean', distribution: { dist: uniform, min: 0.2, max: 0.3 } }\n`, 'x.yaml');
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    expect(result.scenario.uncertainty).toEqual({
      draws: 100,
      parameters: [{ path: 'cohort.subtypes[sts].alpha.mean', label: 'cohort.subtypes[sts].alpha.mean', distribution: { dist: 'uniform', min: 0.2, max: 0.3 } }],
    });
    // The library's α for sts: normal, mean 0.232 (packages/core/src/library/subtypes/sts.ts).
    expect(uncertainParameters(result.scenario)[0]?.nominal).toBe(0.232);
  });

  test('reports a path that names no number of this scenario, at the path, with its line', () => {
    const text = withParameters(
      "{ path: 'cohort.subtypes[stx].alpha.mean', distribution: { dist: uniform, min: 0.2, max: 0.3 } }",
      "{ path: 'cohort.subtypes[custom].alphaBeta.median', distribution: { dist: uniform, min: 3, max: 5 } }",
      "{ path: 'cohort.subtypes[sts].alphaBeta', distribution: { dist: uniform, min: 3, max: 5 } }",
      "{ path: 'cohort.subtypes[*].alpha.mean', distribution: { dist: uniform, min: 0.2, max: 0.3 } }",
      "{ path: 'cohort.subtypes[sts].alpha.max', distribution: { dist: uniform, min: 1, max: 2 } }",
    );
    const result = parseScenario(text, 'paths.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "uncertainty.parameters[0].path: unknown subtype 'stx' (subtypes: sts, custom)",
      "uncertainty.parameters[1].path: alphaBeta of subtype 'custom' is the number 4, not a distribution: drop '.median'",
      "uncertainty.parameters[2].path: alphaBeta of subtype 'sts' is a lognormal distribution (median, sigma): name one of its fields, .median, .sigma",
      "uncertainty.parameters[3].path: '*' names one number, but subtypes differ here (0.232 in 'sts', 0.3 in 'custom'): give each subtype its own path",
      "uncertainty.parameters[4].path: alpha of subtype 'sts' is a normal distribution (mean, sd, min), which has no 'max'",
    ]);
    expect(result.issues[0]?.line).toBe(24); // the line of the first parameter
  });

  test('reports a distribution that can draw an invalid scenario, and two parameters naming one number', () => {
    expect(issues(withParameters(
      "{ path: 'cohort.subtypes[custom].alpha.sd', distribution: { dist: normal, mean: 0.05, sd: 0.02 } }",
      "{ path: 'arms[*].surgery.residualFraction.R0.median', distribution: { dist: lognormal, median: 1.0e-9, sigma: 1 } }",
      "{ path: 'arms[pre].surgery.residualFraction.R0.median', distribution: { dist: lognormal, median: 1.0e-9, sigma: 1 } }",
      "{ path: 'cohort.subtypes[custom].alphaBeta', distribution: { dist: uniform, min: -1, max: 5 } }",
    ))).toEqual([
      expect.stringMatching(/^uncertainty\.parameters\[0\]\.distribution: its lowest draw, (-0\.07\d+), would make the scenario invalid \(cohort\.subtypes\[custom\]\.alpha\.sd: expected a number ≥ 0, got \1\): bound the distribution/),
      'uncertainty.parameters[2].path: names a number that uncertainty.parameters[1] already names',
      expect.stringMatching(/^uncertainty\.parameters\[3\]\.distribution: its lowest draw, -0\.99999\d+, would make the scenario invalid \(cohort\.subtypes\[custom\]\.alphaBeta: expected a number > 0, got -0\.99999\d+\)/),
    ]);
  });

  test('rejects a path with a syntax error in the schema pass, with the other schema problems', () => {
    const text = withParameters("{ path: 'cohort.subtypes[sts].alpha.meen', distribution: { dist: uniform, min: 0.2, max: 0.1 } }").replace('draws: 3', 'draws: 0');
    expect(issues(text)).toEqual([
      'uncertainty.draws: expected a whole number from 1 to 100000, got 0',
      "uncertainty.parameters[0].path: unknown distribution field 'meen'; did you mean 'mean'? (fields: value, mean, sd, min, max, median, sigma, mode)",
      'uncertainty.parameters[0].distribution.max: expected max > min (0.2), got 0.1',
    ]);
  });

  test('parameter sets substitute the drawn value at every target of a * path, and nothing else changes', () => {
    const result = parseScenario(withParameters("{ path: 'arms[*].surgery.residualFraction.R0.median', distribution: { dist: lognormal, median: 1.0e-9, sigma: 1 } }"), 'x.yaml');
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    const sets = parameterSets(result.scenario);
    expect(sets.scenarios).toHaveLength(4);
    expect(sets.scenarios[0]).not.toHaveProperty('uncertainty');
    sets.values.forEach(([value], k) => {
      const set = sets.scenarios[k + 1];
      for (const armSet of set?.arms ?? []) expect(armSet.surgery?.residualFraction.R0).toEqual({ dist: 'lognormal', median: value, sigma: 3.45 });
      expect(set?.subtypes).toEqual(sets.scenarios[0]?.subtypes);
    });
    const parameters = uncertainParameters(result.scenario);
    expect(() => applyParameterValues(result.scenario, parameters, [])).toThrow(RangeError);
  });

  test('the shipped example scenarios/uncertainty-preop.yaml parses, with five uncertain parameters', () => {
    const text = readFileSync(new URL('../../scenarios/uncertainty-preop.yaml', import.meta.url), 'utf8');
    const result = parseScenario(text, 'uncertainty-preop.yaml');
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    expect(uncertainParameters(result.scenario).map((p) => p.nominal)).toEqual([0.232, 4.9, 21, 1e7, 8.2e-12]);
  });
});
