// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { localControlTimeChart } from '../../packages/viz/src/charts/localControlTimeChart.js';

// Two hand-made curves: LC falls linearly from 100% to 60% (selected) and to 30% over 10 years.
const line = (end: number) => Array.from({ length: 11 }, (_, years) => ({ years, localControl: 1 - ((1 - end) * years) / 10 }));

describe('localControlTimeChart(data)', () => {
  const svg = localControlTimeChart({ curves: [{ label: 'R0 wide', points: line(0.6), selected: true }, { label: 'R1 unplanned', points: line(0.3), selected: false }] });
  const text = svg.textContent ?? '';

  it('draws one line per curve with units on both axes', () => {
    expect(svg.querySelectorAll('path.series')).toHaveLength(2);
    expect(text).toContain('Years after the end of treatment (y)');
    expect(text).toContain('Local control (%)');
  });

  it('names the selected curve in the legend and marks it at 2, 5 and 10 years with its values', () => {
    expect(text).toContain('R0 wide (this patient)');
    expect(text).toContain('R1 unplanned');
    // 1 − 0.04·t: 92% at 2 y, 80% at 5 y, 60% at 10 y.
    for (const label of ['92%', '80%', '60%']) expect(text).toContain(label);
  });

  it('starts the y axis at a multiple of 10% below the lowest curve (here 20%)', () => {
    const ticks = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    // x ticks are 0–10 years, so '20' and '40' can only be y ticks (%)
    expect(ticks).toContain('20');
    expect(ticks).toContain('40');
    const low = localControlTimeChart({ curves: [{ label: 'R2', points: line(0.04), selected: true }] });
    expect([...low.querySelectorAll('text')].map((t) => t.textContent)).toContain('4%');
  });
});
