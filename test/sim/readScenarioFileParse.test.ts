// The command line reads a scenario file's YAML once and validates that reading (readScenarioFile →
// parseScenarioText); the library's parseScenario parses the text itself. Both must report the same issues at the
// same lines and columns, and resolve a valid file alike.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parseScenario } from '@rtsim/sim';
import { readScenarioFile } from '../../packages/sim/src/cli/readScenarioFile.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-read-once-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const valid = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');

const files: readonly [name: string, text: string][] = [
  ['valid.yaml', valid],
  ['bad-yaml.yaml', 'version: 1\nname: [unclosed\n'],
  ['duplicate-key.yaml', valid.replace('seed: 42', 'seed: 42\nseed: 43')],
  ['bad-values.yaml', valid.replace('patients: 20000', 'patients: -3').replace('fractions: 25', 'fractions: 0')],
  ['unknown-field.yaml', valid.replace('seed: 42', 'seed: 42\nsede: 1')],
  ['bad.json', '{ "version": 1, "name": 3, "arms": [] }'],
  ['not-json.json', '{ "version": 1, '],
];

test.each(files)('%s: readScenarioFile reports what parseScenario reports, at the same places', async (name, text) => {
  const path = join(directory, name);
  writeFileSync(path, text);
  const read = await readScenarioFile(path);
  const parsed = parseScenario(text, name);
  // The valid file resolves; every other one is broken (each edit above took effect).
  expect(parsed.ok).toBe(name === 'valid.yaml');
  expect(read.ok).toBe(parsed.ok);
  if (read.ok && parsed.ok) expect(read.scenario).toEqual(parsed.scenario);
  if (!read.ok && !parsed.ok) {
    expect(read.issues.length).toBeGreaterThan(0);
    expect(read.issues).toEqual(parsed.issues);
    if (name.endsWith('.yaml') && name !== 'bad-yaml.yaml') expect(read.issues.some((issue) => issue.line !== undefined)).toBe(true);
  }
});
