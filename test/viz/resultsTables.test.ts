// @vitest-environment jsdom
import type { ArmResult, TrialResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { armsTable, comparisonsTable, localControlDifferencesTable, subtypeTable } from '../../packages/viz/src/runner/resultsTables.js';

const group = { patients: 100, meanTcp: 0.8123, meanTcpSe: 0.0123, controlled: 81, controlRate: 0.81, controlCi95: [0.7221, 0.8737] as const,
  localControl: { year1: 0.9, year2: 0.85, year5: null }, tcpHistogram: { binWidth: 0.02, counts: [] }, localControlCurve: [] };
const arm = (id: string, name: string, toxicity?: ArmResult['toxicity']): ArmResult => ({
  ...group, id, name, fractions: 25, totalDose: 50, overallTime: 32, controlModel: 'clonogen', bySubtype: [{ ...group, subtype: 'sts' }], ...(toxicity ? { toxicity } : {}),
});
const hostile = '<img src=x onerror=alert(1)>';
const results: TrialResults = {
  rtsim: { version: '0.1.0', resultsFormat: 1, model: 1, library: { version: '1.0.0', hash: 'sha256:test' } },
  scenario: { name: hostile, hash: 'sha256:0' },
  seed: 7,
  patients: 100,
  blockSize: 4096,
  followUp: { years: 2, binDays: 7 },
  subtypes: [{ id: 'sts', name: 'Soft tissue sarcoma', weight: 1 }],
  arms: [arm('a', hostile, { organ: 'skin', ntcp: 0.1234, uncomplicatedControl: 0.7 }), arm('b', 'Arm B')],
  comparisons: [{ a: 'a', b: 'b', meanTcpDifference: 0.0123, meanTcpDifferenceCi95: [0.001, 0.0236], discordant: { aOnly: 5, bOnly: 2 },
    mcnemarP: 0.00001, logRankP: 0.2345, trialPatientsPerArm: 1234, bySubtype: [] }],
};

describe('armsTable(results)', () => {
  it('shows mean TCP ± SE, the control rate with its Wilson interval, LC at 2 and 5 years within the follow-up', () => {
    const cells = [...armsTable(results).querySelectorAll('tbody tr:last-child > *')].map((c) => c.textContent);
    // A 2-year follow-up: LC at 2 years, no 5-year column (sim's fixedYearsShown, as the terminal and the report).
    // No organ at risk in arm b: NTCP and P+ are `—`, as the terminal and the report print a missing value.
    expect(cells).toEqual(['Arm Bb', '50 Gy / 25 fx, 32 d', '81.2% ± 1.23%', '81.0% (72.2% to 87.4%)', '85.0%', '—', '—']);
    expect([...armsTable(results).querySelectorAll('thead th')].map((c) => c.textContent)).not.toContain('LC 5 y');
  });

  it('with followUp.at shows LC at those times instead of 2 and 5 years, as the terminal and the report (— beyond the horizon)', () => {
    // LC 1 y 95%, 2 y 88%, 3 y beyond a 2-year horizon; the fixed 2-year value (85%) must not appear.
    const atTimes = [
      { years: 1, localControl: 0.95, localRecurrence: 0.05, localControlCi95: [0.9, 0.97] as const },
      { years: 2, localControl: 0.88, localRecurrence: 0.12, localControlCi95: [0.83, 0.92] as const },
      { years: 3, localControl: null, localRecurrence: null, localControlCi95: null },
    ];
    const timed: TrialResults = { ...results, followUp: { years: 2, binDays: 7, at: [1, 2, 3] }, arms: results.arms.map((a) => ({ ...a, localControlAtTimes: atTimes })) };
    const table = armsTable(timed);
    expect([...table.querySelectorAll('thead th')].map((c) => c.textContent)).toEqual(['Arm', 'Schedule', 'Mean TCP ± SE', 'Control rate (95% CI)', 'LC 1 y', 'LC 2 y', 'LC 3 y', 'NTCP', 'P+']);
    expect([...table.querySelectorAll('tbody tr:last-child td')].map((c) => c.textContent).slice(3, 6)).toEqual(['95.0%', '88.0%', '—']);
  });

  it('adds NTCP and uncomplicated control columns when an arm has an organ at risk', () => {
    const table = armsTable(results);
    expect([...table.querySelectorAll('thead th')].map((c) => c.textContent).slice(-2)).toEqual(['NTCP', 'P+']);
    const first = [...table.querySelectorAll('tbody tr:first-child > *')].map((c) => c.textContent);
    expect(first.slice(-2)).toEqual(['12.3%', '70.0%']);
  });

  it('puts names from the scenario file in as text, never as markup', () => {
    const table = armsTable(results);
    expect(table.querySelector('img')).toBeNull();
    expect(table.querySelector('tbody th')?.firstChild?.textContent).toBe(hostile);
  });
});

describe('comparisonsTable(results) and subtypeTable(results)', () => {
  it('lists the paired difference in percentage points, discordant pairs, p-values and trial size', () => {
    const cells = [...comparisonsTable(results).querySelectorAll('tbody td')].map((c) => c.textContent);
    expect(cells).toEqual(['1.23 pp (0.10 to 2.36)', '5 / 2', '< 0.0001', '0.2345', '1,234']);
  });

  it('gives the paired difference in LC at each follow-up time in a table of its own when the comparisons carry it (— beyond the horizon)', () => {
    const timed: TrialResults = {
      ...results,
      followUp: { years: 2, binDays: 7, at: [1, 2] },
      comparisons: results.comparisons.map((pair) => ({
        ...pair,
        localControlAtTimes: [
          { years: 1, difference: 0.05, differenceCi95: [0.0123, 0.0877] as const, eventInAOnly: 3, eventInBOnly: 8 },
          { years: 2, difference: null, differenceCi95: null, eventInAOnly: null, eventInBOnly: null },
        ],
      })),
    };
    const table = localControlDifferencesTable(timed);
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((c) => c.textContent)).toEqual(['Comparison', 'LC Δ 1 y (95% CI)', 'LC Δ 2 y (95% CI)']);
    expect([...(table?.querySelectorAll('tbody tr > *') ?? [])].map((c) => c.textContent)).toEqual([`${hostile} − Arm B`, '5.00 pp (1.23 to 8.77)', '—']);
    expect(table?.querySelector('img')).toBeNull();
    // Without follow-up times there is no such table, and the comparisons table keeps its six columns.
    expect(localControlDifferencesTable(results)).toBeUndefined();
    expect(comparisonsTable(timed).querySelectorAll('thead th')).toHaveLength(6);
  });

  it('gives each arm’s mean TCP within each subtype', () => {
    const cells = [...subtypeTable(results).querySelectorAll('tbody td')].map((c) => c.textContent);
    expect(cells).toEqual(['100%', '81.2% (n = 100)', '81.2% (n = 100)']);
  });
});
