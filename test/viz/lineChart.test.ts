// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lineChart, powerOfTen } from '../../packages/viz/src/charts/lineChart.js';
import { okabeIto } from '../../packages/viz/src/charts/palette.js';
import { normaliseSvg } from './normaliseSvg.js';

const base = { id: 'test', title: 'A title', x: { label: 'Dose (Gy)' }, y: { label: 'TCP' } } as const;

describe('lineChart(data, options)', () => {
  it('returns a standalone, labelled <svg> with one path per series', () => {
    const svg = lineChart(
      { series: [{ label: 'a', points: [[0, 0], [1, 1]] }, { label: 'b', points: [[0, 1], [1, 0]] }] },
      base,
    );
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe('A title');
    expect(svg.querySelectorAll('path.series')).toHaveLength(2);
    expect(svg.getAttribute('viewBox')).toBe('0 0 540 360');
    const strokes = [...svg.querySelectorAll('path.series')].map((p) => p.getAttribute('stroke'));
    expect(strokes).toEqual([okabeIto[0], okabeIto[1]]);
  });

  it('writes the axis labels with their units', () => {
    const svg = lineChart({ series: [{ label: '', points: [[0, 0], [2, 3]] }] }, base);
    const labels = [...svg.querySelectorAll('.axis-label')].map((t) => t.textContent);
    expect(labels).toEqual(['Dose (Gy)', 'TCP']);
  });

  it('breaks a line at non-finite points instead of drawing to NaN', () => {
    const svg = lineChart({ series: [{ label: 'x', points: [[0, 0], [1, NaN], [2, 2], [3, 3]] }] }, base);
    const d = svg.querySelector('path.series')?.getAttribute('d') ?? '';
    expect(d).not.toMatch(/NaN/);
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('labels a decades axis with powers of ten', () => {
    const svg = lineChart(
      { series: [{ label: '', points: [[0, 0], [10, -6]] }] },
      { ...base, y: { label: 'Surviving fraction', scale: 'decades' } },
    );
    const ticks = [...svg.querySelectorAll('.axis.y .tick text')].map((t) => t.textContent);
    expect(ticks).toContain('1');
    expect(ticks).toContain('10⁻⁶');
  });

  it('keeps series labels as text, never markup', () => {
    const label = '<img src=x onerror=alert(1)>';
    const svg = lineChart({ series: [{ label, points: [[0, 0], [1, 1]] }] }, base);
    expect(svg.querySelector('img')).toBeNull();
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual([label]);
  });

  it('is pure: the same input gives the same SVG', () => {
    const data = { series: [{ label: 'a', points: [[0, 0], [1, 0.5]] as const }] };
    expect(lineChart(data, base).outerHTML).toBe(lineChart(data, base).outerHTML);
  });

  it('matches its snapshot', async () => {
    const svg = lineChart(
      {
        series: [{ label: 'curve', points: [[0, 0], [1, 0.25], [2, 0.7], [3, 0.95]] }],
        markers: [{ x: 2, y: 0.7, label: '70%' }],
        rules: [{ axis: 'x', value: 1.5, label: 'rule' }],
      },
      { ...base, y: { label: 'TCP (%)', domain: [0, 1] } },
    );
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/lineChart.svg');
  });
});

describe('powerOfTen(k)', () => {
  it('writes superscript exponents', () => {
    expect(powerOfTen(0)).toBe('1');
    expect(powerOfTen(1)).toBe('10');
    expect(powerOfTen(-12)).toBe('10⁻¹²');
    expect(powerOfTen(9)).toBe('10⁹');
  });
});
