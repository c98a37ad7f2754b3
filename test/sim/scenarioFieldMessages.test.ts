// Messages that must say where and why: text over its length limit names the limit, an organ at risk's unknown model
// lists the models, and a YAML file of several documents says a file holds one scenario (not the yaml library's
// "please use YAML.parseAllDocuments()").
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { parseCalibration } from '../../packages/sim/src/calibration/parseCalibration.js';
import { parsedScenario } from './parsedScenario.js';

const defaultScenario = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');

/** default.yaml with one piece of text replaced (the first occurrence), checked to be there. */
function edited(from: string, to: string): string {
  expect(defaultScenario).toContain(from);
  return defaultScenario.replace(from, to);
}

/** Each issue of a scenario text as [path, message, line]; empty when it parses. */
function issues(text: string): (string | number | undefined)[][] {
  const result = parseScenario(text, 'messages.yaml');
  return result.ok ? [] : result.issues.map((issue) => [issue.path, issue.message, issue.line]);
}

const organ = (model: string): string =>
  edited('    surgery: { day: 67,', `    organAtRisk: { name: skin, model: ${model}, dvh: [{ dose: 50, volume: 1 }], td50: 60, m: 0.2, n: 0.1, alphaBeta: 3 }\n    surgery: { day: 67,`);

describe('text over its length limit', () => {
  test('a 20 000-character name is told the limit of 10000 characters', () => {
    const long = 'x'.repeat(20_000);
    expect(issues(edited('name: Preoperative', `name: ${long} Preoperative`))).toEqual([
      ['name', 'expected text of at most 10000 characters, got 20065 characters ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...")', 16],
    ]);
  });

  test('a 65-character arm id is told the limit of 64; 64 characters parse', () => {
    expect(issues(edited('id: preop-50x25', `id: ${'a'.repeat(65)}`))).toEqual([
      ['arms[0].id', 'expected text of at most 64 characters, got 65 characters ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...")', 34],
    ]);
    expect(parsedScenario(edited('id: preop-50x25', `id: ${'a'.repeat(64)}`)).arms[0]?.id).toHaveLength(64);
  });

  test('an id that breaks the pattern still says what an id is', () => {
    expect(issues(edited('id: preop-50x25', 'id: -preop'))).toEqual([
      ['arms[0].id', 'expected an id: letters, digits, \'.\', \'_\' or \'-\', starting with a letter or digit, got "-preop"', 34],
    ]);
  });
});

describe('organAtRisk.model', () => {
  test('an unknown model lists the allowed ones, as survival.model does, and nothing else', () => {
    expect(issues(organ('foo'))).toEqual([['arms[0].organAtRisk.model', "expected one of 'lkb', 'logistic', got \"foo\"", 38]]);
    expect(issues(organ('LKB'))).toEqual([['arms[0].organAtRisk.model', "expected one of 'lkb', 'logistic', got \"LKB\" (did you mean 'lkb'?)", 38]]);
  });

  test('model: logistic with the LKB fields is read as logistic: its own missing and unknown keys, not a raw literal message', () => {
    expect(issues(organ('logistic')).map(([path, message]) => `${String(path)}: ${String(message)}`)).toEqual([
      'arms[0].organAtRisk.d50: required, but missing',
      'arms[0].organAtRisk.gamma50: required, but missing',
      "arms[0].organAtRisk.td50: unknown key 'td50'; did you mean 'd50'?",
      "arms[0].organAtRisk.m: unknown key 'm'; did you mean 'n'?",
    ]);
  });

  test('model: lkb parses', () => {
    expect(parsedScenario(organ('lkb')).arms[0]?.organAtRisk).toBeDefined();
  });
});

describe('a file of several YAML documents', () => {
  test('a scenario file is told it must hold one scenario document, at the second one', () => {
    expect(issues(`${defaultScenario}---\n${defaultScenario}`)).toEqual([
      [
        '(file)',
        "not valid YAML: a second YAML document starts here (after a '---' line): the file must hold one scenario document; move the other into a file of its own",
        49,
      ],
    ]);
  });

  test('a calibration file likewise, and an empty one is told it is empty and what a calibration file needs', () => {
    const calibration = parseCalibration('version: 1\n---\nversion: 1\n', 'data.yaml');
    expect(calibration.ok).toBe(false);
    if (!calibration.ok) expect(calibration.issues[0]?.message).toMatch(/the file must hold one calibration or evidence document/);
    const empty = parseCalibration('', 'empty.yaml');
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.issues.map((issue) => [issue.path, issue.message])).toEqual([
        ['(file)', 'the file is empty; a calibration file needs version, name, seed, patients, parameters and cohorts, and a local-control evidence file version, name and series'],
      ]);
    }
  });
});
