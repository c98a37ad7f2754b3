import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scenarioJsonSchema } from '@rtsim/sim';
import { parameterPathForms } from '../../packages/sim/src/scenario/parameterPath.js';

const schemaFile = new URL('../../packages/sim/scenario.schema.json', import.meta.url);

type JsonSchemaNode = { readonly [key: string]: unknown };

// Every property of every object in the schema, with its path.
function properties(node: unknown, path: string, out: [string, JsonSchemaNode][]): [string, JsonSchemaNode][] {
  if (Array.isArray(node)) node.forEach((item, index) => properties(item, `${path}[${index}]`, out));
  else if (typeof node === 'object' && node !== null) {
    const record = node as JsonSchemaNode;
    if (typeof record.properties === 'object' && record.properties !== null) {
      for (const [key, value] of Object.entries(record.properties)) out.push([`${path}.${key}`, value as JsonSchemaNode]);
    }
    for (const [key, value] of Object.entries(record)) properties(value, `${path}/${key}`, out);
  }
  return out;
}

describe('packages/sim/scenario.schema.json', () => {
  test('is not stale: it equals scenarioJsonSchema() (regenerate: pnpm build && node scripts/generate-schema.mjs)', () => {
    const onDisk: unknown = JSON.parse(readFileSync(schemaFile, 'utf8'));
    expect(onDisk).toEqual(scenarioJsonSchema());
  });

  test('is a draft-07 schema that forbids unknown top-level keys and requires the outline', () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['version', 'name', 'references', 'seed', 'patients', 'cohort', 'arms', 'followUp']);
  });

  test('documents every field for editors: each property has a description (or refers to a documented definition)', () => {
    const undocumented = properties(scenarioJsonSchema(), '#', [])
      .filter(([, node]) => typeof node.description !== 'string' && typeof node.$ref !== 'string')
      .map(([path]) => path);
    expect(undocumented).toEqual([]);
  });

  test('explains the uncertainty path language: every form, and what ID, SUBTYPE, MARKER and AGENT stand for', () => {
    type PathField = { $defs: { uncertainty: { properties: { parameters: { items: { properties: { path: { description: string } } } } } } } };
    const description = (scenarioJsonSchema() as unknown as PathField).$defs.uncertainty.properties.parameters.items.properties.path.description;
    for (const form of parameterPathForms) expect(description).toContain(form);
    expect(description).toContain('cohort.subtypes[ID|*].markers.MARKER; arms[ID|*]');
    expect(description).toMatch(/SUBTYPE a subtype id, or \* for all/);
    expect(description).toMatch(/MARKER a marker named in the scenario \(the path is its prevalence in the subtype\)/);
    expect(description).toMatch(/AGENT the agent of a modifier the arm gives/);
  });

  test('states units: dose per fraction in Gy, tumour volume in cm³, repair half-time in hours', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    expect(text).toContain('Dose per fraction in Gy');
    expect(text).toContain('Tumour volume in cm³');
    expect(text).toContain('repair half-time in hours');
  });
});
