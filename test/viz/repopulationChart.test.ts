// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { repopulationChart } from '../../packages/viz/src/charts/repopulationChart.js';
import { normaliseSvg } from './normaliseSvg.js';

// Input data: ln 2·max(0, T − 21)/(0.3 · 10) Gy.
const loss = (t: number) => (Math.LN2 * Math.max(0, t - 21)) / 3;
const points = Array.from({ length: 71 }, (_, t) => ({ overallTime: t, bedLoss: loss(t) }));

describe('repopulationChart(data, options)', () => {
  it('labels overall time in days and BED lost in Gy, with the kick-off rule', () => {
    const svg = repopulationChart({ points, kickoffTime: 21, current: { overallTime: 32, bedLoss: loss(32) } });
    expect([...svg.querySelectorAll('.axis-label')].map((t) => t.textContent)).toEqual(['Overall treatment time (days)', 'BED lost (Gy)']);
    expect(svg.querySelector('.rule text')?.textContent).toBe('T_k = 21 d');
    // ln 2 · 11 / 3 = 2.54 Gy.
    expect(svg.querySelector('.marker text')?.textContent).toBe('T = 32 d: −2.5 Gy BED');
  });

  it('says "no BED lost" before the kick-off instead of a negative zero', () => {
    const svg = repopulationChart({ points, kickoffTime: 21, current: { overallTime: 4, bedLoss: 0 } });
    expect(svg.querySelector('.marker text')?.textContent).toBe('T = 4 d: no BED lost');
  });

  it('says repopulation is off when the switch is off, rather than a loss the BED read-out does not take', () => {
    const flat = points.map((p) => ({ ...p, bedLoss: 0 }));
    const svg = repopulationChart({ points: flat, kickoffTime: 21, current: { overallTime: 32, bedLoss: 0 }, off: true });
    expect(svg.querySelector('.marker text')?.textContent).toBe('T = 32 d: repopulation off, no BED lost');
  });

  it('matches its snapshot', async () => {
    const svg = repopulationChart({ points, kickoffTime: 21, current: { overallTime: 32, bedLoss: loss(32) } });
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/repopulationChart.svg');
  });
});
