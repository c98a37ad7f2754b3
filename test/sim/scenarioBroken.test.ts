// The catalogue of broken scenario files (test/fixtures/scenarios/broken/): each file with every issue
// parseScenario must report for it, exactly: path, message, and line:column where the problem can be placed.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { maxScenarioBytes, parseScenario } from '@rtsim/sim';
import type { ScenarioIssue } from '@rtsim/sim';

const directory = new URL('../fixtures/scenarios/broken/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, directory), 'utf8');

type Expected = readonly [path: string, message: string, line?: number, column?: number];

const libraryIds =
  'sts, myxoid-liposarcoma, undifferentiated-pleomorphic-sarcoma, leiomyosarcoma, synovial-sarcoma, dedifferentiated-liposarcoma, myxofibrosarcoma, mpnst, rhabdomyosarcoma, ewing-sarcoma';
const empty = 'the file is empty; a scenario needs version, name, references, seed, patients, cohort, arms and followUp';
const distributions = "'fixed', 'normal', 'lognormal', 'uniform', 'triangular'";

const catalogue: Readonly<Record<string, readonly Expected[]>> = {
  'negative-fractions.yaml': [['arms[1].schedule.fractions', 'expected a whole number ≥ 1, got -3', 14, 28]],
  'unknown-key-suggestion.yaml': [
    ['arms[0].schedule.fractions', 'required, but missing', 12, 15],
    ['arms[0].schedule.fractons', "unknown key 'fractons'; did you mean 'fractions'?", 12, 17],
  ],
  'unknown-key-no-suggestion.yaml': [['followUp.colour', "unknown key 'colour'; expected one of: years, firstVisitDays, at", 15, 23]],
  'unknown-ref.yaml': [
    ['cohort.subtypes[0].ref', `unknown library subtype "myxoid"; did you mean 'myxoid-liposarcoma'? library ids: ${libraryIds}`, 9, 12],
  ],
  'margins-sum.yaml': [['arms[0].surgery.margins', 'R0 + R1 + R2 must be 1, got 0.875', 15, 16]],
  'bad-dist.yaml': [['cohort.volume.dist', `expected one of ${distributions}, got "gamma"`, 7, 19]],
  'dist-typo.yaml': [['cohort.volume.dist', `expected one of ${distributions}, got "lognormall" (did you mean 'lognormal'?)`, 7, 19]],
  'yaml-syntax.yaml': [
    ['(file)', 'not valid YAML: Flow map in block collection must be sufficiently indented and end with a }', 13, 3],
    ['(file)', 'not valid YAML: Nested mappings are not allowed in compact mappings', 13, 9],
    ['(file)', 'not valid YAML: Implicit keys need to be on a single line', 13, 9],
  ],
  'empty.yaml': [['(file)', empty]],
  'comments-only.yaml': [['(file)', empty]],
  'top-level-list.yaml': [
    ['(root)', 'expected a scenario: a mapping with version, name, references, seed, patients, cohort, arms and followUp, got a list', 1, 1],
  ],
  'duplicate-arm-ids.yaml': [['arms[1].id', "duplicate arm id 'conventional' (also arms[0])", 13, 9]],
  'duplicate-subtype-ids.yaml': [
    ['cohort.subtypes[1].ref', "duplicate subtype id 'sts' (also cohort.subtypes[0]); give one of them its own 'id'", 11, 12],
  ],
  'duplicate-yaml-key.yaml': [['(file)', 'not valid YAML: duplicate key: each key may appear once in a mapping', 5, 1]],
  'sd-negative.yaml': [['cohort.subtypes[0].override.alpha.sd', 'expected a number ≥ 0, got -0.1', 11, 47]],
  'string-for-number.yaml': [['patients', 'expected a whole number from 1 to 1000000000, got "many"', 5, 11]],
  'json-trailing-comma.json': [['(file)', "not valid JSON: trailing comma before '}' (JSON allows none)", 5, 1]],
  'json-comment.json': [['(file)', 'not valid JSON: comments are not allowed in JSON (write the scenario in YAML to use # comments)', 2, 3]],
  'missing-required.yaml': [
    ['arms', 'required, but missing', 1, 1],
    ['followUp', 'required, but missing', 1, 1],
  ],
  'uniform-min-max.yaml': [['cohort.volume.max', 'expected max > min (200), got 100', 7, 43]],
  'triangular-mode.yaml': [['cohort.volume.mode', 'expected min ≤ mode ≤ max (from 50 to 200), got 300', 7, 46]],
  'lognormal-median-zero.yaml': [
    ['cohort.volume.median', 'expected a number > 0, got 0', 7, 38],
    ['cohort.volume.sigma', 'expected a number ≥ 0, got -1', 7, 48],
  ],
  'version-2.yaml': [['version', 'this file is written in scenario format 2, newer than this rtsim reads (format 1): install a newer rtsim (npm install @rtsim/sim@latest)', 1, 10]],
  'normal-without-min.yaml': [['cohort.subtypes[0].override.alpha', 'a normal distribution without min can give alpha below 0: add min: 0', 11, 16]],
  'inline-missing-alpha.yaml': [['cohort.subtypes[0].parameters.alpha', 'required for an inline subtype, here or at cohort level, but missing', 11, 9]],
  'no-tumour-size.yaml': [
    ['cohort.volume', 'required, but missing: give the tumour volume (cm³) or diameter (cm) here or in every subtype', 7, 3],
  ],
  'volume-and-diameter.yaml': [['cohort.diameter', 'give volume or diameter, not both', 8, 13]],
  'diameter-overflow.yaml': [['cohort.diameter', 'a diameter of 1e+110 cm gives a sphere volume of Infinity cm³, outside what double precision holds', 7, 13]],
  'twice-daily-no-interval.yaml': [['arms[1].schedule.intervalHours', 'required when perDay is more than 1, got perDay 2', 14, 15]],
  'gap-after-last-fraction.yaml': [['arms[1].schedule.gaps[0].afterFraction', 'expected a fraction number from 1 to 5, got 6', 14, 64]],
  'hypoxic-fraction-above-one.yaml': [
    ['cohort.subtypes[0].override.hypoxicFraction', 'expected a number from 0 to 1, got 1.5', 10, 36],
    ['cohort.subtypes[0].override.oer.min', 'oer must be ≥ 1, got min 0.5', 10, 68],
  ],
  'survival-model-typo.yaml': [['arms[1].survival.model', `expected one of 'lq', 'lq-l', 'usc', got "USC" (did you mean 'usc'?)`, 15, 24]],
  'zero-weight.yaml': [['cohort.subtypes[0].weight', 'expected a number > 0, got 0', 10, 15]],
  'many-problems.yaml': [
    ['name', 'expected non-empty text, got ""', 2, 7],
    ['references[1]', 'expected non-empty text, got 42 (quote it to make it text)', 3, 18],
    ['seed', 'expected a whole number ≥ 0, got -1', 4, 7],
    ['patients', 'expected a whole number from 1 to 1000000000, got 2.5', 5, 11],
    ['cohort.subtypes[0].weigth', "unknown key 'weigth'; did you mean 'weight'?", 10, 7],
    ['arms[0].schedule.dose', 'expected a number from 0 to 100, got 200', 13, 38],
    ['arms[1].id', "duplicate arm id 'conventional' (also arms[0])", 14, 9],
    ['arms[1].schedule.list', 'expected at least one item, got an empty list', 15, 23],
    ['arms[1].reoxygenation', "expected one of 'none', 'full', got \"partial\"", 16, 20],
    ['followUp.years', 'expected a number > 0 and ≤ 100, got 0', 17, 20],
  ],
};

const asTuple = (issue: ScenarioIssue): Expected => {
  if (issue.line === undefined) return [issue.path, issue.message];
  return issue.column === undefined ? [issue.path, issue.message, issue.line] : [issue.path, issue.message, issue.line, issue.column];
};

describe('parseScenario(broken file) reports exactly the expected issues', () => {
  test.each(Object.entries(catalogue))('%s', (name, expected) => {
    const result = parseScenario(read(name), name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(asTuple)).toEqual(expected);
  });

  test('every file in the catalogue directory has its expectations listed (and there are at least 15)', () => {
    const files = readdirSync(directory).sort();
    expect(files).toEqual(Object.keys(catalogue).sort());
    expect(files.length).toBeGreaterThanOrEqual(15);
  });
});

describe('parseScenario(file too large)', () => {
  test('a file over maxScenarioBytes (1 MiB) is refused before parsing, with its size in bytes', () => {
    const text = `# ${'x'.repeat(maxScenarioBytes)}\n`;
    expect(parseScenario(text, 'huge.yaml')).toEqual({
      ok: false,
      issues: [{ path: '(file)', message: `the file is ${maxScenarioBytes + 3} bytes; scenario files are limited to 1048576 bytes (1 MiB)` }],
    });
  });

  test('the limit counts UTF-8 bytes, not characters: 600 000 × "é" is 1 200 000 bytes', () => {
    const text = `# ${'é'.repeat(600_000)}\n`;
    const result = parseScenario(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toBe('the file is 1200003 bytes; scenario files are limited to 1048576 bytes (1 MiB)');
  });

  test('exactly maxScenarioBytes is accepted by the size check (the file then fails only on content)', () => {
    const text = `version: 1 # ${'x'.repeat(maxScenarioBytes - 14)}\n`;
    expect(new TextEncoder().encode(text).length).toBe(maxScenarioBytes);
    const result = parseScenario(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual(['name', 'references', 'seed', 'patients', 'cohort', 'arms', 'followUp']);
  });
});
