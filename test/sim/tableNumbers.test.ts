// The shared number formats of the terminal, the report and the charts: fixed decimals (an estimate and its interval
// alike), never a negative zero, hazard ratios to two decimals. Expected texts written by hand.
import { describe, expect, it } from 'vitest';
import { formatFixed } from '../../packages/sim/src/charts/formatFixed.js';
import { formatPercent } from '../../packages/sim/src/charts/formatPercent.js';
import { formatSigned } from '../../packages/sim/src/charts/formatSigned.js';
import { forestPlot } from '../../packages/sim/src/charts/forestPlot.js';
import { uncertaintyIntervalChart } from '../../packages/sim/src/charts/uncertaintyIntervalChart.js';
import type { SurvivalComparison } from '../../packages/sim/src/cohort/TrialResults.js';
import { formatHazardRatio } from '../../packages/sim/src/report/formatHazardRatio.js';
import { formatSignedPoints } from '../../packages/sim/src/report/formatSignedPoints.js';
import { formatSignedPointsInterval } from '../../packages/sim/src/report/formatSignedPointsInterval.js';
import { survivalComparisonCells } from '../../packages/sim/src/report/survivalComparisonCells.js';

describe('formatFixed and formatSigned', () => {
  it('keep trailing zeros and never print a negative zero', () => {
    expect(formatFixed(55, 1)).toBe('55.0');
    expect(formatFixed(-0.04, 1)).toBe('0.0');
    expect(formatFixed(-0, 2)).toBe('0.00');
    expect(formatFixed(Number.NaN, 1)).toBe('—');
    expect(formatSigned(2, 1)).toBe('+2.0');
    expect(formatSigned(-7.66, 1)).toBe('-7.7');
    expect(formatSigned(0.04, 1)).toBe('0.0');
    expect(formatSigned(-0.04, 1)).toBe('0.0');
  });
  it('formatPercent and formatSignedPoints use them: no -0.0, no +0.00', () => {
    expect(formatPercent(-0.0004)).toBe('0.0');
    expect(formatSignedPoints(0.000001)).toBe('0.00');
    expect(formatSignedPoints(-0.0003)).toBe('-0.03');
    expect(formatSignedPoints(0.0325)).toBe('+3.25');
  });
});

describe('formatHazardRatio(hr, ci95)', () => {
  it('writes the estimate and both ends to two decimals', () => {
    expect(formatHazardRatio(1, [0.974, 1.03])).toBe('1.00 [0.97, 1.03]');
    expect(formatHazardRatio(0.98, [0.937, 1.02])).toBe('0.98 [0.94, 1.02]');
    expect(formatHazardRatio(0.884, [0.8551, 0.915])).toBe('0.88 [0.86, 0.92]');
  });
  it('takes three decimals when two would print equal ends', () => {
    expect(formatHazardRatio(0.219, [0.2162, 0.2224])).toBe('0.219 [0.216, 0.222]');
  });
  it('takes more decimals when the lower end would read 0', () => {
    expect(formatHazardRatio(0.004, [0.002, 0.008])).toBe('0.004 [0.002, 0.008]');
  });
  it('takes more decimals when an end would read 1.00 without being 1, so an interval that excludes no effect shows it', () => {
    expect(formatHazardRatio(0.978, [0.962, 0.9951])).toBe('0.978 [0.962, 0.995]');
    expect(formatHazardRatio(1.02, [1.003, 1.04])).toBe('1.020 [1.003, 1.040]');
    expect(formatHazardRatio(0.99, [0.9996, 1.04])).toBe('0.9900 [0.9996, 1.0400]');
  });
  it('writes — for what is not estimable', () => {
    expect(formatHazardRatio(Number.NaN, [Number.NaN, Number.NaN])).toBe('— [—, —]');
  });
});

describe('survivalComparisonCells(endpoint)', () => {
  it('gives ΔRMST and its interval the same decimal: +55.0 [+51.6, +58.5], +2.0 [+0.3, +23.7]', () => {
    const endpoint = (days: number, ci: readonly [number, number]): SurvivalComparison =>
      ({ hazardRatio: 0.62, hazardRatioCi95: [0.601, 0.638], logRankP: 0.0001, restrictedMeanDifferenceDays: days, restrictedMeanDifferenceCi95Days: ci }) as unknown as SurvivalComparison;
    expect(survivalComparisonCells(endpoint(55, [51.6, 58.5]))).toEqual(['0.62 [0.60, 0.64]', '<0.001', '+55.0 [+51.6, +58.5]']);
    expect(survivalComparisonCells(endpoint(2, [0.3, 23.7]))[2]).toBe('+2.0 [+0.3, +23.7]');
  });
});

describe('chart labels', () => {
  it('the uncertainty chart writes a value that rounds to zero as 0.0, not -0.0', () => {
    const svg = uncertaintyIntervalChart([{ label: 'a − b', nominal: -0.0002, parameterInterval: [-0.003, 0.002], combinedInterval: [-0.0004, 0.004] }], { zeroLine: true });
    expect(svg).toContain('0.0 [0.0, 0.4]');
    expect(svg).not.toMatch(/[-−]0\.0\b/);
  });
  it('the uncertainty chart, signed to 2 decimals, writes a difference as the table beside it does: -1.53 [-3.66, +0.15]', () => {
    const row = { label: 'a − b', nominal: -0.0153, parameterInterval: [-0.03, 0.001] as const, combinedInterval: [-0.0366, 0.0015] as const };
    const svg = uncertaintyIntervalChart([row], { zeroLine: true, decimals: 2, signed: true });
    expect(svg).toContain('-1.53 [-3.66, +0.15]');
    expect(svg).toContain(`${formatSignedPoints(row.nominal)} [${formatSignedPoints(row.combinedInterval[0])}, ${formatSignedPoints(row.combinedInterval[1])}]`);
  });
  it('the forest plot writes an estimate and interval as the comparison table does: +5.46 [+5.18, +5.74]', () => {
    const svg = forestPlot([{ label: 'a − b', estimate: 0.0546, lower: 0.0518, upper: 0.0574 }]);
    expect(svg).toContain('+5.46 [+5.18, +5.74]');
    expect(svg).toContain(formatSignedPointsInterval(0.0546, [0.0518, 0.0574]));
  });
  it('the forest plot signs its numbers only when they are not zero', () => {
    const svg = forestPlot([{ label: 'a − b', estimate: -0.00002, lower: -0.02, upper: 0.00003 }]);
    expect(svg).toContain('0.00 [-2.00, 0.00]');
  });
});
