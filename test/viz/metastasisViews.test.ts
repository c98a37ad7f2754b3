// @vitest-environment jsdom
import type { MetastasisEndpoints, TrialResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { metastasisPanel } from '../../packages/viz/src/runner/metastasisPanel.js';
import { metastasisTable } from '../../packages/viz/src/runner/metastasisTable.js';
import { metastasisComparisonTable } from '../../packages/viz/src/runner/metastasisComparisonTable.js';
import { comparedPair, survivalComparison } from './survivalComparison.js';

const hostile = '<img src=x onerror=alert(1)>';
const group = { patients: 100, meanTcp: 0.6, meanTcpSe: 0.01, controlled: 60, controlRate: 0.6, controlCi95: [0.5, 0.69] as const,
  localControl: { year1: 0.7, year2: 0.6, year5: null }, tcpHistogram: { binWidth: 0.5, counts: [40, 60] }, localControlCurve: [1, 0.8] };
/** 100 patients: at 1 year 20 metastases first, 8 sarcoma deaths, 2 other-cause deaths; 2 years beyond follow-up (null). */
const metastasis: MetastasisEndpoints = {
  metastasesFirst: 20, sarcomaDeaths: 8, otherCauseDeaths: 2,
  atTimes: [
    { years: 1, distantMetastasisFreeSurvival: 0.8, distantMetastasisFreeSurvivalCi95: [0.71, 0.866] as const, distantMetastasisFreeSurvivalSe: 0.04, metastasisIncidence: 0.2, metastasisIncidenceCi95: [0.133, 0.289] as const,
      diseaseSpecificSurvival: 0.9184, diseaseSpecificSurvivalCi95: [0.845, 0.958] as const, diseaseSpecificSurvivalSe: 0.0275,
      sarcomaDeathIncidence: 0.08, sarcomaDeathIncidenceCi95: [0.041, 0.150] as const, overallSurvival: 0.9, overallSurvivalCi95: [0.826, 0.945] as const },
    { years: 2, distantMetastasisFreeSurvival: null, distantMetastasisFreeSurvivalCi95: null, distantMetastasisFreeSurvivalSe: null, metastasisIncidence: null, metastasisIncidenceCi95: null,
      diseaseSpecificSurvival: null, diseaseSpecificSurvivalCi95: null, diseaseSpecificSurvivalSe: null, sarcomaDeathIncidence: null, sarcomaDeathIncidenceCi95: null, overallSurvival: null, overallSurvivalCi95: null },
  ],
  curves: { distantMetastasisFreeSurvival: [0.8], metastasisIncidence: [0.2], diseaseSpecificSurvival: [0.9184], overallSurvival: [0.9] },
};
const competingEvents = {
  patients: 100, localRecurrencesFirst: 10, otherCauseDeathsFirst: 5, otherCauseDeathsAfterLocalRecurrence: 0,
  curves: { localControl: [0.9], localRecurrenceIncidence: [0.1], otherCauseDeathIncidence: [0.05], localRecurrenceFreeSurvival: [0.85] },
  metastasis,
};
const arm: TrialResults['arms'][number] = { ...group, id: 'a', name: hostile, fractions: 3, totalDose: 45, overallTime: 5, controlModel: 'clonogen', bySubtype: [], competingEvents };

function results(withMetastasis: boolean): TrialResults {
  return {
    rtsim: { version: '0.1.0', resultsFormat: 1, model: 1, library: { version: '1.1.0', hash: 'sha256:test' } },
    scenario: { name: 'metastasis', hash: 'sha256:0' }, seed: 7, patients: 100, blockSize: 4096,
    followUp: { years: 1, binDays: 365.25, at: [1, 2] },
    subtypes: [{ id: 'sts', name: 'Soft tissue sarcoma', weight: 1 }],
    arms: [withMetastasis ? arm : { ...arm, competingEvents: undefined }], comparisons: [],
    ...(withMetastasis
      ? { metastasis: { era: 2004, interceptLogOdds: -1, logOddsRatio: [0, 0, 0, 0, 0, 0], detectionMedianDays: 400, detectionSigma: 1, survivalMedianDays: 473.3, survivalSigma: 1, recurrenceSeeding: 0.1 } }
      : {}),
  } as TrialResults;
}

describe('metastasisTable(results)', () => {
  it('is undefined without metastasis', () => {
    expect(metastasisTable(results(false))).toBeUndefined();
  });

  it('one row per arm and time: DMFS, DSS, OS in % with 95% intervals, — beyond follow-up, file text never markup', () => {
    const table = metastasisTable(results(true));
    const heads = [...(table?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent);
    expect(heads).toEqual(['Arm', 'Years', 'DMFS', 'DSS', 'OS']);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    // 100 × the values above, to 0.1 percentage point, trailing zeros kept (percentText).
    expect(rows).toEqual([
      ['1', '80.0% (71.0% to 86.6%)', '91.8% (84.5% to 95.8%)', '90.0% (82.6% to 94.5%)'],
      ['2', '—', '—', '—'],
    ]);
    expect(table?.querySelector('img')).toBeNull();
    expect(table?.querySelector('tbody th')?.textContent).toContain(hostile);
    // 473.3 days / 30.4375 days a month = 15.5497 months, 15.5 to one decimal.
    expect(table?.querySelector('caption')?.textContent).toContain('era 2004: median survival after metastasis 15.5 months');
  });
});

describe('metastasisComparisonTable(results)', () => {
  // HR 0.8 [0.6, 1.07] with p 0.13 and 1200 patients per arm; 1.2 [1.0, 1.44] with p 0.049; OS not compared.
  const compared = (): TrialResults => comparedPair(results(true), {
    distantMetastasisFreeSurvival: survivalComparison(0.8, [0.6, 1.07], 0.13, 1200),
    diseaseSpecificSurvival: survivalComparison(1.2, [1.0, 1.44], 0.049, 3000),
  });

  it('is undefined without metastasis or without a pair that carries it', () => {
    expect(metastasisComparisonTable(results(false))).toBeUndefined();
    expect(metastasisComparisonTable(results(true))).toBeUndefined();
  });

  it('one row per pair: HR [95% CI], log-rank p and trial patients for DMFS, DSS and OS, as the terminal and the report', () => {
    const table = metastasisComparisonTable(compared());
    const heads = [...(table?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent);
    expect(heads.slice(0, 4)).toEqual(['Comparison', 'DMFS HR [95% CI]', 'DMFS log-rank p', 'DMFS trial patients/arm']);
    expect(heads).toHaveLength(10);
    const cells = [...(table?.querySelectorAll('tbody tr td, tbody tr th') ?? [])].map((cell) => cell.textContent);
    expect(cells[0]).toBe('a vs b');
    expect(cells.slice(1, 4)).toEqual(['0.80 [0.60, 1.07]', '0.13', '1200']);
    expect(cells.slice(7)).toEqual(['—', '—', '—']); // OS not compared in this pair
    expect(table?.querySelector('caption')?.textContent).toContain('following everyone to 1 years needs to detect that hazard ratio');
  });
});

describe('metastasisPanel(results)', () => {
  it('is undefined without metastasis, and with it holds the DMFS and OS charts, one line per arm', () => {
    expect(metastasisPanel(results(false))).toBeUndefined();
    const panel = metastasisPanel(results(true));
    expect(panel?.querySelectorAll('figure svg').length).toBe(2);
    expect(panel?.querySelector('.metastasis-dmfs svg')?.textContent).toContain('Distant-metastasis-free survival');
    expect(panel?.querySelector('.metastasis-os svg')?.textContent).toContain('Overall survival');
  });
});
