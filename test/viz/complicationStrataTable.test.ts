// @vitest-environment jsdom
// The runner's complications by stratum (issue 16; docs/toxicity-model.md, "Engine wiring", By stratum): one row per
// arm and stratum of results.json's byStratum, from hand-written results; text from the results never becomes markup.
import type { TrialResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { complicationStrataTable } from '../../packages/viz/src/runner/complicationStrataTable.js';

const hostile = '<img src=x onerror=alert(1)>';
const rate = (endpoint: string, events: number, patients: number, low: number, high: number): object => ({ endpoint, patients, events, rate: events / patients, rateCi95: [low, high] });
const stratum = (by: string, name: string, patients: number): object => ({
  by,
  stratum: name,
  patients,
  endpoints: [rate('pneumonitis', 20, patients, 0.02, 0.04)],
  complicationFreeControl: rate('complicationFreeControl', patients / 2, patients, 0.45, 0.55),
});
const complications = (byStratum: object[]): object => ({
  timing: 'none',
  eqd2WoundGy: 0,
  eqd2LateGy: 0,
  endpoints: [rate('pneumonitis', 40, 2000, 0.015, 0.027)],
  complicationFreeControl: rate('complicationFreeControl', 1000, 2000, 0.48, 0.52),
  byStratum,
});
// Only the arms' names, ids and complications are read.
const results = (arms: object[]): TrialResults => ({ arms }) as unknown as TrialResults;

describe('runner: complications by stratum', () => {
  it('complicationStrataTable(results) has one row per arm and stratum: arm, dimension, stratum, patients, each rate with its interval', () => {
    const element = complicationStrataTable(
      results([
        { id: 'a', name: hostile, complications: complications([stratum('size', 'under-5cm', 1000), stratum('grade', 'G3', 500)]) },
        { id: 'b', name: 'B', complications: complications([stratum('site', hostile, 800)]) },
        { id: 'alone', name: 'Alone' },
      ]),
    );
    const rows = [...(element?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      [`${hostile}a`, 'size at treatment', 'under-5cm', '1000', '2.0% (2.0% to 4.0%)', '50.0% (45.0% to 55.0%)'],
      [`${hostile}a`, 'FNCLCC grade', 'G3', '500', '4.0% (2.0% to 4.0%)', '50.0% (45.0% to 55.0%)'],
      ['Bb', 'site', hostile, '800', '2.5% (2.0% to 4.0%)', '50.0% (45.0% to 55.0%)'],
    ]);
    const heads = [...(element?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent);
    expect(heads).toEqual(['Arm', 'By', 'Stratum', 'Patients', 'Pneumonitis ≥ G2', 'Complication-free LC']);
    expect(element?.querySelector('img')).toBeNull();
  });

  it('complicationStrataTable(results) is undefined for a run without complications by stratum', () => {
    expect(complicationStrataTable(results([{ id: 'a', name: 'A' }]))).toBeUndefined();
    expect(complicationStrataTable(results([{ id: 'a', name: 'A', complications: complications([]) }]))).toBeUndefined();
  });
});
