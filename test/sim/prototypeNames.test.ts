// Names that are Object.prototype members (issue 12, fault 2): every lookup keyed by a name from a file or a
// command line reads own properties only, and the names valibot cannot keep as mapping keys are refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, validateScenario } from '@rtsim/sim';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-protonames-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const cli = inProcessCli(directory);

/** Names a marker may have that `{}` also answers to through its prototype. */
const inheritedNames = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', 'propertyIsEnumerable'];

/** A TCR-T scenario whose modifier targets `marker`; `cohortMarkers` and `ownMarkers` go into the file as written. */
function scenarioText(marker: string, options: { cohortMarkers?: string; ownMarkers?: string; subtypeId?: string; responseBySubtype?: string } = {}): string {
  return `version: 1
name: prototype names
references: [test values]
seed: 9
patients: 4096
cohort:
  volume: { dist: lognormal, median: 100, sigma: 0.8 }
${options.cohortMarkers === undefined ? '' : `  markers: ${options.cohortMarkers}\n`}  subtypes:
    - ref: synovial-sarcoma
${options.subtypeId === undefined ? '' : `      id: ${options.subtypeId}\n`}${options.ownMarkers === undefined ? '' : `      override:\n        markers: ${options.ownMarkers}\n`}arms:
  - id: rt
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
  - id: tcr-t
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
    modifiers:
      - { type: cellTherapy, agent: afami-cel, marker: ${marker}, responseProbability: 0.5, logKill: 3${options.responseBySubtype === undefined ? '' : `, responseBySubtype: ${options.responseBySubtype}`} }
followUp: { years: 5 }
`;
}

function write(name: string, text: string): string {
  const file = join(directory, name);
  writeFileSync(file, text);
  return file;
}

describe('parseScenario(text) with a marker named after an Object.prototype member', () => {
  it.each(inheritedNames)("reports a missing prevalence for marker '%s' instead of throwing", (name) => {
    const result = parseScenario(scenarioText(name), 'test.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ path: 'cohort.subtypes[0]', message: expect.stringContaining(`no prevalence for marker '${name}'`) })]);
  });

  it.each(inheritedNames)("takes marker '%s' from the cohort level when the subtype's own markers lack it", (name) => {
    const result = parseScenario(scenarioText(name, { cohortMarkers: `{ ${name}: 0.6 }`, ownMarkers: '{ MAGE-A4: 0.5 }' }), 'test.yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    // The 0.6 written at cohort level, not Object.prototype[name] from the subtype's markers.
    expect(result.scenario.subtypes[0]?.parameters.markers).toEqual({ [name]: 0.6, 'MAGE-A4': 0.5 });
  });

  it("an uncertainty path to an unknown marker 'toString' is a problem, not Object.prototype.toString", () => {
    const text = `${scenarioText('MAGE-A4')}uncertainty:\n  parameters:\n    - { path: 'cohort.subtypes[*].markers.toString', distribution: { dist: uniform, min: 0.1, max: 0.9 } }\n`;
    const result = parseScenario(text, 'test.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.message).join('\n')).toMatch(/unknown marker 'toString'/);
  });
});

describe('validateScenario(value) refuses the names a mapping cannot keep', () => {
  const reserved = /'(constructor|prototype|__proto__)' is reserved/;

  it.each(['constructor', 'prototype'])("refuses '%s' as a marker, as a markers key and as a subtype id", (name) => {
    const asMarker = parseScenario(scenarioText(name, { cohortMarkers: `{ ${name}: 0.6 }` }), 'test.yaml');
    expect(asMarker.ok).toBe(false);
    if (asMarker.ok) return;
    const paths = asMarker.issues.filter((issue) => reserved.test(issue.message)).map((issue) => issue.path);
    expect(paths).toEqual([`cohort.markers.${name}`, 'arms[1].modifiers[0].marker']);
    const asId = parseScenario(scenarioText('MAGE-A4', { subtypeId: name, responseBySubtype: `{ ${name}: 0.9 }` }), 'test.yaml');
    expect(asId.ok).toBe(false);
    if (asId.ok) return;
    expect(asId.issues.filter((issue) => reserved.test(issue.message)).map((issue) => issue.path)).toEqual([
      'cohort.subtypes[0].id',
      `arms[1].modifiers[0].responseBySubtype.${name}`,
    ]);
  });

  it("refuses a '__proto__' key that YAML and JSON parsers keep as an own key", () => {
    const value = JSON.parse(JSON.stringify({ cohort: {} })) as { cohort: Record<string, unknown> };
    const yaml = parseScenario(scenarioText('MAGE-A4', { ownMarkers: '{ __proto__: 0.6 }' }), 'test.yaml');
    expect(yaml.ok).toBe(false);
    if (yaml.ok) return;
    expect(yaml.issues).toContainEqual(expect.objectContaining({ path: 'cohort.subtypes[0].override.markers.__proto__', message: expect.stringMatching(reserved) }));
    value.cohort['markers'] = JSON.parse('{"__proto__": 0.6}');
    const direct = validateScenario(value);
    expect(direct.ok).toBe(false);
    if (direct.ok) return;
    expect(direct.issues).toContainEqual(expect.objectContaining({ path: ['cohort', 'markers', '__proto__'], message: expect.stringMatching(reserved) }));
  });
});

describe('rtsim validate and rtsim run with prototype-member names', () => {
  it("rtsim validate reports marker 'toString' without a prevalence as a problem (status 2, no stack)", async () => {
    const file = write('tostring.yaml', scenarioText('toString'));
    const { status, stderr } = await cli('validate', file);
    expect(stderr).not.toMatch(/unexpected error/);
    expect(stderr).toMatch(/cohort\.subtypes\[0\]: no prevalence for marker 'toString'/);
    expect(status).toBe(2);
  });

  it("rtsim validate names 'constructor' as reserved where the file uses it", async () => {
    const file = write('constructor.yaml', scenarioText('constructor', { cohortMarkers: '{ constructor: 0.6 }' }));
    const { status, stderr } = await cli('validate', file);
    expect(stderr).toMatch(/cohort\.markers\.constructor: 'constructor' is reserved/);
    expect(status).toBe(2);
  });

  it("rtsim run draws marker 'valueOf' with the prevalence the file gives", async () => {
    const file = write('valueof.yaml', scenarioText('valueOf', { cohortMarkers: '{ valueOf: 0.6 }', ownMarkers: '{ MAGE-A4: 0.5 }' }));
    const out = join(directory, 'valueof-out');
    const { status, stderr } = await cli('run', file, '--workers', '1', '--out', out);
    expect(stderr).not.toMatch(/unexpected error/);
    expect(status).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
      arms: { byMarker?: { marker: string; status: string; patients: number }[] }[];
    };
    const positive = results.arms[0]?.byMarker?.find((group) => group.marker === 'valueOf' && group.status === 'positive')?.patients ?? 0;
    // Binomial(4096, 0.6): mean 2457.6, sd 31.4; ±6 sd.
    expect(Math.abs(positive - 4096 * 0.6)).toBeLessThan(6 * Math.sqrt(4096 * 0.6 * 0.4));
  });
});

describe('rtsim COMMAND with a prototype-member name', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])("rtsim %s is an unknown command (status 2)", async (name) => {
    const { status, stderr } = await cli(name);
    expect(stderr).toMatch(new RegExp(`^rtsim: unknown command '${name}'`));
    expect(status).toBe(2);
  });

  it.each(['constructor', '__proto__', 'valueOf'])('rtsim help %s prints the general help', async (name) => {
    const general = await cli('--help');
    const { status, stdout } = await cli('help', name);
    expect(status).toBe(0);
    expect(stdout).toBe(general.stdout);
  });
});
