// The published JSON Schema (packages/sim/scenario.schema.json) must never flag a scenario the validator accepts:
// editors show its verdict as red underlines, so a false rejection there is a false failure in front of the user.
// The schema may accept more (cross-field rules such as shares summing to 1 are the validator's alone).
//
// Checked with Ajv, an independent draft-07 implementation, on every shipped scenario, every whole-scenario YAML block
// of docs/scenarios.md and scenarios drawn by the property tests' generator that the validator accepts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { readScenarioText } from '../../packages/sim/src/scenario/readScenarioText.js';
import { scenarioDocumentArbitrary } from './scenarioDocumentArbitrary.js';

const schema: object = JSON.parse(readFileSync('packages/sim/scenario.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** A YAML text as the value the validator reads (the scenario reader's own YAML parsing). */
function parse(text: string): unknown {
  const read = readScenarioText(text, 'scenario.yaml');
  if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join('; '));
  return read.value;
}

/** The schema's verdict on a document, with the first errors when it rejects it. */
function schemaErrors(document: unknown): string {
  return validate(document) ? '' : JSON.stringify(validate.errors?.slice(0, 3));
}

/** Scenario files under a folder (a file with `arms` is a scenario; others are DVH plans or avatar data). */
function scenarioFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(folder, name))
    .filter((path) => {
      const document: unknown = parse(readFileSync(path, 'utf8'));
      return typeof document === 'object' && document !== null && 'arms' in document;
    });
}

describe('scenario.schema.json agrees with the validator (no false rejection in an editor)', () => {
  it('accepts every shipped and bench scenario', () => {
    const files = [...scenarioFiles('scenarios'), ...scenarioFiles('bench/scenarios')];
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of files) expect(schemaErrors(parse(readFileSync(file, 'utf8'))), file).toBe('');
  });

  it('accepts every whole scenario that docs/scenarios.md shows', () => {
    const blocks = [...readFileSync('docs/scenarios.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
    const whole = blocks.filter((text) => /^version: 1$/m.test(text) && /^arms:/m.test(text));
    expect(whole.length).toBeGreaterThanOrEqual(10);
    for (const text of whole) {
      if (!parseScenario(text, 'block.yaml').ok) continue; // a block showing a refusal
      expect(schemaErrors(parse(text)), text.slice(0, 80)).toBe('');
    }
  });

  it('accepts every generated scenario the validator accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(scenarioDocumentArbitrary, ({ document }) => {
        if (!parseScenario(JSON.stringify(document), 'generated.json').ok) return;
        accepted++;
        expect(schemaErrors(document)).toBe('');
      }),
      { seed: 20261208, numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(150);
  });
});
