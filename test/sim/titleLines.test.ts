// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tcpHistogramChart } from '../../packages/sim/src/charts/tcpHistogramChart.js';
import { titleLines } from '../../packages/sim/src/charts/titleLines.js';

describe('titleLines(title, widthPx, fontSizePx)', () => {
  it('keeps a title that fits on one line', () => {
    // 0.6 em · 10 px = 6 px a character: 100 px hold 16.
    expect(titleLines('fits in sixteen!', 100, 10)).toEqual(['fits in sixteen!']);
  });

  it('breaks at spaces so that every line fits, and loses no word', () => {
    const title = 'GARD 20 in 25 fractions (1.6-2.8 Gy per fraction)';
    const lines = titleLines(title, 100, 10);
    expect(lines).toEqual(['GARD 20 in 25', 'fractions', '(1.6-2.8 Gy per', 'fraction)']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
    expect(lines.join(' ')).toBe(title);
  });

  it('gives a word longer than the width a line of its own', () => {
    expect(titleLines('a supercalifragilistic b', 60, 10)).toEqual(['a', 'supercalifragilistic', 'b']);
  });
});

describe('tcpHistogramChart(data, { title }) with a long arm name', () => {
  const parse = (text: string): Document => new DOMParser().parseFromString(text, 'image/svg+xml');
  const data = { binWidth: 0.5, counts: [1, 3] };

  it('wraps the title inside the chart and grows by the extra lines; a short title stays one line beside the axis', () => {
    const title = 'GARD 20 in 25 fractions (1.6-2.8 Gy per fraction)';
    const svg = parse(tcpHistogramChart(data, { title })).documentElement;
    const lines = [...svg.querySelectorAll('text.chart-title')];
    expect(lines.length).toBe(2);
    expect(lines.map((line) => line.textContent).join(' ')).toBe(title);
    // Each line fits the 320 px chart from its 4 px start at 0.6 em of 11 px a character.
    for (const line of lines) expect(4 + (line.textContent ?? '').length * 11 * 0.6).toBeLessThanOrEqual(320);
    expect(svg.getAttribute('viewBox')).toBe('0 0 320 214'); // 200 px + one 14 px line
    expect(svg.querySelector('title')?.textContent).toBe(title); // the accessible title stays whole

    const short = parse(tcpHistogramChart(data, { title: '50 Gy / 25' })).documentElement;
    expect([...short.querySelectorAll('text.chart-title')].map((line) => [line.textContent, line.getAttribute('x')])).toEqual([['50 Gy / 25', '52']]);
    expect(short.getAttribute('viewBox')).toBe('0 0 320 200');
  });
});
