// @vitest-environment jsdom
import type { CompetingEventsOutcome, TrialResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { competingEventsPanel } from '../../packages/viz/src/runner/competingEventsPanel.js';
import { comparedPair, survivalComparison } from './survivalComparison.js';

const hostile = '<img src=x onerror=alert(1)>';
const group = { patients: 100, meanTcp: 0.6, meanTcpSe: 0.01, controlled: 60, controlRate: 0.6, controlCi95: [0.5, 0.69] as const,
  localControl: { year1: 0.7, year2: 0.6, year5: null }, tcpHistogram: { binWidth: 0.5, counts: [40, 60] }, localControlCurve: [1, 0.8, 0.6] };
/** 100 patients at 1 year: 10 recurrences first, 5 deaths first, LC death censored 10/95 lost (0.8947…). */
const competingEvents: CompetingEventsOutcome = {
  patients: 100, localRecurrencesFirst: 10, otherCauseDeathsFirst: 5, otherCauseDeathsAfterLocalRecurrence: 0,
  atTimes: [{ years: 1, localControl: 0.8947, localControlCi95: [0.81, 0.94] as const, localRecurrenceIncidence: 0.1, localRecurrenceIncidenceCi95: [0.055, 0.174] as const,
    otherCauseDeathIncidence: 0.05, otherCauseDeathIncidenceCi95: [0.022, 0.112] as const, localRecurrenceFreeSurvival: 0.85, localRecurrenceFreeSurvivalCi95: [0.767, 0.907] as const }],
  curves: { localControl: [0.8947], localRecurrenceIncidence: [0.1], otherCauseDeathIncidence: [0.05], localRecurrenceFreeSurvival: [0.85] },
};
const arm: TrialResults['arms'][number] = { ...group, id: 'a', name: hostile, fractions: 3, totalDose: 45, overallTime: 5, controlModel: 'clonogen', bySubtype: [], competingEvents };

function results(background: boolean, progression = false): TrialResults {
  return {
    rtsim: { version: '0.1.0', resultsFormat: 1, model: 1, library: { version: '1.0.0', hash: 'sha256:test' } },
    scenario: { name: 'events', hash: 'sha256:0' }, seed: 7, patients: 100, blockSize: 4096,
    followUp: { years: 1, binDays: 365.25, at: [1] },
    subtypes: [{ id: 'sts', name: 'Soft tissue sarcoma', weight: 1 }],
    arms: [arm], comparisons: [],
    ...(background ? { background: { lifeTable: 'us-ssa-2017', lifeTableName: hostile, periodYears: [2017, 2017] as const, femaleShare: 0.43 } } : {}),
    ...(progression ? { progression: { era: 2016, newMetastasisRatePerDay: 0.001, survivalMedianDays: 700, survivalSigma: 1 } } : {}),
  };
}

describe('competingEventsPanel(results)', () => {
  it('is undefined without background mortality', () => {
    expect(competingEventsPanel(results(false))).toBeUndefined();
  });

  it('with background: four charts, one row per arm and time in % with intervals, no comparison table without pairs, file text never markup', () => {
    const panel = competingEventsPanel(results(true));
    expect(panel?.querySelectorAll('figure svg').length).toBe(4);
    const cells = [...(panel?.querySelectorAll('.competing-events-table tbody tr > *') ?? [])].map((cell) => cell.textContent);
    // 100 × the values above, to 0.1 percentage point.
    expect(cells).toEqual(['a', '1', '89.5 [81.0, 94.0]', '10.0 [5.5, 17.4]', '5.0 [2.2, 11.2]', '85.0 [76.7, 90.7]']);
    expect(panel?.querySelector('.competing-events-comparison')).toBeNull();
    expect(panel?.querySelector('img')).toBeNull();
    expect(panel?.querySelector('.competing-events-table tbody th')?.getAttribute('title')).toBe(hostile);
  });

  it('names the competing death: other causes with background alone, any cause once sarcoma deaths (progression) count too', () => {
    const texts = (panel: HTMLElement | undefined): string[] => [
      panel?.querySelector('h4')?.textContent ?? '',
      ...[...(panel?.querySelectorAll('figure svg title') ?? [])].map((title) => title.textContent ?? ''),
      ...[...(panel?.querySelectorAll('.competing-events-table thead th') ?? [])].map((th) => th.textContent ?? ''),
    ];
    const backgroundOnly = texts(competingEventsPanel(results(true)));
    expect(backgroundOnly).toContain('Local recurrence and death from other causes');
    expect(backgroundOnly).toContain('Local-recurrence-free survival (local recurrence or death from other causes)');
    expect(backgroundOnly).toContain('CIF death, other causes (%)');
    const withSarcomaDeaths = texts(competingEventsPanel(results(true, true)));
    expect(withSarcomaDeaths).toContain('Local recurrence and death from any cause');
    expect(withSarcomaDeaths).toContain('Local-recurrence-free survival (local recurrence or death from any cause)');
    expect(withSarcomaDeaths).toContain('Cumulative incidence of death from any cause (before local recurrence)');
    expect(withSarcomaDeaths).toContain('CIF death, any cause (%)');
    expect(withSarcomaDeaths.join(' ')).not.toContain('other causes');
  });
});

describe('competingEventsPanel(results): paired differences at the follow-up times', () => {
  // One pair: LRFS a − b at 1 year +3.25 points [+1.00, +5.50]; CIF of local recurrence −2.00 [−3.50, −0.50].
  const survival = survivalComparison(0.8, [0.7, 0.9], 0.01, 500);
  const compared = (): TrialResults => comparedPair(results(true), {
    localRecurrenceFreeSurvival: { ...survival, atTimes: [{ years: 1, difference: 0.0325, differenceCi95: [0.01, 0.055] as const, eventInAOnly: 3, eventInBOnly: 6 }] },
    localControl: { ...survival, incidenceAtTimes: [{ years: 1, difference: -0.02, differenceCi95: [-0.035, -0.005] as const, eventInAOnly: 1, eventInBOnly: 3 }] },
  });

  it('shows the LRFS and CIF differences as the terminal and the report do, each table defining what it shows', () => {
    const panel = competingEventsPanel(compared());
    const rows = (selector: string): (string | null)[] => [...(panel?.querySelectorAll(`${selector} tbody tr > *`) ?? [])].map((cell) => cell.textContent);
    expect(rows('.competing-events-survival-differences')).toEqual(['a vs b', '+3.25 [+1.00, +5.50]']);
    expect(rows('.competing-events-incidence-differences')).toEqual(['a vs b', '-2.00 [-3.50, -0.50]']);
    expect(panel?.querySelector('.competing-events-survival-differences thead')?.textContent).toContain('LRFS Δ 1 y [95% CI] (points)');
    expect(panel?.querySelector('.competing-events-incidence-differences caption')?.textContent).toContain('LR: local recurrence before death (death from other causes competing)');
    // Without comparisons neither table.
    expect(competingEventsPanel(results(true))?.querySelector('.competing-events-survival-differences')).toBeNull();
  });
});
