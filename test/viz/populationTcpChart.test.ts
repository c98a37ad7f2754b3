// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { populationTcpChart } from '../../packages/viz/src/charts/populationTcpChart.js';
import { normaliseSvg } from './normaliseSvg.js';

// Input data: a steep and a shallow sigmoid.
const sigmoid = (d50: number, k: number) => Array.from({ length: 21 }, (_, i) => ({ totalDose: i * 5, tcp: i === 0 ? 0 : 1 / (1 + (d50 / (i * 5)) ** k) }));

describe('populationTcpChart(data, options)', () => {
  const data = { single: sigmoid(50, 12), population: sigmoid(55, 3), sigmaAlpha: 0.07, prescribedDose: 50 };

  it('draws the single-tumour and the population curve, σ_α in the legend', () => {
    const svg = populationTcpChart(data);
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual([
      'single tumour (Poisson, mean α)',
      'population (σ_α = 0.07 Gy⁻¹)',
    ]);
    expect(svg.querySelector('.rule text')?.textContent).toBe('50 Gy');
  });

  it('labels its axes with units', () => {
    const svg = populationTcpChart(data);
    expect([...svg.querySelectorAll('.axis-label')].map((t) => t.textContent)).toEqual(['Total dose (Gy)', 'TCP (%)']);
  });

  it('matches its snapshot', async () => {
    await expect(normaliseSvg(populationTcpChart(data))).toMatchFileSnapshot('./__snapshots__/populationTcpChart.svg');
  });
});
