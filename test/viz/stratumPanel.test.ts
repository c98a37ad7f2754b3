// @vitest-environment jsdom
import type { ArmResult, StratumOutcome, TrialResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { stratumPanel } from '../../packages/viz/src/runner/stratumPanel.js';

// One arm, one G1 stratum of 40 patients, 30 controlled: control rate 75%; hand-made LC values, distinct at each time.
const stratum: StratumOutcome = {
  by: 'grade', stratum: 'G1', patients: 40, controlled: 30, controlRate: 0.75, controlCi95: [0.6, 0.86],
  localControl: { year1: 0.9, year2: 0.8, year5: null }, localControlCurve: [1, 0.95, 0.9],
  localControlAtTimes: [
    { years: 1, localControl: 0.93, localRecurrence: 0.07, localControlCi95: [0.8, 0.98] },
    { years: 3, localControl: null, localRecurrence: null, localControlCi95: null },
  ],
};
const group = { patients: 40, meanTcp: 0.75, meanTcpSe: 0.01, controlled: 30, controlRate: 0.75, controlCi95: [0.6, 0.86] as const,
  localControl: { year1: 0.9, year2: 0.8, year5: null }, tcpHistogram: { binWidth: 0.02, counts: [] }, localControlCurve: [1, 0.95, 0.9] };
const arm: ArmResult = { ...group, id: 'a', name: 'Arm A', fractions: 25, totalDose: 50, overallTime: 32, controlModel: 'residual-disease', bySubtype: [], byStratum: [stratum] };
const results: TrialResults = {
  rtsim: { version: '0.1.0', resultsFormat: 1, model: 1, library: { version: '1.0.0', hash: 'sha256:test' } },
  scenario: { name: 'strata', hash: 'sha256:0' }, seed: 1, patients: 40, blockSize: 4096,
  followUp: { years: 2, binDays: 7 }, subtypes: [], arms: [arm], comparisons: [],
};
const table = (r: TrialResults): { head: (string | null)[]; cells: (string | null)[] } => {
  const panel = stratumPanel(r);
  return {
    head: [...(panel?.querySelectorAll('.stratum-table thead th') ?? [])].map((c) => c.textContent),
    cells: [...(panel?.querySelectorAll('.stratum-table tbody tr > *') ?? [])].map((c) => c.textContent),
  };
};

describe('stratumPanel(results)', () => {
  it('without followUp.at: LC at 2 years (5 years lies beyond the 2-year follow-up), as the terminal', () => {
    const { head, cells } = table(results);
    expect(head.slice(3)).toEqual(['LC 2 y']);
    expect(cells.slice(3)).toEqual(['80.0%']);
  });

  it('with followUp.at: LC at those times with intervals, — beyond the horizon', () => {
    const { head, cells } = table({ ...results, followUp: { years: 2, binDays: 7, at: [1, 3] } });
    expect(head.slice(3)).toEqual(['LC 1 y (95% CI)', 'LC 3 y (95% CI)']);
    expect(cells.slice(3)).toEqual(['93.0% (80.0% to 98.0%)', '—']);
  });
});
