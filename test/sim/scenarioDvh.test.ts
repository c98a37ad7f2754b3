// Plans from a planning system in scenarios (issue 16, `dvh:`): resolution from files, errors naming the scenario path,
// and the engine's TCP over a target DVH's bins (Webb & Nahum 1993), checked against hand calculations.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import { parseDvhFile } from '../../packages/sim/src/dvh/parseDvhFile.js';
import type { DvhFiles } from '../../packages/sim/src/scenario/DvhFiles.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { scenarioHash } from '../../packages/sim/src/scenario/scenarioHash.js';
import { validateScenario } from '../../packages/sim/src/scenario/validateScenario.js';
import { arm, fixedParameters, scenario, subtype } from './cohortScenario.js';

/** An Eclipse cumulative export of one or more structures: rows of [dose Gy, volume] in the given unit. */
function eclipse(structures: readonly { name: string; rows: readonly [number, number][] }[], unit: 'cm³' | '%'): string {
  const column = unit === '%' ? 'Ratio of Total Structure Volume [%]' : 'Structure Volume [cm³]';
  return [
    'Patient Name         : Phantom',
    'Type                 : Cumulative Dose Volume Histogram',
    '',
    ...structures.flatMap(({ name, rows }) => [
      `Structure: ${name}`,
      ...(unit === 'cm³' ? [`Volume [cm³]: ${rows[0]?.[1]}`] : []),
      '',
      `  Dose [Gy]   Relative dose [%] ${column}`,
      ...rows.map(([dose, volume]) => `  ${dose}  ${(dose / 0.5).toFixed(1)}  ${volume}`),
      '',
    ]),
  ].join('\n');
}

const files = (entries: Record<string, string | readonly string[]>): DvhFiles =>
  new Map(
    Object.entries(entries).map(([key, texts]) => [
      key,
      { files: (typeof texts === 'string' ? [texts] : texts).map((text, i) => ({ name: `plan-${i}.txt`, parsed: parseDvhFile(new TextEncoder().encode(text), 'plan') })) },
    ]),
  );

function input(armFields: Record<string, unknown>): unknown {
  return {
    version: 1,
    name: 'dvh',
    references: ['test'],
    seed: 7,
    patients: 100,
    cohort: { alpha: 0.3, alphaBeta: 3, doublingTime: 10, kickoffTime: 20, clonogenDensity: 1e7, volume: 10, subtypes: [{ id: 'x', parameters: {} }] },
    arms: [{ id: 'a', schedule: { fractions: 25, dose: 2, perWeek: 5 }, ...armFields }],
    followUp: { years: 5 },
  };
}

describe('dvh: files in scenarios (resolution)', () => {
  const twoBins = eclipse([{ name: 'PTV', rows: [[0, 100], [40, 100], [60, 50]] }, { name: 'Lung', rows: [[0, 100], [10, 20], [20, 0]] }], '%');

  it('a target file resolves to its structure as relative bins at the bin midpoints (ΔV/V: 40–60 Gy half, tail at 60 Gy half)', () => {
    const result = validateScenario(input({ dvh: { file: 'p.txt', structure: 'PTV' } }), files({ 'file:p.txt': twoBins }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Cumulative 100, 100, 50 % at 0, 40, 60 Gy: bins [0, 40) 0, [40, 60) 50 %, and the tail at 60 Gy 50 %.
    expect(result.scenario.arms[0]?.dvh).toEqual({ structure: 'PTV', plans: [[{ dose: 50, volume: 0.5 }, { dose: 60, volume: 0.5 }]] });
  });

  it('the volume unit does not matter: cm³ and % of the same DVH resolve to the same scenario hash', async () => {
    const cm3 = eclipse([{ name: 'PTV', rows: [[0, 30], [40, 30], [60, 15]] }], 'cm³');
    const percent = eclipse([{ name: 'PTV', rows: [[0, 100], [40, 100], [60, 50]] }], '%');
    const a = validateScenario(input({ dvh: { file: 'p.txt', structure: 'PTV' } }), files({ 'file:p.txt': cm3 }));
    const b = validateScenario(input({ dvh: { file: 'p.txt', structure: 'PTV' } }), files({ 'file:p.txt': percent }));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(await scenarioHash(a.scenario)).toBe(await scenarioHash(b.scenario));
  });

  it('an organ file scores exactly as the same bins written inline (LKB NTCP, hash)', async () => {
    const organ = { name: 'lung', td50: 30.8, m: 0.37, n: 1, alphaBeta: 3 };
    const fromFile = validateScenario(input({ organAtRisk: { ...organ, dvh: { file: 'p.txt', structure: 'Lung' } } }), files({ 'file:p.txt': twoBins }));
    // Cumulative 100, 20, 0 % at 0, 10, 20 Gy: 80 % at 5 Gy, 20 % at 15 Gy.
    const inline = validateScenario(input({ organAtRisk: { ...organ, dvh: [{ dose: 5, volume: 0.8 }, { dose: 15, volume: 0.2 }] } }));
    expect(fromFile.ok && inline.ok).toBe(true);
    if (!fromFile.ok || !inline.ok) return;
    expect(await scenarioHash(fromFile.scenario)).toBe(await scenarioHash(inline.scenario));
  });

  it('a folder resolves to one plan per file, in the order given, and an organ folder to the mean NTCP of its plans', () => {
    const low = eclipse([{ name: 'Lung', rows: [[0, 100], [10, 0]] }], '%');
    const high = eclipse([{ name: 'Lung', rows: [[0, 100], [30, 0]] }], '%');
    const organ = { name: 'lung', td50: 30.8, m: 0.37, n: 1, alphaBeta: 3 };
    const result = validateScenario(input({ organAtRisk: { ...organ, dvh: { folder: 'plans', structure: 'Lung' } } }), files({ 'folder:plans': [low, high] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const resolved = result.scenario.arms[0]?.organAtRisk;
    expect(resolved?.plans).toEqual([[{ dose: 5, volume: 1 }], [{ dose: 15, volume: 1 }]]);
    // LKB with n = 1 on one bin: EQD2 = D(D/25 + 3)/5; NTCP = Φ((EQD2 − 30.8)/(0.37·30.8)). Φ from erfc below.
    const phi = (x: number): number => 0.5 * erfc(-x / Math.SQRT2);
    const ntcp = (dose: number): number => phi(((dose * (dose / 25 + 3)) / 5 - 30.8) / (0.37 * 30.8));
    expect(compilePlan(result.scenario).arms[0]?.toxicity?.ntcp).toBeCloseTo((ntcp(5) + ntcp(15)) / 2, 7); // the erfc fit's own error
  });
});

/** erfc by Numerical Recipes' Chebyshev fit (relative error < 1.2e-7), independent of the code under test. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

describe('dvh: errors name the scenario path, the file and the line', () => {
  const ok = eclipse([{ name: 'PTV', rows: [[0, 100], [50, 100]] }, { name: 'Rectum', rows: [[0, 100], [20, 0]] }], '%');
  const issues = (fields: Record<string, unknown>, dvhFiles?: DvhFiles): string[] => {
    const result = validateScenario(input(fields), dvhFiles);
    return result.ok ? [] : result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('a file the caller did not read, or could not read', () => {
    expect(issues({ dvh: { file: 'p.txt', structure: 'PTV' } })).toEqual([expect.stringMatching(/^arms\.0\.dvh\.file: p\.txt: not read/)]);
    const missing: DvhFiles = new Map([['file:p.txt', { error: 'cannot read: no such file or folder' }]]);
    expect(issues({ dvh: { file: 'p.txt', structure: 'PTV' } }, missing)).toEqual(['arms.0.dvh.file: p.txt: cannot read: no such file or folder']);
  });

  it('a structure not in the file, with the structures it has', () => {
    expect(issues({ dvh: { file: 'p.txt', structure: 'GTV' } }, files({ 'file:p.txt': ok }))).toEqual(["arms.0.dvh.structure: no structure 'GTV' in p.txt; it has: PTV, Rectum"]);
  });

  it('two structures of the requested name: refused, not the first taken (which DVH the plan means is unknown)', () => {
    const twice = eclipse([{ name: 'PTV', rows: [[0, 100], [50, 100]] }, { name: 'PTV', rows: [[0, 100], [20, 0]] }], '%');
    expect(issues({ dvh: { file: 'p.txt', structure: 'PTV' } }, files({ 'file:p.txt': twice }))).toEqual([
      "arms.0.dvh.structure: p.txt has 2 structures named 'PTV'; rename them in the planning system so that the name picks one DVH",
    ]);
  });

  it('a malformed file: the parser\'s line-named issue after the file name', () => {
    const broken = ok.replace('  50  100.0  100', '  50  100.0  -5');
    expect(issues({ dvh: { file: 'p.txt', structure: 'PTV' } }, files({ 'file:p.txt': broken }))).toEqual([expect.stringMatching(/^arms\.0\.dvh\.file: p\.txt: not a valid DVH file \(eclipse\): line \d+: /)]);
  });

  it('an empty folder, a file of a folder named with the folder', () => {
    expect(issues({ dvh: { folder: 'plans', structure: 'PTV' } }, files({ 'folder:plans': [] }))).toEqual(['arms.0.dvh.folder: plans: the folder holds no DVH files']);
    expect(issues({ dvh: { folder: 'plans/', structure: 'GTV' } }, files({ 'folder:plans/': [ok] }))).toEqual(["arms.0.dvh.structure: no structure 'GTV' in plans/plan-0.txt; it has: PTV, Rectum"]);
  });

  it('file and folder together, or neither; and a target DVH on a GARD-prescribed arm', () => {
    expect(issues({ dvh: { file: 'p.txt', folder: 'plans', structure: 'PTV' } })).toEqual(['arms.0.dvh.folder: give file or folder, not both']);
    expect(issues({ dvh: { structure: 'PTV' } })).toEqual(['arms.0.dvh: missing file: give file (one plan) or folder (a cohort of plans)']);
    const gard = issues({ schedule: { fractions: 25, gardTarget: 30, perWeek: 5 }, dvh: { file: 'p.txt', structure: 'PTV' } }, files({ 'file:p.txt': ok }));
    expect(gard).toContainEqual(expect.stringMatching(/^arms\.0\.dvh: not supported on a GARD-prescribed arm/));
  });
});

describe('the engine over a target DVH', () => {
  const one = (s: ResolvedScenario): ReturnType<typeof simulateBlock> => simulateBlock(compilePlan(s), 0);

  it('a uniform DVH (one bin at the total dose) gives exactly the results of the prescription', () => {
    const base = scenario({ patients: 500, subtypes: [subtype('x', fixedParameters({ alpha: { dist: 'normal', mean: 0.3, sd: 0.1, min: 0 } }))] });
    const withDvh: ResolvedScenario = { ...base, arms: [arm('conventional', { dvh: { structure: 'PTV', plans: [[{ dose: 50, volume: 1 }]] } })] };
    const a = one(base);
    const b = one(withDvh);
    expect(Array.from(b.sums)).toEqual(Array.from(a.sums));
    expect(Array.from(b.counts)).toEqual(Array.from(a.counts));
  });

  it('TCP of a 2-bin DVH by hand: exp(−N₀·(½e^{−18.4} + ½e^{−32.4})·2^{12/10})', () => {
    // α 0.3, β 0.1 (α/β 3), 25 × 2 Gy (days 0–32), bins 40 Gy (25 × 1.6 Gy) and 60 Gy (25 × 2.4 Gy), half the volume each:
    // ln S = −(0.3·40 + 0.1·40·1.6) = −18.4 and −(0.3·60 + 0.1·60·2.4) = −32.4; N₀ = 10⁷/cm³ × 10 cm³; repopulation
    // (ln 2/10 d)·(32 − 20 d).
    const expected = Math.exp(-1e8 * (0.5 * Math.exp(-18.4) + 0.5 * Math.exp(-32.4)) * 2 ** 1.2);
    const s = scenario({ arms: [arm('plan', { dvh: { structure: 'PTV', plans: [[{ dose: 40, volume: 0.5 }, { dose: 60, volume: 0.5 }]] } })] });
    const plan = compilePlan(s);
    const partial = simulateBlock(plan, 0);
    expect(partial.sums[plan.layout.armSums]).toBeCloseTo(expected, 12);
    expect(expected).toBeGreaterThan(0.01); // not a degenerate 0 or 1
    expect(expected).toBeLessThan(0.99);
  });

  it('a folder of plans: one plan per patient on its own stream, the same partials whatever the block order', () => {
    const plans = [[{ dose: 40, volume: 1 }], [{ dose: 60, volume: 1 }]];
    const s = scenario({ patients: 3 * 4096, seed: 11, arms: [arm('folder', { dvh: { structure: 'PTV', plans } }), arm('low', { dvh: { structure: 'PTV', plans: [plans[0] ?? []] } })] });
    const plan = compilePlan(s);
    const forward = [0, 1, 2].map((k) => Array.from(simulateBlock(plan, k).sums));
    const backward = [2, 1, 0].map((k) => Array.from(simulateBlock(compilePlan(s), k).sums)).reverse();
    expect(backward).toEqual(forward);
    // Fixed parameters: the 40 Gy plan gives every patient exp(−10⁸·e^{−18.4}·2^{1.2}), the 60 Gy plan ≈ 1. About half
    // the patients draw the 60 Gy plan (binomial SE of 12288 draws at ½ ≈ 0.0045; 4 SE × (1 − TCP₄₀) < 0.018).
    const mean = (offset: number): number => forward.map((sums) => sums[plan.layout.armSums + offset] ?? Number.NaN).reduce((x, y) => x + y, 0) / s.patients;
    const tcp40 = Math.exp(-1e8 * Math.exp(-18.4) * 2 ** 1.2);
    const tcp60 = Math.exp(-1e8 * Math.exp(-32.4) * 2 ** 1.2);
    expect(mean(2)).toBeCloseTo(tcp40, 12);
    expect(Math.abs(mean(0) - (tcp40 + tcp60) / 2)).toBeLessThan(0.018);
  });
});
