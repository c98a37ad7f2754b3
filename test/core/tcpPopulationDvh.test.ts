import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { differentialFromCumulative, doseVolumeBinsFromDifferential, dvhLogSurvival, logSurvival, schedule, tcpPopulation, tcpPopulationDvh } from '@rtsim/core';
import type { DoseVolumeBin, Schedule } from '@rtsim/core';
import { parseDvhFile } from '../../packages/sim/src/dvh/parseDvhFile.js';

interface CoreCase {
  readonly label: string;
  readonly plan?: 'thigh';
  readonly alphaMean: number;
  readonly alphaSd: number;
  readonly alphaBeta: number;
  readonly fractions: number;
  readonly clonogens: number;
  readonly transitionDose?: number;
  readonly tcpPopulation: number;
}

// scripts/reference/dvh_explorer.py: numpy, its own DVH parsing, 20,001-point Simpson over α.
const reference = JSON.parse(readFileSync(new URL('../fixtures/dvh-explorer.json', import.meta.url), 'utf8')) as { readonly core: readonly CoreCase[] };

/** The named structure of a DVH file as the engine's bins (midpoint doses, relative volumes). */
function structureBins(path: string, name: string): DoseVolumeBin[] {
  const parsed = parseDvhFile(readFileSync(new URL(`../../${path}`, import.meta.url)), 'plan');
  if (!parsed.ok) throw new Error(`${path}: ${parsed.issues.map((issue) => issue.message).join('; ')}`);
  const structure = parsed.structures.find((candidate) => candidate.name === name);
  if (structure === undefined) throw new Error(`${path}: no structure ${name}`);
  return doseVolumeBinsFromDifferential(differentialFromCumulative(structure.cumulative));
}

const lungPtv = structureBins('scenarios/dvh/plans/plan-a-small.txt', 'PTV');
const thighPtv = structureBins('test/fixtures/dvh/eclipse-cumulative-cgy.txt', 'PTV');
const sbrt = schedule({ fractions: 3, dose: 18, everyDays: 2 });
const conventional = schedule({ fractions: 25, dose: 2, perWeek: 5 });

describe('tcpPopulationDvh(bins, p)', () => {
  test('matches brute-force integration over α within 1e−6 on every reference case (1,000+ bins and 5 bins)', () => {
    for (const { label, plan, alphaMean, alphaSd, alphaBeta, clonogens, transitionDose, tcpPopulation: expected } of reference.core) {
      const thigh = plan === 'thigh';
      const value = tcpPopulationDvh(thigh ? thighPtv : lungPtv, {
        schedule: thigh ? conventional : sbrt,
        alphaMean, alphaSd, alphaBeta, clonogens,
        // The thigh case has repopulation on (T = 32 d, T_k 21 d, T_d 10 d); the 3-fraction course ends before T_k.
        ...(thigh ? { doublingTime: 10, kickoffTime: 21 } : {}),
        ...(transitionDose === undefined ? {} : { model: { model: 'lq-l' as const, transitionDose } }),
      });
      expect(Math.abs(value - expected), label).toBeLessThanOrEqual(1e-6);
    }
  });

  test('one bin at the course total dose is tcpPopulation of the course, for LQ, LQ-L and USC', () => {
    const p = { schedule: conventional, alphaMean: 0.3, alphaSd: 0.07, alphaBeta: 4, clonogens: 1e9, doublingTime: 10, kickoffTime: 21 };
    for (const model of [{ model: 'lq' as const }, { model: 'lq-l' as const, transitionDose: 1.5 }, { model: 'usc' as const, d0: 1.25 }]) {
      const uniform = tcpPopulation({ ...p, model });
      expect(uniform).toBeGreaterThan(0.3);
      expect(Math.abs(tcpPopulationDvh([{ dose: 50, volume: 1 }], { ...p, model }) - uniform), model.model).toBeLessThanOrEqual(1e-7);
    }
  });

  test('a cold spot lowers the TCP below the uniform prescription (the same mean dose)', () => {
    const p = { schedule: conventional, alphaMean: 0.3, alphaSd: 0.07, alphaBeta: 4, clonogens: 1e9 };
    const cold = tcpPopulationDvh([{ dose: 40, volume: 0.1 }, { dose: 51.11, volume: 0.9 }], p);
    expect(cold).toBeLessThan(tcpPopulation(p) - 0.1);
  });

  test('returns NaN for a course with no dose, no volume, a negative dose or only one of T_d and T_k', () => {
    const p = { schedule: conventional, alphaMean: 0.3, alphaSd: 0.07, alphaBeta: 4, clonogens: 1e9 };
    expect(tcpPopulationDvh([{ dose: 50, volume: 1 }], { ...p, schedule: [] })).toBeNaN();
    expect(tcpPopulationDvh([{ dose: 50, volume: 0 }], p)).toBeNaN();
    expect(tcpPopulationDvh([{ dose: -1, volume: 1 }], p)).toBeNaN();
    expect(tcpPopulationDvh([{ dose: 50, volume: 1 }], { ...p, doublingTime: 10 })).toBeNaN();
  });
});

describe('dvhLogSurvival(bins, s, cell, model)', () => {
  const course: Schedule = conventional;
  test('one bin at the total dose is logSurvival of the course, hypoxia and LQ-L included', () => {
    const cell = { alpha: 0.3, beta: 0.075, hypoxicFraction: 0.2, oer: 2.5, reoxygenation: 'none' as const };
    const model = { model: 'lq-l' as const, transitionDose: 1.5 };
    expect(dvhLogSurvival([{ dose: 50, volume: 3 }], course, cell, model)).toBeCloseTo(logSurvival(course, cell, model), 10);
  });

  test('is the log of the volume-weighted mean survival: two equal halves at 40 and 60 Gy', () => {
    const cell = { alpha: 0.3, beta: 0.075 };
    // −ln S per half: 25 fractions of 1.6 Gy: 25(0.48 + 0.192) = 16.8; of 2.4 Gy: 25(0.72 + 0.432) = 28.8.
    const expected = Math.log(0.5 * Math.exp(-16.8) + 0.5 * Math.exp(-28.8));
    expect(dvhLogSurvival([{ dose: 40, volume: 1 }, { dose: 60, volume: 1 }], course, cell)).toBeCloseTo(expected, 10);
  });

  test('returns NaN for no volume, a bad bin or a course with no dose', () => {
    const cell = { alpha: 0.3, beta: 0.075 };
    expect(dvhLogSurvival([], course, cell)).toBeNaN();
    expect(dvhLogSurvival([{ dose: Number.NaN, volume: 1 }], course, cell)).toBeNaN();
    expect(dvhLogSurvival([{ dose: 50, volume: 1 }], [], cell)).toBeNaN();
  });
});
