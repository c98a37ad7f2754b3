import { defaultOer, librarySubtype, surgeryDefaults } from '@rtsim/core';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { canonicalJson, parseScenario, resolveScenario, scenarioHash, validateScenario } from '@rtsim/sim';
import type { ResolvedScenario, ScenarioInput } from '@rtsim/sim';

const base: ScenarioInput = {
  version: 1,
  name: 'Resolve',
  references: ['test'],
  seed: 11,
  patients: 1000,
  cohort: {
    clonogenDensity: 5e6,
    volume: { dist: 'lognormal', median: 250, sigma: 0.9 },
    subtypes: [
      { ref: 'sts', weight: 1 },
      { ref: 'myxoid-liposarcoma', weight: 3, override: { alpha: { dist: 'normal', mean: 0.45, sd: 0.1, min: 0 }, diameter: 4 } },
      {
        id: 'custom',
        parameters: { alpha: 0.3, alphaBeta: 4, doublingTime: { dist: 'lognormal', median: 20, sigma: 0.4 }, kickoffTime: 21, clonogenDensity: 1e7 },
      },
    ],
  },
  arms: [
    { id: 'conventional', schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: { R0: 0.85, R1: 0.13, R2: 0.02 }, residualFraction: { R1: 1e-5 } } },
    {
      id: 'sbrt',
      name: 'SBRT',
      schedule: { fractions: 3, dose: 18, everyDays: 2 },
      survival: { model: 'lq-l', transitionDose: 6 },
      reoxygenation: 'none',
      doseModifyingFactor: 1.2,
      organAtRisk: { name: 'lung', dvh: [{ dose: 10, volume: 0.3 }, { dose: 20, volume: 0.7004 }], td50: 24.5, m: 0.18, n: 0.87, alphaBeta: 3 },
    },
  ],
  followUp: { years: 5 },
};

const resolved = resolveScenario(base);
const [sts, myxoid, custom] = resolved.subtypes;

describe('resolveScenario(input)', () => {
  test('a library subtype gets the library values (sts: α normal(0.232, 0.08) truncated at 0, α/β median 4.9 Gy)', () => {
    // α 0.232 Gy⁻¹ = SF2 0.52 with α/β 4.9 Gy, the median of 14 STS lines (Haas et al., Radiat Res 2021; sts-evidence.md §1a, §3c).
    expect(sts?.parameters.alpha).toEqual({ dist: 'normal', mean: 0.232, sd: 0.08, min: 0 });
    expect(sts?.parameters.alphaBeta).toEqual({ dist: 'lognormal', median: 4.9, sigma: 0.3 });
    expect(sts?.parameters.alpha).toEqual(librarySubtype('sts')?.parameters.alpha.value);
    expect(sts?.parameters.kickoffTime).toEqual(librarySubtype('sts')?.parameters.kickoffTime.value);
    expect(sts?.parameters.hypoxicFraction).toEqual(librarySubtype('sts')?.parameters.hypoxicFraction.value);
    expect(sts?.parameters.repairHalfTimeHours).toEqual(librarySubtype('sts')?.parameters.repairHalfTimeHours.value);
    expect(sts?.name).toBe(librarySubtype('sts')?.name);
  });

  test('an override wins over the cohort level, which wins over the library', () => {
    expect(myxoid?.parameters.alpha).toEqual({ dist: 'normal', mean: 0.45, sd: 0.1, min: 0 });
    // myxoid liposarcoma α/β is not overridden: the library value stays.
    expect(myxoid?.parameters.alphaBeta).toEqual(librarySubtype('myxoid-liposarcoma')?.parameters.alphaBeta.value);
    // clonogenDensity is set at cohort level: it replaces the library's default density for library subtypes.
    expect(sts?.parameters.clonogenDensity).toBe(5e6);
    expect(myxoid?.parameters.clonogenDensity).toBe(5e6);
    // the subtype's own diameter replaces the cohort volume as a whole
    expect(sts?.parameters.tumour).toEqual({ volume: { dist: 'lognormal', median: 250, sigma: 0.9 } });
    expect(myxoid?.parameters.tumour).toEqual({ diameter: 4 });
  });

  test('an inline subtype keeps its own values and gets the documented defaults', () => {
    expect(custom?.parameters).toEqual({
      alpha: 0.3,
      alphaBeta: 4,
      doublingTime: { dist: 'lognormal', median: 20, sigma: 0.4 },
      kickoffTime: 21,
      clonogenDensity: 1e7,
      tumour: { volume: { dist: 'lognormal', median: 250, sigma: 0.9 } },
      hypoxicFraction: 0,
      oer: { dist: 'triangular', min: 2, mode: 2.5, max: 3 },
      detectionVolume: { dist: 'fixed', value: 1 },
    });
    expect(custom?.parameters.oer).toEqual(defaultOer.value);
    expect(custom?.name).toBe('custom');
  });

  test('weights default to 1 and are normalised: 1, 3, 1 → 0.2, 0.6, 0.2', () => {
    expect(resolved.subtypes.map((s) => s.weight)).toEqual([0.2, 0.6, 0.2]);
  });

  test('arms get their defaults: name = id, LQ, reoxygenation full, DMF 1', () => {
    const [conventional, sbrt] = resolved.arms;
    expect(conventional).toMatchObject({ id: 'conventional', name: 'conventional', survival: { model: 'lq' }, reoxygenation: 'full', doseModifyingFactor: 1 });
    expect(sbrt).toMatchObject({ id: 'sbrt', name: 'SBRT', survival: { model: 'lq-l', transitionDose: 6 }, reoxygenation: 'none', doseModifyingFactor: 1.2 });
    expect(conventional?.schedule).toEqual({ fractions: 25, dose: 2, perWeek: 5 });
  });

  test('surgery residual fractions: the scenario value where given, the library surgeryDefaults elsewhere', () => {
    const surgery = resolved.arms[0]?.surgery;
    expect(surgery?.margins).toEqual({ R0: 0.85, R1: 0.13, R2: 0.02 });
    expect(surgery?.residualFraction.R1).toBe(1e-5);
    expect(surgery?.residualFraction.R0).toEqual(surgeryDefaults.residualFraction.R0.value);
    // surgeryDefaults: R2 median 10⁻³ (0.1% of the tumour left), lognormal σ 2.3
    expect(surgery?.residualFraction.R2).toEqual(surgeryDefaults.residualFraction.R2.value);
  });

  test('DVH volumes are renormalised to sum to 1', () => {
    const dvh = resolved.arms[1]?.organAtRisk?.dvh ?? [];
    expect(dvh.reduce((sum, bin) => sum + bin.volume, 0)).toBeCloseTo(1, 14);
    expect(dvh[0]?.volume).toBeCloseTo(0.3 / 1.0004, 14);
  });

  test('follow-up: firstVisitDays defaults to 90', () => {
    expect(resolved.followUp).toEqual({ years: 5, firstVisitDays: 90 });
  });

  test('the result is plain JSON and shares no objects with the library', () => {
    expect(JSON.parse(JSON.stringify(resolved))).toEqual(resolved);
    expect(sts?.parameters.alpha).not.toBe(librarySubtype('sts')?.parameters.alpha.value);
  });

  test('throws on input that skipped validation (unknown ref)', () => {
    const broken = { ...base, cohort: { ...base.cohort, subtypes: [{ ref: 'nope' }] } };
    expect(() => resolveScenario(broken)).toThrow(/unknown library subtype "nope"/);
  });
});

describe('scenarioHash(resolved)', () => {
  test('canonicalJson sorts keys and drops whitespace', () => {
    expect(canonicalJson({ b: [1, 2.5, 'x'], a: { d: null, c: true }, é: 'ü' })).toBe('{"a":{"c":true,"d":null},"b":[1,2.5,"x"],"é":"ü"}');
  });

  test('is sha256: + the hex SHA-256 of the canonical JSON (value from Python hashlib)', async () => {
    // python3: hashlib.sha256(json.dumps(o, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode()).hexdigest()
    const value = { b: [1, 2.5, 'x'], a: { d: null, c: true }, é: 'ü' } as unknown as ResolvedScenario;
    expect(await scenarioHash(value)).toBe('sha256:b3d123657c8e03423517fbc2f5f5307888cc1cdf62e4e0c61488a1b8ba11a268');
  });

  test('equals the OpenSSL SHA-256 on every bundled scenario, and needs no crypto.subtle (plain-http pages)', async () => {
    const directory = new URL('../../scenarios/', import.meta.url);
    const files = readdirSync(directory).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(5);
    // Without Web Crypto, as on a page served over plain http from a LAN address.
    vi.stubGlobal('crypto', undefined);
    try {
      for (const file of files) {
        const parsed = parseScenario(readFileSync(new URL(file, directory), 'utf8'));
        if (!parsed.ok) throw new Error(`${file} does not parse`);
        // The pinned library version is left out of the hash (scenarioHash's contract).
        const hashed = Object.fromEntries(Object.entries(parsed.scenario).filter(([key]) => key !== 'library'));
        const expected = createHash('sha256').update(canonicalJson(hashed), 'utf8').digest('hex');
        expect(await scenarioHash(parsed.scenario), file).toBe(`sha256:${expected}`);
      }
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('does not depend on key order, comments, format or spelled-out defaults; does depend on the seed', async () => {
    const yaml = parseScenario(
      '# comment\nversion: 1\nname: H\nreferences: []\nseed: 1\npatients: 5\ncohort: { volume: 9, subtypes: [{ ref: sts }] }\narms: [{ id: a, schedule: { fractions: 5, dose: 5 } }]\nfollowUp: { years: 2 }\n',
    );
    const json = parseScenario(
      JSON.stringify({
        followUp: { firstVisitDays: 90, years: 2 },
        arms: [{ schedule: { dose: 5, fractions: 5 }, id: 'a', survival: { model: 'lq' }, reoxygenation: 'full' }],
        cohort: { subtypes: [{ weight: 1, ref: 'sts' }], volume: 9 },
        patients: 5,
        seed: 1,
        references: [],
        name: 'H',
        version: 1,
      }),
    );
    if (!yaml.ok || !json.ok) throw new Error('does not parse');
    const hash = await scenarioHash(yaml.scenario);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await scenarioHash(json.scenario)).toBe(hash);
    const reseeded = validateScenario({ ...yaml.input, seed: 2 });
    if (!reseeded.ok) throw new Error('does not validate');
    expect(await scenarioHash(reseeded.scenario)).not.toBe(hash);
  });
});
