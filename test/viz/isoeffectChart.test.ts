// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isoeffectChart } from '../../packages/viz/src/charts/isoeffectChart.js';
import { normaliseSvg } from './normaliseSvg.js';

// Input data: LQ iso-effect for BED 75 Gy at α/β = 4 Gy, d = 2b/(1 + √(1 + 4b/(α/β))) with b = BED/n.
const iso = (bed: number, alphaBeta: number) => Array.from({ length: 30 }, (_, i) => {
  const n = i + 1;
  const b = bed / n;
  return { fractions: n, dosePerFraction: (2 * b) / (1 + Math.sqrt(1 + (4 * b) / alphaBeta)) };
});

describe('isoeffectChart(data, options)', () => {
  const data = {
    label: 'tumour, α/β = 4 Gy',
    points: iso(75, 4),
    comparison: { label: 'late normal tissue, α/β = 3 Gy', points: iso(83.33, 3) },
    reference: { fractions: 25, dosePerFraction: 2 },
    targetBed: 75,
  };

  it('draws the tumour curve and the late-tissue comparison', () => {
    const svg = isoeffectChart(data);
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual(['tumour, α/β = 4 Gy', 'late normal tissue, α/β = 3 Gy']);
  });

  it('labels its axes with units and names the reference schedule and its BED', () => {
    const svg = isoeffectChart(data);
    expect([...svg.querySelectorAll('.axis-label')].map((t) => t.textContent)).toEqual(['Number of fractions', 'Dose per fraction (Gy)']);
    expect(svg.querySelector('.marker text')?.textContent).toBe('25 × 2 Gy: BED 75 Gy');
  });

  it('matches its snapshot', async () => {
    await expect(normaliseSvg(isoeffectChart(data))).toMatchFileSnapshot('./__snapshots__/isoeffectChart.svg');
  });
});
