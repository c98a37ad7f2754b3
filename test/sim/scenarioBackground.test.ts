import { describe, expect, test } from 'vitest';
import { formatScenarioIssue, parseScenario, scenarioHash } from '@rtsim/sim';

const minimal = {
  version: 1,
  name: 'Minimal',
  references: ['assumed'],
  seed: 3,
  patients: 10,
  cohort: { volume: 10, subtypes: [{ ref: 'sts' }] },
  // background draws each patient's death at its age, a covariate of the local-control model
  arms: [{ id: 'a', localControl: 'residual-disease', schedule: { fractions: 25, dose: 2 } }],
  followUp: { years: 5 },
};

const parse = (background: unknown) => parseScenario(JSON.stringify({ ...minimal, background }), 'scenario.json');
const messages = (background: unknown): string[] => {
  const result = parse(background);
  return result.ok ? [] : result.issues.map((issue) => formatScenarioIssue(issue));
};

describe('scenario background: { lifeTable, sex }', () => {
  test("resolves sex as the share of women: 'female' 1, 'male' 0, { female: 0.45 } 0.45", () => {
    for (const [sex, share] of [['female', 1], ['male', 0], [{ female: 0.45 }, 0.45]] as const) {
      const result = parse({ lifeTable: 'us-ssa-2017', sex });
      if (!result.ok) throw new Error(result.issues.map((issue) => formatScenarioIssue(issue)).join('\n'));
      expect(result.scenario.background).toEqual({ lifeTable: 'us-ssa-2017', femaleShare: share });
    }
  });

  test('the German table resolves too', () => {
    const result = parse({ lifeTable: 'de-destatis-2022-2024', sex: 'male' });
    if (!result.ok) throw new Error(result.issues.map((issue) => formatScenarioIssue(issue)).join('\n'));
    expect(result.scenario.background).toEqual({ lifeTable: 'de-destatis-2022-2024', femaleShare: 0 });
  });

  test('an unknown table id is refused with the list of known ids, also for a prototype name', () => {
    for (const id of ['us-ssa-2020', 'constructor', '__proto__', 'toString']) {
      const found = messages({ lifeTable: id, sex: 'male' });
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('background.lifeTable');
      expect(found[0]).toContain("expected one of 'us-ssa-2017', 'de-destatis-2022-2024'");
      expect(found[0]).toContain(id);
    }
  });

  test('a sex other than female, male or a share from 0 to 1 is refused at its path, as are missing and unknown keys', () => {
    expect(messages({ lifeTable: 'us-ssa-2017', sex: 'other' }).join('\n')).toMatch(/background\.sex/);
    expect(messages({ lifeTable: 'us-ssa-2017', sex: { female: 1.2 } }).join('\n')).toMatch(/background\.sex/);
    expect(messages({ lifeTable: 'us-ssa-2017', sex: { male: 0.5 } }).join('\n')).toMatch(/background\.sex/);
    expect(messages({ lifeTable: 'us-ssa-2017' }).join('\n')).toMatch(/background.*sex/);
    expect(messages({ sex: 'male' }).join('\n')).toMatch(/background.*lifeTable/);
    expect(messages({ lifeTable: 'us-ssa-2017', sex: 'male', year: 2017 }).join('\n')).toMatch(/background.*year/);
  });

  test('a scenario without background resolves without the key, so its hash does not change', async () => {
    const without = parseScenario(JSON.stringify(minimal), 'scenario.json');
    const withBackground = parse({ lifeTable: 'us-ssa-2017', sex: 'female' });
    if (!without.ok || !withBackground.ok) throw new Error('does not parse');
    expect(Object.hasOwn(without.scenario, 'background')).toBe(false);
    expect(await scenarioHash(without.scenario)).not.toBe(await scenarioHash(withBackground.scenario));
    const rest = Object.fromEntries(Object.entries(withBackground.scenario).filter(([key]) => key !== 'background')) as typeof without.scenario;
    expect(await scenarioHash(rest)).toBe(await scenarioHash(without.scenario));
  });
});
