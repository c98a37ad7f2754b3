// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sobolChart } from '../../packages/sim/src/charts/sobolChart.js';
import { tornadoChart } from '../../packages/sim/src/charts/tornadoChart.js';
import { uncertaintyIntervalChart } from '../../packages/sim/src/charts/uncertaintyIntervalChart.js';

const hostile = `<script>alert("x")</script> & 'quoted'`;

/** Parses SVG text as XML; fails the test when it is not well-formed. */
function parseSvg(text: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror').length).toBe(0);
  const root = document.documentElement as unknown as SVGSVGElement;
  expect(root.tagName).toBe('svg');
  return root;
}

const number = (element: Element | null | undefined, name: string): number => Number(element?.getAttribute(name));
const roundedNumbers = (svg: string): boolean => (svg.match(/="[^"]*"/g) ?? []).every((value) => !/\d\.\d{3,}/.test(value));

describe('tornadoChart(base, rows, options)', () => {
  const rows = [
    { label: 'alpha', range: '0.2 – 0.4', outputLow: 0.5, outputHigh: 0.9 },
    { label: 'kick-off', outputLow: 0.72, outputHigh: 0.68 },
  ];

  it('draws a low and a high bar per row from the base, lengths proportional to the output change (within 0.05 px)', () => {
    const text = tornadoChart(0.7, rows);
    const svg = parseSvg(text);
    const low = Array.from(svg.querySelectorAll('rect.bar.low'));
    const high = Array.from(svg.querySelectorAll('rect.bar.high'));
    expect(low).toHaveLength(2);
    expect(high).toHaveLength(2);
    const base = number(svg.querySelector('line.reference'), 'x1');
    // alpha's low bar ends left of the base (0.5 < 0.7), its high bar starts at the base.
    expect(number(low[0], 'x') + number(low[0], 'width')).toBeCloseTo(base, 1);
    expect(number(high[0], 'x')).toBeCloseTo(base, 1);
    const perUnit = number(high[0], 'width') / 0.2;
    expect(number(low[0], 'width')).toBeCloseTo(0.2 * perUnit, 1);
    expect(number(low[1], 'width')).toBeCloseTo(0.02 * perUnit, 1);
    expect(svg.querySelector('.row-range')?.textContent).toBe('0.2 – 0.4');
    expect(roundedNumbers(text)).toBe(true);
  });

  it('escapes labels and skips non-finite outputs', () => {
    const svg = parseSvg(tornadoChart(0.5, [{ label: hostile, outputLow: Number.NaN, outputHigh: 0.6 }], { title: hostile }));
    expect(svg.querySelector('.row-label')?.textContent).toBe(hostile);
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(1);
  });
});

describe('sobolChart(rows, options)', () => {
  it('draws S and S_T bars from 0 with interval lines, on a 0–1 axis widened for negative estimates', () => {
    const text = sobolChart([
      { label: 'alpha', first: 0.6, firstCi95: [0.5, 0.7], total: 0.8, totalCi95: [0.7, 0.9] },
      { label: hostile, first: -0.05, firstCi95: [-0.1, 0], total: 0.02, totalCi95: [0.01, 0.03] },
    ]);
    const svg = parseSvg(text);
    const first = Array.from(svg.querySelectorAll('rect.bar.first'));
    const total = Array.from(svg.querySelectorAll('rect.bar.total'));
    expect(first).toHaveLength(2);
    expect(total).toHaveLength(2);
    expect(number(total[0], 'width') / number(first[0], 'width')).toBeCloseTo(0.8 / 0.6, 2);
    const zero = number(svg.querySelector('line.reference'), 'x1');
    expect(number(first[1], 'x') + number(first[1], 'width')).toBeCloseTo(zero, 1); // a negative S extends left of 0
    expect(svg.querySelectorAll('line.interval')).toHaveLength(4);
    expect(number(svg.querySelector('.axis-bottom .domain'), 'x1')).toBeLessThan(zero - 10); // the axis starts below 0
    expect(svg.querySelectorAll('.row-label')[1]?.textContent).toBe(hostile);
    expect(roundedNumbers(text)).toBe(true);
  });
});

describe('uncertaintyIntervalChart(rows, options)', () => {
  it('draws the combined interval thin, the parameter interval thick and the nominal value as a dot', () => {
    const svg = parseSvg(
      uncertaintyIntervalChart(
        [{ label: 'a − b', nominal: -0.01, parameterInterval: [-0.03, 0.005], combinedInterval: [-0.035, 0.008] }],
        { zeroLine: true },
      ),
    );
    const combined = svg.querySelector('line.combined');
    const parameter = svg.querySelector('line.parameter');
    expect(number(parameter, 'stroke-width')).toBeGreaterThan(number(combined, 'stroke-width'));
    expect(number(combined, 'x1')).toBeLessThan(number(parameter, 'x1'));
    expect(number(combined, 'x2')).toBeGreaterThan(number(parameter, 'x2'));
    const dot = number(svg.querySelector('circle.nominal'), 'cx');
    expect(dot).toBeGreaterThan(number(parameter, 'x1'));
    expect(dot).toBeLessThan(number(svg.querySelector('line.reference'), 'x1'));
    expect(svg.querySelector('.row-value')?.textContent).toBe('-1.0 [-3.5, 0.8]');
  });
});
