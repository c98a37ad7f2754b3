// @vitest-environment jsdom
import type { SensitivityResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { sensitivityView } from '../../packages/viz/src/runner/sensitivityView.js';

const hostile = '<img src=x onerror=alert(1)>';
const parameter = (label: string, path: string): SensitivityResults['parameters'][number] =>
  ({ label, path, distribution: { dist: 'uniform', min: 15, max: 30 }, nominal: 21, low: 15.375, high: 29.625 });
const results: SensitivityResults = {
  rtsim: { version: '0.1.0', sensitivityFormat: 1 },
  scenario: { name: hostile, hash: 'sha256:0' },
  seed: 7,
  patients: 300,
  output: { kind: 'difference', a: 'a', b: 'b', measure: 'control-rate', label: 'difference in control rate, a − b' },
  parameters: [parameter(hostile, 'cohort.subtypes[sts].kickoffTime.mode'), parameter('mean alpha', 'cohort.subtypes[sts].alpha.mean')],
  evaluations: 21,
  tornado: {
    base: -0.012,
    rows: [
      { label: 'mean alpha', path: 'cohort.subtypes[sts].alpha.mean', low: 15.375, high: 29.625, outputLow: -0.03, outputHigh: 0.004, swing: 0.034 },
      { label: hostile, path: 'cohort.subtypes[sts].kickoffTime.mode', low: 15.375, high: 29.625, outputLow: -0.012, outputHigh: -0.011, swing: 0.001 },
    ],
  },
  sobol: {
    samples: 4,
    resamples: 1000,
    mean: -0.01,
    variance: 0.0004,
    indices: [
      { label: hostile, path: 'cohort.subtypes[sts].kickoffTime.mode', first: 0.01, firstCi95: [-0.02, 0.04], total: 0.02, totalCi95: [0, 0.05] },
      { label: 'mean alpha', path: 'cohort.subtypes[sts].alpha.mean', first: Number.NaN, firstCi95: [Number.NaN, Number.NaN], total: 0.97, totalCi95: [0.9, 1.04] },
    ],
  },
};

describe('sensitivityView(run, fileStem)', () => {
  const view = sensitivityView({ results, json: '{}\n', html: '<!doctype html>' }, 'example');

  it('shows the tables in the report’s units: percentage points for a difference, indices to 3 decimals', () => {
    const tornado = [...view.querySelectorAll('.tornado-table tbody tr:first-child > *')].map((c) => c.textContent);
    expect(tornado).toEqual(['mean alpha', '-3.00', '0.40', '3.40']);
    const sobol = [...view.querySelectorAll('.sobol-table tbody tr:last-child > *')].map((c) => c.textContent);
    expect(sobol).toEqual(['mean alpha', '—', '— to —', '0.970', '0.900 to 1.040']);
    expect(view.querySelector('.sensitivity-parameters tbody td')?.textContent).toBe('uniform(15–30)');
  });

  it('draws the report’s tornado and Sobol charts, each named by its title and a description', () => {
    expect(view.querySelectorAll('#card-tornado svg rect.bar')).toHaveLength(4);
    expect(view.querySelectorAll('#card-sobol svg rect.bar.total')).toHaveLength(2);
    const svg = view.querySelector('#card-tornado svg');
    expect(svg?.getAttribute('aria-labelledby')).toBe('tornado-chart-title tornado-chart-desc');
    expect(svg?.querySelector('desc')?.textContent).toBe(`Base -1.20 percentage points. Swing by parameter, largest first (percentage points): mean alpha 3.40; ${hostile} 0.10.`);
  });

  it('puts names from the file in as text, never as markup', () => {
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('h2')?.textContent).toBe(`Sensitivity: ${hostile}`);
    expect(view.querySelector('.sobol-table tbody th')?.textContent).toBe(hostile);
  });
});

describe('sensitivityView of indices without intervals', () => {
  const card = (sobol: SensitivityResults['sobol']): string =>
    sensitivityView({ results: { ...results, sobol }, json: '{}\n', html: '<!doctype html>' }, 'example').querySelector('#card-sobol .explanation')?.textContent ?? '';

  it('says under the Sobol heading why the intervals are missing with 20 resamples (fewer than 41), as the report does', () => {
    const none = (row: SensitivityResults['sobol']['indices'][number]) => ({ ...row, firstCi95: [Number.NaN, Number.NaN] as const, totalCi95: [Number.NaN, Number.NaN] as const });
    expect(card({ ...results.sobol, resamples: 20, indices: results.sobol.indices.map(none) })).toContain(
      '95 % intervals not shown (—): 20 bootstrap resamples cannot give them; a percentile interval needs at least 41',
    );
    expect(card(results.sobol)).not.toContain('intervals not shown');
  });

  it('says why S and S_T are missing when the output did not vary', () => {
    expect(card({ ...results.sobol, variance: 0 })).toContain(`The output was the same at all ${results.evaluations} evaluations (variance 0)`);
  });
});
