import { readFileSync, readdirSync } from 'node:fs';
import { overallTime, schedule } from '@rtsim/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatScenarioIssue, parseScenario, validateScenario } from '@rtsim/sim';
import type { ScenarioParseResult } from '@rtsim/sim';

const scenariosDirectory = new URL('../../scenarios/', import.meta.url);
const shipped = readdirSync(scenariosDirectory).filter((name) => name.endsWith('.yaml')).sort();
const readScenario = (name: string): string => readFileSync(new URL(name, scenariosDirectory), 'utf8');

const minimal = {
  version: 1,
  name: 'Minimal',
  references: ['assumed'],
  seed: 3,
  patients: 10,
  cohort: { volume: 10, subtypes: [{ ref: 'sts' }] },
  arms: [
    { id: 'a', schedule: { fractions: 25, dose: 2 } },
    { id: 'b', schedule: { list: [{ dose: 8, day: 0 }, { dose: 8, day: 7 }] }, survival: { model: 'usc', d0: 1.25 } },
  ],
  followUp: { years: 5 },
};

describe('shipped scenarios (scenarios/*.yaml)', () => {
  test('the fifteen named scenarios ship', () => {
    expect(shipped).toEqual([
      'default.yaml',
      'educator-minimal.yaml',
      'extremity-preop-hypofractionation.yaml',
      'local-control-over-time.yaml',
      'metastasis-and-survival.yaml',
      'myxoid-liposarcoma-deescalation.yaml',
      'pathway-fast-track.yaml',
      'pathway-grade-tailored.yaml',
      'pathway-misdiagnosis-deescalation.yaml',
      'pathway-time-to-treatment.yaml',
      'sbrt-lung-metastases-lesions.yaml',
      'sbrt-lung-metastases-pneumonitis.yaml',
      'sbrt-lung-metastases.yaml',
      'treatment-gap.yaml',
      'uncertainty-preop.yaml',
    ]);
  });

  test.each(shipped)('parseScenario(%s) succeeds, cites references, keeps patients ≤ 100000', (name) => {
    const result = parseScenario(readScenario(name), name);
    if (!result.ok) throw new Error(result.issues.map((issue) => formatScenarioIssue(issue, name)).join('\n'));
    expect(result.scenario.references.length).toBeGreaterThan(0);
    expect(result.scenario.patients).toBeLessThanOrEqual(100_000);
    expect(Number.isInteger(result.scenario.seed)).toBe(true);
    expect(result.input.cohort.subtypes.every((subtype) => 'ref' in subtype)).toBe(true);
  });

  test.each(['extremity-preop-hypofractionation.yaml', 'myxoid-liposarcoma-deescalation.yaml', 'treatment-gap.yaml', 'default.yaml'])(
    '%s: preoperative surgery 35 days after the last fraction, postoperative radiotherapy 35 days after surgery',
    (name) => {
      const result = parseScenario(readScenario(name), name);
      if (!result.ok) throw new Error('does not parse');
      for (const arm of result.scenario.arms) {
        const surgeryDay = arm.surgery?.day;
        if (surgeryDay === undefined) throw new Error(`${arm.id} has no surgery`);
        // core's schedule builder places the fractions (day 0 = first fraction); models.md: 25 × 2 Gy ends on day 32.
        const lastFraction = overallTime(schedule(arm.schedule));
        if (arm.id.startsWith('postop')) expect(surgeryDay).toBe(-35);
        else expect(surgeryDay - lastFraction).toBe(35);
      }
    },
  );

  test('sbrt-lung-metastases.yaml: 5 schedules × (LQ, LQ-L, USC), no surgery', () => {
    const result = parseScenario(readScenario('sbrt-lung-metastases.yaml'));
    if (!result.ok) throw new Error('does not parse');
    const arms = result.scenario.arms;
    expect(arms.map((arm) => arm.id)).toContain('3x18-usc');
    expect(arms).toHaveLength(15);
    expect(new Set(arms.map((arm) => arm.survival.model))).toEqual(new Set(['lq', 'lq-l', 'usc']));
    expect(arms.every((arm) => arm.surgery === undefined)).toBe(true);
    const totals = new Set(arms.map((arm) => ('fractions' in arm.schedule ? `${arm.schedule.fractions}x${arm.schedule.dose}` : 'list')));
    expect(totals).toEqual(new Set(['1x30', '3x18', '3x20', '4x12', '8x7.5']));
  });

  test('treatment-gap.yaml: the gap adds 7 days to the overall time (32 → 39 days, models.md calendar)', () => {
    const result = parseScenario(readScenario('treatment-gap.yaml'));
    if (!result.ok) throw new Error('does not parse');
    expect(result.scenario.arms.map((arm) => overallTime(schedule(arm.schedule)))).toEqual([32, 39]);
  });
});

describe('parseScenario(JSON)', () => {
  test('a JSON file parses to the same scenario as the same data in YAML', () => {
    const yaml = parseScenario(readScenario('default.yaml'), 'default.yaml');
    if (!yaml.ok) throw new Error('does not parse');
    const json = parseScenario(JSON.stringify(yaml.input, null, 2), 'default.json');
    expect(json).toEqual(yaml);
  });

  test('JSON without a file name is recognised by its first character', () => {
    expect(parseScenario(JSON.stringify(minimal)).ok).toBe(true);
  });

  test('issues in a JSON file carry JSON line:column positions', () => {
    const text = JSON.stringify({ ...minimal, patients: -1 }, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"patients"')) + 1;
    expect(parseScenario(text, 'bad.json')).toEqual({
      ok: false,
      issues: [{ path: 'patients', message: 'expected a whole number from 1 to 1000000000, got -1', line, column: 15 }],
    });
  });

  test('a YAML flow mapping that is not JSON still parses as YAML when no .json name says otherwise', () => {
    const text = `{version: 1, name: Flow, references: [], seed: 1, patients: 1, cohort: {volume: 1, subtypes: [{ref: sts}]}, arms: [{id: a, schedule: {fractions: 1, dose: 2}}], followUp: {years: 1}}`;
    expect(parseScenario(text).ok).toBe(true);
    expect(parseScenario(text, 'flow.json')).toEqual({
      ok: false,
      issues: [{ path: '(file)', message: 'not valid JSON: JSON needs double quotes around keys', line: 1, column: 2 }],
    });
  });
});

describe('parseScenario reports every problem at once', () => {
  test('problems in the schema and across fields come back together, in file order', () => {
    const value = structuredClone(minimal) as Record<string, unknown>;
    const text = JSON.stringify(
      {
        ...value,
        seed: 'x',
        arms: [
          { id: 'a', schedule: { fractions: 0, dose: 2 } },
          { id: 'a', schedule: { fractions: 5, dose: 2 }, surgery: { day: 1, margins: { R0: 0.5, R1: 0.5, R2: 0.5 } } },
        ],
      },
      null,
      1,
    );
    const result = parseScenario(text, 'x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'seed: expected a whole number ≥ 0, got "x"',
      'arms[0].schedule.fractions: expected a whole number ≥ 1, got 0',
      "arms[1].id: duplicate arm id 'a' (also arms[0])",
      'arms[1].surgery.margins: R0 + R1 + R2 must be 1, got 1.5',
    ]);
    expect(result.issues.every((issue) => issue.line !== undefined && issue.column !== undefined)).toBe(true);
  });

  test('an unknown key inside a list item is placed on the key, with line and column', () => {
    const text = ['version: 1', 'name: x', 'references: []', 'seed: 1', 'patients: 1', 'cohort:', '  volume: 1', '  subtypes:', '    - ref: sts', '      overide: {}', 'arms:', '  - id: a', '    schedule: { fractions: 1, dose: 1 }', 'followUp: { years: 1 }'].join('\n');
    expect(parseScenario(text)).toEqual({
      ok: false,
      issues: [{ path: 'cohort.subtypes[0].overide', message: "unknown key 'overide'; did you mean 'override'?", line: 10, column: 7 }],
    });
  });

  test('formatScenarioIssue(issue, file) reads like a compiler message', () => {
    expect(formatScenarioIssue({ path: 'arms[1].schedule.fractions', message: 'expected a whole number ≥ 1, got -3', line: 12, column: 7 }, 's.yaml')).toBe(
      's.yaml:12:7: arms[1].schedule.fractions: expected a whole number ≥ 1, got -3',
    );
    expect(formatScenarioIssue({ path: '(file)', message: 'm' })).toBe('(file): m');
  });

  test('an alias to a missing anchor is a YAML error, not an exception', () => {
    const result = parseScenario('version: 1\nname: *nowhere\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('(file)');
  });

  test('at most maxReportedIssues (200) issues, then a count of the rest', () => {
    const dvh = Array.from({ length: 300 }, () => ({ dose: -1, volume: 1 / 300 }));
    const organAtRisk = { name: 'lung', dvh, td50: 24.5, m: 0.18, n: 0.87, alphaBeta: 3 };
    const text = JSON.stringify({ ...minimal, arms: [{ id: 'a', schedule: { fractions: 1, dose: 1 }, organAtRisk }] });
    const result = parseScenario(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(201);
    expect(result.issues[200]).toEqual({ path: '(file)', message: '100 more problems not shown' });
  });
});

describe('validateScenario(value)', () => {
  test('accepts plain data built in code and resolves it', () => {
    const result = validateScenario(minimal);
    expect(result.ok).toBe(true);
  });

  test('reports paths as key lists (no positions without text)', () => {
    expect(validateScenario({ ...minimal, patients: 0 })).toEqual({
      ok: false,
      issues: [{ path: ['patients'], message: 'expected a whole number from 1 to 1000000000, got 0' }],
    });
  });
});

// Robustness: untrusted files never crash the parser.
const wellFormed = (result: ScenarioParseResult): boolean =>
  result.ok || (result.issues.length > 0 && result.issues.every((issue) => issue.path.length > 0 && issue.message.length > 0));

describe('parseScenario never throws', () => {
  test('on arbitrary JSON values (as JSON and as YAML text): it parses or returns non-empty issues', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        expect(wellFormed(parseScenario(text, 'fuzz.json'))).toBe(true);
        expect(wellFormed(parseScenario(text))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(wellFormed(parseScenario(text, 'fuzz.yaml'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Replace, delete or add one member anywhere in a valid scenario: the commonest real mistakes.
  const paths: (readonly (string | number)[])[] = [];
  const collect = (value: unknown, path: readonly (string | number)[]): void => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => collect(item, [...path, index]));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) collect(item, [...path, key]);
  };
  collect(minimal, []);

  test('on mutations of a valid scenario (one member replaced by any JSON value, deleted, or a key added)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
          fc.record({ kind: fc.constant('delete' as const) }),
          fc.record({ kind: fc.constant('add' as const), key: fc.string({ maxLength: 12 }), value: fc.jsonValue({ maxDepth: 2 }) }),
        ),
        (path, mutation) => {
          const root: { value: unknown } = { value: structuredClone(minimal) };
          let parent: Record<string | number, unknown> = root;
          let key: string | number = 'value';
          for (const step of path) {
            parent = parent[key] as Record<string | number, unknown>;
            key = step;
          }
          if (mutation.kind === 'replace') parent[key] = mutation.value;
          else if (mutation.kind === 'delete') {
            if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
            else delete parent[key];
          } else {
            const target = parent[key];
            if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[mutation.key] = mutation.value;
          }
          const text = JSON.stringify(root.value) ?? '';
          const result = parseScenario(text, 'mutant.json');
          expect(wellFormed(result)).toBe(true);
          if (result.ok) expect(JSON.parse(JSON.stringify(result.scenario))).toEqual(result.scenario);
        },
      ),
      { numRuns: 300 },
    );
  });
});
