// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { survivalCurveChart } from '../../packages/viz/src/charts/survivalCurveChart.js';
import { normaliseSvg } from './normaliseSvg.js';

// Input data only (not an expectation): LQ with α = 0.3 /Gy, β = 0.075 /Gy², −ln S = αd + βd².
const lq = Array.from({ length: 11 }, (_, i) => ({ dose: i, logSurvival: -(0.3 * i + 0.075 * i * i) }));
const lqLinear = lq.map((p) => ({ dose: p.dose, logSurvival: p.dose <= 6 ? p.logSurvival : -(0.3 * 6 + 0.075 * 36 + (0.3 + 0.9) * (p.dose - 6)) }));

describe('survivalCurveChart(data, options)', () => {
  it('draws one line per curve, labelled in the legend', () => {
    const svg = survivalCurveChart({ curves: [{ label: 'LQ-L', points: lqLinear }, { label: 'LQ (for comparison)', points: lq }] });
    expect(svg.querySelectorAll('path.series')).toHaveLength(2);
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual(['LQ-L', 'LQ (for comparison)']);
  });

  it('puts dose per fraction in Gy on x and surviving fraction in decades on y', () => {
    const svg = survivalCurveChart({ curves: [{ label: 'LQ', points: lq }] });
    expect([...svg.querySelectorAll('.axis-label')].map((t) => t.textContent)).toEqual(['Dose per fraction (Gy)', 'Surviving fraction']);
    // −ln S(10 Gy) = 10.5, log₁₀ S = −4.56: the axis reaches down to 10⁻⁵.
    const ticks = [...svg.querySelectorAll('.axis.y .tick text')].map((t) => t.textContent);
    expect(ticks[0]).toBe('1');
    expect(ticks.at(-1)).toBe('10⁻⁵');
  });

  it('marks the current dose with its surviving fraction and the transition dose with a rule', () => {
    const svg = survivalCurveChart({ curves: [{ label: 'LQ-L', points: lqLinear }], current: { dose: 2, logSurvival: -0.9 }, transitionDose: 6 });
    expect(svg.querySelector('.marker text')?.textContent).toBe('2 Gy: S = 0.41');
    expect(svg.querySelector('.rule text')?.textContent).toBe('D_T = 6 Gy');
  });

  it('matches its snapshot', async () => {
    const svg = survivalCurveChart(
      { curves: [{ label: 'LQ-L', points: lqLinear }, { label: 'LQ (for comparison)', points: lq }], current: { dose: 2, logSurvival: -0.9 }, transitionDose: 6 },
      { width: 600, height: 340 },
    );
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/survivalCurveChart.svg');
  });
});
