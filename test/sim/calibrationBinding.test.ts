// The parameter checks that DATA files and local-control evidence files share (bindParameters): every unit a
// parameter acts on is checked at both ends of its range, and one number written two ways (`*` or an id) is
// fitted once. The two evidence series below differ only in their uniform diameter (1–10 cm against 1–3 cm), so
// a diameter minimum of 5 cm is valid in the first part and not in the second.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCalibration } from '../../packages/sim/src/calibration/parseCalibration.js';
import { parseEvidence } from '../../packages/sim/src/calibration/parseEvidence.js';
import { readScenarioText } from '../../packages/sim/src/scenario/readScenarioText.js';
import { validateEvidence } from '../../packages/sim/src/calibration/validateEvidence.js';
import type { CalibrationParameterInput } from '../../packages/sim/src/calibration/CalibrationInput.js';
import type { PathIssue } from '../../packages/sim/src/scenario/schemaIssues.js';

const tiny = readFileSync(new URL('../fixtures/calibration/tiny.yaml', import.meta.url), 'utf8');

function seriesWithDiameter(id: string, maxCm: number): object {
  return {
    id,
    evidence: 'test',
    role: 'fit',
    citation: 'made up',
    population: [{ share: 1, margin: 'R0-wide', treatment: 'none', diameter: { dist: 'uniform', min: 1, max: maxCm } }],
    observations: [{ kind: 'crude-lr', atYears: 5, failures: 5, patients: 50 }],
  };
}

function evidenceIssues(parameters: CalibrationParameterInput[], fit: CalibrationParameterInput[] = []): string[] {
  const file = { version: 1, name: 'binding', patients: 64, parameters, series: [seriesWithDiameter('wide', 10), seriesWithDiameter('narrow', 3)] };
  const result = validateEvidence(file, { parameters: fit });
  if (result.ok) return [];
  return result.issues.map((issue: PathIssue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('validateEvidence(value) binds parameters as validateCalibration does', () => {
  it('checks both ends of a range on every part, not only the first part the parameter acts on', () => {
    expect(evidenceIssues([{ path: 'cohort.subtypes[sts].diameter.min', min: 0.5, max: 2 }])).toEqual([]);
    expect(evidenceIssues([{ path: 'cohort.subtypes[sts].diameter.min', min: 0.5, max: 5 }])).toEqual([
      "parameters.0.max: 5 would make part 'series[1].population[0]' invalid (cohort.subtypes[sts].diameter.max: expected max > min (5), got 3)",
    ]);
  });

  it('refuses one number written two ways, in the file or on the command line, naming the request that fits it first', () => {
    expect(evidenceIssues([{ path: 'cohort.subtypes[sts].alpha.mean', min: 0.1, max: 0.5 }, { path: 'cohort.subtypes[*].alpha.mean', min: 0.1, max: 0.5 }])).toEqual([
      "parameters.1.path: names a number that parameters[0] already fits (part 'series[0].population[0]')",
    ]);
    expect(evidenceIssues([{ path: 'arms[*].surgery.residualFraction.R0.median', min: 1e-14, max: 1e-8 }], [{ path: 'arms[part].surgery.residualFraction.R0.median', min: 1e-14, max: 1e-8 }])).toEqual([
      "--fit.0.path: names a number that parameters[0] already fits (part 'series[0].population[0]')",
    ]);
  });
});

describe('parseCalibration(text) refuses one number written two ways', () => {
  it('names the parameter that fits it first', () => {
    const twice = tiny.replace('cohorts:\n', '  - path: cohort.subtypes[*].alpha.mean\n    min: 0.1\n    max: 0.5\ncohorts:\n');
    const result = parseCalibration(twice, 'data.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(["parameters[1].path: names a number that parameters[0] already fits (series 'gross-66')"]);
  });
});

describe('parseEvidence(read, options) places each problem', () => {
  it('at its line in the file, and a --fit item (which has no line) by its number, first', () => {
    const text = `version: 1
name: placed
parameters:
  - { path: 'cohort.subtypes[sts].alpha.mean', min: 0.1, max: 0.5 }
  - { path: 'cohort.subtypes[*].alpha.mean', min: 0.1, max: 0.5 }
series:
  - ${JSON.stringify(seriesWithDiameter('wide', 10))}
`;
    const read = readScenarioText(text, 'placed.yaml');
    if (!read.ok) throw new Error('expected YAML');
    const result = parseEvidence(read, { patients: 64, parameters: [{ path: 'localControlModel.dormantShar', min: 0.1, max: 0.9 }] });
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.issues.map((issue) => [issue.path, issue.line])).toEqual([
      ['--fit item 1 (path)', undefined],
      ['parameters[1].path', 5],
    ]);
    expect(result.issues[0]?.message).toMatch(/^unknown local-control model parameter 'dormantShar'; did you mean 'dormantShare'\?/);
  });
});

describe('parseCalibration(text) says what is wrong with a range end the user wrote', () => {
  it('a mean of -1 for STS alpha (sd 0.08, min 0) puts min 0 at (0 − (−1))/0.08 = 12.5 sd above it, past the limit of 8', () => {
    const negative = tiny.replace('    min: 0.1\n', '    min: -1\n');
    const result = parseCalibration(negative, 'data.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(
      ['gross-66', 'gross-64'].map(
        (id) => `parameters[0].min: -1 would make series '${id}' invalid (cohort.subtypes[sts].alpha.min: min 0 lies 12.5 sd above the mean -1 (sd 0.08), more than 8: almost no probability is left)`,
      ),
    );
  });
});
