// @vitest-environment jsdom
import type { OuterSummary, TrialResults, UncertaintyResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { resultsView } from '../../packages/viz/src/runner/resultsView.js';

const hostile = '<img src=x onerror=alert(1)>';
const summary: OuterSummary = {
  nominal: 0.6, median: 0.61, parameterInterval: [0.5, 0.7], monteCarloSe: 0.01, combinedInterval: [0.49, 0.71], parameterShare: 0.9, draws: [0.55, 0.65],
};
const group = { patients: 100, meanTcp: 0.6, meanTcpSe: 0.01, controlled: 60, controlRate: 0.6, controlCi95: [0.5, 0.69] as const,
  localControl: { year1: 0.7, year2: 0.6, year5: null }, tcpHistogram: { binWidth: 0.5, counts: [40, 60] }, localControlCurve: [1, 0.8, 0.6] };
const arm = (id: string): TrialResults['arms'][number] => ({ ...group, id, name: id, fractions: 25, totalDose: 50, overallTime: 32, controlModel: 'clonogen', bySubtype: [] });
const parameter = (path: string, label: string): UncertaintyResults['parameters'][number] =>
  ({ path, label, distribution: { dist: 'normal', mean: 0.3, sd: 0.03 }, nominal: 0.3, draws: [0.28, 0.32] });

/** A finished two-level run of two arms; `correlations` as results.json records them (absent when independent). */
function twoLevelRun(correlations?: UncertaintyResults['correlations']): Parameters<typeof resultsView>[0] {
  const results: TrialResults = {
    rtsim: { version: '0.1.0', resultsFormat: 1, model: 1, library: { version: '1.0.0', hash: 'sha256:test' } },
    scenario: { name: 'correlated', hash: 'sha256:0' },
    seed: 7,
    patients: 100,
    blockSize: 4096,
    followUp: { years: 2, binDays: 7 },
    subtypes: [{ id: 'sts', name: 'Soft tissue sarcoma', weight: 1 }],
    arms: [arm('long'), arm('short')],
    comparisons: [],
    uncertainty: {
      draws: 2,
      seeding: 'common-random-numbers',
      parameters: [parameter('cohort.subtypes[sts].alpha.mean', hostile), parameter('cohort.subtypes[sts].alphaBeta.median', 'alpha/beta')],
      ...(correlations === undefined ? {} : { correlations }),
      arms: [{ id: 'long', controlRate: summary }, { id: 'short', controlRate: summary }],
      comparisons: [],
    },
  };
  return { results, json: '{}\n', csv: '', html: '<!doctype html>', endpointsCsv: '', elapsedMs: 1000 };
}

const explanation = (view: HTMLElement): string[] => [...view.querySelectorAll('#card-uncertainty-arms .explanation p')].map((p) => p.textContent);

describe('resultsView(run, fileStem) for a two-level run', () => {
  it('names the correlations the parameter sets were drawn with under the intervals, in the terminal’s words', () => {
    const view = resultsView(twoLevelRun([
      { between: ['cohort.subtypes[sts].alpha.mean', 'cohort.subtypes[sts].alphaBeta.median'], labels: [hostile, 'alpha/beta'], rho: -0.6 },
    ]), 'example');
    const paragraphs = explanation(view);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toBe(`Correlated (Gaussian copula, normal-score ρ): ${hostile} – alpha/beta −0.6.`);
  });

  it('adds no correlation line when the parameters are independent', () => {
    const paragraphs = explanation(resultsView(twoLevelRun(), 'example'));
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toMatch(/^2 parameter sets drawn from the scenario's uncertainty section/);
  });

  it('puts labels from the file in as text, never as markup', () => {
    const view = resultsView(twoLevelRun([{ between: ['a', 'b'], labels: [hostile, hostile], rho: 0.3 }]), 'example');
    expect(view.querySelector('img')).toBeNull();
    expect(explanation(view)[1]).toContain(`${hostile} – ${hostile} 0.3`);
  });
});

describe('resultsView(run, fileStem) for a two-level run with follow-up times', () => {
  it('adds a card of the endpoints at those times, one chart row per arm, endpoint and time, arm names as text', () => {
    const run = twoLevelRun();
    const uncertainty = run.results.uncertainty;
    if (uncertainty === undefined) throw new Error('the fixture is a two-level run');
    const atTimes = [{ years: 2, localControl: summary, metastasisIncidence: summary, overallSurvival: summary }, { years: 5, localControl: summary }];
    const withTimes = { ...run, results: { ...run.results, uncertainty: { ...uncertainty, arms: [{ id: hostile, controlRate: summary, atTimes }] } } };
    const view = resultsView(withTimes, 'example');
    const card = view.querySelector('#card-uncertainty-endpoints');
    expect(card?.querySelector('h2, h3')?.textContent).toBe('Endpoints at the follow-up times under parameter uncertainty');
    const labels = [...(card?.querySelectorAll('svg text') ?? [])].map((text) => text.textContent);
    for (const label of ['LC 2 y', 'metastasis 2 y', 'OS 2 y', 'LC 5 y']) expect(labels.some((text) => text?.endsWith(label))).toBe(true);
    expect(labels.some((text) => text?.endsWith('OS 5 y'))).toBe(false);
    expect(view.querySelector('img')).toBeNull();
    // Without follow-up times there is no such card.
    expect(resultsView(run, 'example').querySelector('#card-uncertainty-endpoints')).toBeNull();
  });
});

describe('resultsView(run, fileStem) for a two-level run with compared pairs and follow-up times', () => {
  it('adds a card of the paired differences at those times, one chart row per pair, endpoint and time', () => {
    const run = twoLevelRun();
    const uncertainty = run.results.uncertainty;
    if (uncertainty === undefined) throw new Error('the fixture is a two-level run');
    const pair = { a: 'long', b: hostile, controlRateDifference: summary, probabilityABetter: 0.5, probabilityABetterSe: 0.35 };
    const timed = { ...pair, atTimes: [{ years: 2, localControl: summary }, { years: 5, localControl: summary }] };
    const withPair = (comparison: UncertaintyResults['comparisons'][number]): Parameters<typeof resultsView>[0] => ({
      ...run,
      results: { ...run.results, comparisons: [], uncertainty: { ...uncertainty, comparisons: [comparison] } },
    });
    const view = resultsView(withPair(timed), 'example');
    const card = view.querySelector('#card-uncertainty-timed-differences');
    expect(card?.querySelector('h2, h3')?.textContent).toBe('Paired differences at the follow-up times under parameter uncertainty');
    const labels = [...(card?.querySelectorAll('svg text') ?? [])].map((text) => text.textContent);
    for (const label of ['LC 2 y', 'LC 5 y']) expect(labels.some((text) => text?.startsWith('long − ') && text.endsWith(label))).toBe(true);
    expect(view.querySelector('img')).toBeNull();
    // A pair without paired differences at times (no followUp.at) has no such card.
    expect(resultsView(withPair(pair), 'example').querySelector('#card-uncertainty-timed-differences')).toBeNull();
  });
});

describe('resultsView(run, fileStem) downloads', () => {
  it('offers the four files of rtsim run, endpoints.csv last, named by the stem', () => {
    const view = resultsView(twoLevelRun(), 'example');
    expect([...view.querySelectorAll('.downloads button')].map((button) => button.textContent)).toEqual(['results.json', 'arms.csv', 'report.html', 'endpoints.csv']);
  });
});
