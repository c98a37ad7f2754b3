// @vitest-environment jsdom
import type { ArmProgression, TrialResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { progressionPanel } from '../../packages/viz/src/runner/progressionPanel.js';
import { progressionTable } from '../../packages/viz/src/runner/progressionTable.js';
import { progressionStratumTable } from '../../packages/viz/src/runner/progressionStratumTable.js';

const hostile = '<img src=x onerror=alert(1)>';
const group = { patients: 100, meanTcp: 0.9, meanTcpSe: 0.01, controlled: 90, controlRate: 0.9, controlCi95: [0.83, 0.94] as const,
  localControl: { year1: 0.9, year2: 0.9, year5: null }, tcpHistogram: { binWidth: 0.5, counts: [10, 90] }, localControlCurve: [1, 0.9] };
/** 100 patients: at 1 year 40 progressions and 20 deaths; 2 years beyond follow-up (null). */
const progression: ArmProgression = {
  progressions: 40, deaths: 20,
  atTimes: [
    { years: 1, progressionFreeSurvival: 0.6, progressionFreeSurvivalCi95: [0.502, 0.691] as const, overallSurvival: 0.8, overallSurvivalCi95: [0.711, 0.866] as const },
    { years: 2, progressionFreeSurvival: null, progressionFreeSurvivalCi95: null, overallSurvival: null, overallSurvivalCi95: null },
  ],
  curves: { progressionFreeSurvival: [0.6], overallSurvival: [0.8] },
  byStratum: [
    {
      by: 'grade', stratum: 'G3', patients: 100, progressions: 40, deaths: 20, curves: { progressionFreeSurvival: [0.6], overallSurvival: [0.8] },
      atTimes: [{ years: 1, progressionFreeSurvival: 0.6, progressionFreeSurvivalCi95: [0.502, 0.691] as const, overallSurvival: 0.8, overallSurvivalCi95: [0.711, 0.866] as const }],
    },
    {
      by: 'lesions', stratum: '1', patients: 70, progressions: 21, deaths: 14, curves: { progressionFreeSurvival: [0.7], overallSurvival: [0.8] },
      atTimes: [{ years: 1, progressionFreeSurvival: 0.7, progressionFreeSurvivalCi95: [0.586, 0.793] as const, overallSurvival: 0.8, overallSurvivalCi95: [0.692, 0.877] as const }],
    },
    {
      by: 'lesions', stratum: '3', patients: 30, progressions: 19, deaths: 6, curves: { progressionFreeSurvival: [0.3667], overallSurvival: [0.8] },
      atTimes: [{ years: 1, progressionFreeSurvival: null, progressionFreeSurvivalCi95: null, overallSurvival: null, overallSurvivalCi95: null }],
    },
  ],
};
const arm: TrialResults['arms'][number] = { ...group, id: 'a', name: hostile, fractions: 3, totalDose: 45, overallTime: 5, controlModel: 'clonogen', bySubtype: [], progression };

function results(withProgression: boolean): TrialResults {
  return {
    rtsim: { version: '0.1.0', resultsFormat: 1, model: 1, library: { version: '1.1.0', hash: 'sha256:test' } },
    scenario: { name: 'progression', hash: 'sha256:0' }, seed: 7, patients: 100, blockSize: 4096,
    followUp: { years: 1, binDays: 365.25, at: [1, 2] },
    subtypes: [{ id: 'sts', name: 'Soft tissue sarcoma', weight: 1 }],
    arms: [withProgression ? arm : { ...arm, progression: undefined }], comparisons: [],
    ...(withProgression ? { progression: { era: 2016, newMetastasisRatePerDay: 0.000515, survivalMedianDays: 915.19, survivalSigma: 0.9853 } } : {}),
  } as TrialResults;
}

describe('progressionTable(results)', () => {
  it('is undefined without progression', () => {
    expect(progressionTable(results(false))).toBeUndefined();
  });

  it('one row per arm and time: PFS and OS in % with 95% intervals, — beyond follow-up, file text never markup', () => {
    const table = progressionTable(results(true));
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent)).toEqual(['Arm', 'Years', 'PFS', 'OS']);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['1', '60.0% (50.2% to 69.1%)', '80.0% (71.1% to 86.6%)'],
      ['2', '—', '—'],
    ]);
    expect(table?.querySelector('img')).toBeNull();
    expect(table?.querySelector('tbody th')?.textContent).toContain(hostile);
    // 915.19 d / 30.4375 d a month = 30.07 months; 365.25 × 0.000515 = 0.188 per year.
    expect(table?.querySelector('caption')?.textContent).toContain('era 2016: new metastases elsewhere at 0.188 per year, median time to death from sarcoma 30.1 months');
  });
});

describe('progressionStratumTable(results)', () => {
  it('is undefined without progression; with it one row per arm, stratum and time: label, patients, PFS and OS with intervals', () => {
    expect(progressionStratumTable(results(false))).toBeUndefined();
    const table = progressionStratumTable(results(true));
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent)).toEqual(['Arm', 'Stratum', 'Patients', 'Years', 'PFS', 'OS']);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Grade G3', '100', '1', '60.0% (50.2% to 69.1%)', '80.0% (71.1% to 86.6%)'],
      ['1 lesion', '70', '1', '70.0% (58.6% to 79.3%)', '80.0% (69.2% to 87.7%)'],
      ['3 lesions', '30', '1', '—', '—'],
    ]);
    expect(table?.querySelector('img')).toBeNull();
    expect(table?.querySelector('caption')?.textContent).toContain('the number of lesions the arm treats');
  });
});

describe('progressionPanel(results)', () => {
  it('is undefined without progression, and with it holds the PFS and OS charts', () => {
    expect(progressionPanel(results(false))).toBeUndefined();
    const panel = progressionPanel(results(true));
    expect(panel?.querySelectorAll('figure svg').length).toBe(2);
    expect(panel?.querySelector('.progression-pfs svg')?.textContent).toContain('Progression-free survival');
    expect(panel?.querySelector('.progression-os svg')?.textContent).toContain('Overall survival');
  });
});
