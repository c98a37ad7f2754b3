// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { calibrationChart } from '../../packages/sim/src/charts/calibrationChart.js';

describe('calibrationChart(points, options)', () => {
  const points = [
    { id: 'a', role: 'fit' as const, observed: 0.9, observedLower: 0.85, observedUpper: 0.94, predicted: 0.88, predictedLower: 0.86, predictedUpper: 0.9 },
    { id: '<b & c>', role: 'holdout' as const, observed: 0.45, observedLower: 0.36, observedUpper: 0.54, predicted: 0.41, predictedLower: 0.35, predictedUpper: 0.47 },
  ];

  it('draws one point per series with its observed and predicted intervals, on shared axes from 30% (the lowest value rounded down) to 100%', () => {
    const text = calibrationChart(points, { size: 400 });
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(svg.getElementsByTagName('parsererror').length).toBe(0);
    expect(svg.querySelectorAll('circle.point.fit').length).toBe(1);
    expect(svg.querySelectorAll('path.point.holdout').length).toBe(1);
    expect(svg.querySelectorAll('line.observed-interval').length).toBe(2);
    expect(svg.querySelectorAll('line.predicted-interval').length).toBe(2);
    // Axes from 30% (the lowest value, 0.35, rounded down to 0.1) to 100%: margins left 56, right 20 of 400 px.
    const fit = svg.querySelector('circle.point.fit');
    const x = (value: number): number => 56 + ((value - 30) / 70) * (400 - 56 - 20);
    expect(Number(fit?.getAttribute('cx'))).toBeCloseTo(x(88), 1);
    const interval = svg.querySelector('g.series[data-id="a"] line.observed-interval');
    expect(Number(interval?.getAttribute('x1'))).toBeCloseTo(x(88), 1);
    expect(text).toContain('&lt;b &amp; c&gt;');
    expect(text).not.toContain('<b & c>');
    const identity = svg.querySelector('line.identity');
    expect(identity?.getAttribute('stroke-dasharray')).toBe('4 3');
  });
});
