// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lineChart } from '../../packages/sim/src/charts/lineChart.js';
import { localControlChart } from '../../packages/sim/src/charts/localControlChart.js';
import type { LineSeries } from '../../packages/sim/src/charts/lineChart.js';
import { powerOfTen } from '../../packages/sim/src/charts/powerOfTen.js';
import { seriesStyle } from '../../packages/sim/src/charts/seriesStyle.js';
import { normaliseSvg } from '../viz/normaliseSvg.js';

const base = { id: 'test', title: 'A title', x: { label: 'Dose (Gy)' }, y: { label: 'TCP' } } as const;

/** Parses the chart's SVG text as XML, failing the test when it is not well-formed. */
function parse(text: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document.documentElement as unknown as SVGSVGElement;
}

const rising = (shift: number): LineSeries['points'] => [[0, shift], [1, shift + 1]];

describe('lineChart(data, options)', () => {
  it('returns a standalone, labelled <svg> with one path per series', () => {
    const svg = parse(lineChart({ series: [{ label: 'a', points: [[0, 0], [1, 1]] }, { label: 'b', points: [[0, 1], [1, 0]] }] }, base));
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe('A title');
    expect(svg.querySelectorAll('path.series')).toHaveLength(2);
    expect(svg.getAttribute('viewBox')).toBe('0 0 540 360');
    const strokes = [...svg.querySelectorAll('path.series')].map((p) => p.getAttribute('stroke'));
    expect(strokes).toEqual(['#0072B2', '#D55E00']); // Okabe–Ito blue and vermillion
  });

  it('is named for assistive technology by its <title> and <desc>, and each line by its label', () => {
    const svg = parse(lineChart({ series: [{ label: 'arm A', points: rising(0) }] }, { ...base, description: 'What it shows.' }));
    expect(svg.getAttribute('aria-labelledby')).toBe('test-title test-desc');
    expect(svg.querySelector('#test-title')?.textContent).toBe('A title');
    expect(svg.querySelector('#test-desc')?.textContent).toBe('What it shows.');
    expect(svg.querySelector('path.series title')?.textContent).toBe('arm A');
  });

  it('writes the axis labels with their units', () => {
    const svg = parse(lineChart({ series: [{ label: '', points: [[0, 0], [2, 3]] }] }, base));
    expect([...svg.querySelectorAll('.axis-label')].map((t) => t.textContent)).toEqual(['Dose (Gy)', 'TCP']);
  });

  it('draws one series with the first style and a one-entry legend', () => {
    const svg = parse(lineChart({ series: [{ label: 'only', points: rising(0) }] }, base));
    const path = svg.querySelector('path.series');
    expect(path?.getAttribute('stroke')).toBe('#0072B2');
    expect(path?.hasAttribute('stroke-dasharray')).toBe(false); // solid
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual(['only']);
  });

  it('draws 16 series in 16 distinct strokes, each named in the legend, the legend wrapped into rows', () => {
    const series = Array.from({ length: 16 }, (_, i) => ({ label: `arm ${i + 1}`, points: rising(i) }));
    const svg = parse(lineChart({ series }, { ...base, height: 600 }));
    const paths = [...svg.querySelectorAll('path.series')];
    expect(paths).toHaveLength(16);
    const strokes = paths.map((p) => `${p.getAttribute('stroke')} ${p.getAttribute('stroke-dasharray') ?? ''}`);
    expect(new Set(strokes).size).toBe(16);
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual(series.map((s) => s.label));
    const legendSamples = [...svg.querySelectorAll('.legend line')].map((l) => `${l.getAttribute('stroke')} ${l.getAttribute('stroke-dasharray') ?? ''}`);
    expect(legendSamples).toEqual(strokes); // the legend shows each line's own stroke
    const rows = new Set([...svg.querySelectorAll('.legend-item')].map((g) => g.getAttribute('transform')?.split(',')[1]));
    expect(rows.size).toBeGreaterThan(1);
  });

  it('an explicit colour or dash wins over the series style', () => {
    const svg = parse(lineChart({ series: [{ label: 'x', points: rising(0), colour: '#123456', dash: '1 1' }] }, base));
    expect(svg.querySelector('path.series')?.getAttribute('stroke')).toBe('#123456');
    expect(svg.querySelector('path.series')?.getAttribute('stroke-dasharray')).toBe('1 1');
    expect(seriesStyle(0).colour).not.toBe('#123456');
  });

  it('breaks a line at non-finite points instead of drawing to NaN', () => {
    const svg = parse(lineChart({ series: [{ label: 'x', points: [[0, 0], [1, NaN], [2, 2], [3, 3]] }] }, base));
    const d = svg.querySelector('path.series')?.getAttribute('d') ?? '';
    expect(d).not.toMatch(/NaN/);
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('draws steps for a step series: only horizontal and vertical segments', () => {
    const svg = parse(lineChart({ series: [{ label: 's', points: [[0, 1], [1, 0.5], [2, 0.25]], step: true }] }, base));
    const d = svg.querySelector('path.series')?.getAttribute('d') ?? '';
    const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    for (let i = 1; i < points.length; i++) {
      const [x0, y0] = points[i - 1] ?? [0, 0];
      const [x1, y1] = points[i] ?? [0, 0];
      expect(x0 === x1 || y0 === y1).toBe(true);
    }
  });

  it('labels a decades axis with powers of ten', () => {
    const svg = parse(lineChart({ series: [{ label: '', points: [[0, 0], [10, -6]] }] }, { ...base, y: { label: 'Surviving fraction', scale: 'decades' } }));
    const ticks = [...svg.querySelectorAll('.axis.y .tick text')].map((t) => t.textContent);
    expect(ticks).toContain('1');
    expect(ticks).toContain('10⁻⁶');
  });

  it('keeps series labels as text, never markup', () => {
    const label = '<img src=x onerror=alert(1)>';
    const text = lineChart({ series: [{ label, points: [[0, 0], [1, 1]] }] }, base);
    const svg = parse(text);
    expect(svg.querySelector('img')).toBeNull();
    expect(text).not.toContain('<img');
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual([label]);
  });

  it('is pure: the same input gives the same SVG', () => {
    const data = { series: [{ label: 'a', points: [[0, 0], [1, 0.5]] as const }] };
    expect(lineChart(data, base)).toBe(lineChart(data, base));
  });

  it('matches its snapshot', async () => {
    const svg = parse(
      lineChart(
        {
          series: [{ label: 'curve', points: [[0, 0], [1, 0.25], [2, 0.7], [3, 0.95]] }],
          markers: [{ x: 2, y: 0.7, label: '70%' }],
          rules: [{ axis: 'x', value: 1.5, label: 'rule' }],
        },
        { ...base, y: { label: 'TCP (%)', domain: [0, 1] } },
      ),
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

describe('localControlChart(data) with many arms', () => {
  it('15 and 100 arms: every legend entry has its own colour and dash (issue 18)', () => {
    for (const arms of [15, 100]) {
      const series = Array.from({ length: arms }, (_, i) => ({ label: `arm-${i}`, curve: [1, 0.9 - i / 1000, 0.8 - i / 1000] }));
      const svg = parse(localControlChart({ binDays: 30, series }));
      const lines = [...svg.querySelectorAll('.legend line')];
      expect(lines, `${arms} arms`).toHaveLength(arms);
      const styles = lines.map((line) => `${line.getAttribute('stroke')}|${line.getAttribute('stroke-dasharray') ?? ''}`);
      expect(new Set(styles).size, `${arms} arms`).toBe(arms);
    }
  });
});
