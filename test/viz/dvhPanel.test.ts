import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { maxDvhFileBytes } from '@rtsim/sim/dvh';
import { defaultTargetIndex } from '../../packages/viz/src/explorer/dvh/defaultTargetIndex.js';
import { dvhPanelViews } from '../../packages/viz/src/explorer/dvh/dvhPanelViews.js';
import type { LoadedStructure } from '../../packages/viz/src/explorer/dvh/dvhPanelViews.js';
import { loadDvhFile, maxDvhPageBytes } from '../../packages/viz/src/explorer/dvh/loadDvhFile.js';
import { libraryOrganModel, userLkbDefaults } from '../../packages/viz/src/explorer/dvh/organLkbParameters.js';
import { defaultState } from '../../packages/viz/src/explorer/parameters.js';

interface TcpPair { readonly single: number; readonly population: number }
interface PlanReference {
  readonly file: string;
  readonly dmean: number;
  readonly tcp: { readonly dvh: TcpPair; readonly prescription: TcpPair; readonly dmean: TcpPair };
  readonly ntcp: Readonly<Record<string, { readonly ntcp: number; readonly td50?: number; readonly m?: number; readonly n?: number; readonly alphaBeta?: number }>>;
}

// scripts/reference/dvh_explorer.py: numpy, its own parsing of the Eclipse files, brute-force integration over α.
const reference = JSON.parse(readFileSync(new URL('../fixtures/dvh-explorer.json', import.meta.url), 'utf8')) as { readonly thigh: PlanReference; readonly lung: PlanReference };

async function structures(path: string): Promise<readonly LoadedStructure[]> {
  const load = await loadDvhFile(path.split('/').pop() ?? path, readFileSync(new URL(`../../${path}`, import.meta.url)));
  if (!load.ok) throw new Error(load.messages.join('; '));
  return load.structures;
}

const named = (list: readonly LoadedStructure[], name: string): LoadedStructure => {
  const found = list.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no structure ${name}`);
  return found;
};

describe('dvhPanelViews(target, organs, state)', () => {
  test('the thigh plan at the explorer defaults (25 × 2 Gy, repopulation on): TCPs and a user-set NTCP match the numpy reference', async () => {
    const plan = await structures(reference.thigh.file);
    const femur = reference.thigh.ntcp['Femur_R'];
    if (femur?.td50 === undefined || femur.m === undefined || femur.n === undefined || femur.alphaBeta === undefined) throw new Error('reference lacks Femur_R');
    const views = dvhPanelViews(named(plan, 'PTV'), [{ structure: named(plan, 'Femur_R'), parameters: { td50: femur.td50, m: femur.m, n: femur.n, alphaBeta: femur.alphaBeta } }], defaultState);
    expect(views.tcp.map((row) => row.key)).toEqual(['dvh', 'prescription', 'dmean']);
    for (const row of views.tcp) {
      const expected = reference.thigh.tcp[row.key];
      expect(Math.abs(row.single - expected.single), `${row.key} single`).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(row.population - expected.population), `${row.key} population`).toBeLessThanOrEqual(1e-6);
    }
    expect(views.tcp[2]?.totalDose).toBeCloseTo(reference.thigh.dmean, 9);
    expect(Math.abs((views.ntcp[0]?.ntcp ?? Number.NaN) - femur.ntcp)).toBeLessThanOrEqual(1e-9);
    expect(views.warnings).toEqual([]);
  });

  test('the lung SBRT plan in 3 × 18 Gy: the library pneumonitis NTCP of Lung-GTV matches the numpy reference', async () => {
    const plan = await structures(reference.lung.file);
    const lung = libraryOrganModel('Lung-GTV');
    if (lung === undefined) throw new Error('Lung-GTV should match the library');
    const state = { ...defaultState, reference: { fractions: 3, dose: 18, spacing: 'everyDays' as const, every: 2 } };
    const views = dvhPanelViews(named(plan, 'PTV'), [{ structure: named(plan, 'Lung-GTV'), parameters: lung.parameters }], state);
    expect(Math.abs((views.ntcp[0]?.ntcp ?? Number.NaN) - (reference.lung.ntcp['Lung-GTV']?.ntcp ?? Number.NaN))).toBeLessThanOrEqual(1e-9);
    expect(Math.abs((views.tcp[0]?.population ?? Number.NaN) - reference.lung.tcp.dvh.population)).toBeLessThanOrEqual(1e-6);
    // D50 59.4 Gy is within 10 % of 54 Gy (the plan is prescribed to the PTV edge); against the default 25 × 2 Gy
    // = 50 Gy it is not, and the panel says how the plan is read.
    expect(views.warnings).toEqual([]);
    const mismatched = dvhPanelViews(named(plan, 'PTV'), [], defaultState);
    expect(mismatched.warnings.join(' ')).toMatch(/median dose D50 \(59\.4 Gy\).*50\.0 Gy.*25 fractions/);
  });

  test('refuses parameters out of the domain with a message, and scores nothing without organs', async () => {
    const plan = await structures(reference.thigh.file);
    const views = dvhPanelViews(undefined, [{ structure: named(plan, 'Femur_R'), parameters: { ...userLkbDefaults, td50: Number.NaN } }], defaultState);
    expect(views.tcp).toEqual([]);
    expect(views.ntcp[0]?.ntcp).toBeNaN();
    expect(views.warnings).toEqual(['Femur_R: TD50, m, n and α/β must be positive numbers.']);
  });
});

describe('loadDvhFile(fileName, bytes)', () => {
  test('names the line of each problem of a malformed file, as rtsim dvh does', async () => {
    const load = await loadDvhFile('bad-non-monotone.txt', readFileSync(new URL('../fixtures/dvh/bad-non-monotone.txt', import.meta.url)));
    expect(load).toEqual({ ok: false, fileName: 'bad-non-monotone.txt', messages: ["line 28: structure 'Bladder': cumulative volume rises from 60 to 70; a cumulative DVH never increases with dose (is the file differential?)"] });
  });

  test('reads the DICOM RT Dose fixture from its bytes', async () => {
    const load = await loadDvhFile('rtdose-dvh.dcm', readFileSync(new URL('../fixtures/dvh/rtdose-dvh.dcm', import.meta.url)));
    expect(load.ok && load.format).toBe('dicom');
    expect(load.ok && load.structures.length).toBeGreaterThan(0);
  });

  test('the page refuses files above the limit of rtsim dvh', () => {
    expect(maxDvhPageBytes).toBe(maxDvhFileBytes);
  });
});

describe('defaultTargetIndex(names) and libraryOrganModel(name)', () => {
  test('the first PTV/CTV/GTV/ITV-named structure is the target; Lung-GTV is an organ', () => {
    expect(defaultTargetIndex(['Lung-GTV', 'PTV'])).toBe(1);
    expect(defaultTargetIndex(['Femur_R', 'ctv_high'])).toBe(1);
    expect(defaultTargetIndex(['Femur_R', 'Bladder'])).toBe(0);
  });

  test('a lung structure takes the library pneumonitis fit (Seppenwoolde 2003: TD50 30.8 Gy, m 0.37, n 1; α/β 3 Gy); others none', () => {
    expect(libraryOrganModel('Lungs-ITV')?.parameters).toEqual({ td50: 30.8, m: 0.37, n: 1, alphaBeta: 3 });
    expect(libraryOrganModel('Femur_R')).toBeUndefined();
  });
});
