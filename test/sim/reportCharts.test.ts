// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../packages/sim/src/charts/escapeXml.js';
import { forestPlot } from '../../packages/sim/src/charts/forestPlot.js';
import { formatPercent } from '../../packages/sim/src/charts/formatPercent.js';
import { formatPValue } from '../../packages/sim/src/report/formatPValue.js';
import { cumulativeIncidenceChart } from '../../packages/sim/src/charts/cumulativeIncidenceChart.js';
import { localControlChart } from '../../packages/sim/src/charts/localControlChart.js';
import { okabeIto } from '../../packages/sim/src/charts/okabeIto.js';
import { svgNumber } from '../../packages/sim/src/charts/svgNumber.js';
import { tcpHistogramChart } from '../../packages/sim/src/charts/tcpHistogramChart.js';

const hostile = `<script>alert("x")</script> & 'quoted'`;

/** Parses SVG text as XML; fails the test when it is not well-formed. */
function parseSvg(text: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror').length).toBe(0);
  const root = document.documentElement as unknown as SVGSVGElement;
  expect(root.tagName).toBe('svg');
  expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  return root;
}

/** Every number in attribute values has at most 2 decimals (coordinates are rounded). */
function roundedNumbers(svg: string): boolean {
  const attributes = svg.match(/="[^"]*"/g) ?? [];
  return attributes.every((value) => !/\d\.\d{3,}/.test(value));
}

const number = (element: Element | null | undefined, name: string): number => Number(element?.getAttribute(name));

describe('tcpHistogramChart(data, options)', () => {
  const data = { binWidth: 0.25, counts: [1, 0, 3, 4] };

  it('is well-formed SVG with one bar per non-empty bin and axes with units', () => {
    const text = tcpHistogramChart(data);
    const svg = parseSvg(text);
    expect(svg.querySelectorAll('rect.bar').length).toBe(3);
    const labels = Array.from(svg.querySelectorAll('.axis-label'), (label) => label.textContent);
    expect(labels).toEqual(['Tumour control probability (%)', 'Patients (%)']);
    expect(roundedNumbers(text)).toBe(true);
  });

  it('bar heights are proportional to the share of patients (within 0.02 px of rounding)', () => {
    const svg = parseSvg(tcpHistogramChart(data));
    const [first, third, fourth] = Array.from(svg.querySelectorAll('rect.bar'));
    const unit = number(first, 'height'); // 1 of 8 patients
    expect(number(third, 'height')).toBeCloseTo(3 * unit, 1);
    expect(number(fourth, 'height')).toBeCloseTo(4 * unit, 1);
    // Bins are placed along [0, 1]: the last bin ends where the x axis ends (0.5 px gap on each side).
    const domain = svg.querySelector('.axis-bottom .domain');
    expect(number(fourth, 'x') + number(fourth, 'width') + 0.5).toBeCloseTo(number(domain, 'x2'), 1);
  });

  it('a shared yMax puts two charts on one scale', () => {
    const tall = parseSvg(tcpHistogramChart({ binWidth: 0.5, counts: [1, 1] }, { yMax: 1 }));
    const short = parseSvg(tcpHistogramChart({ binWidth: 0.5, counts: [1, 3] }, { yMax: 1 }));
    expect(number(tall.querySelector('rect.bar'), 'height')).toBeCloseTo(2 * number(short.querySelector('rect.bar'), 'height'), 1);
  });

  it('escapes the title and colour and draws no bars without patients', () => {
    const text = tcpHistogramChart({ binWidth: 0.02, counts: [0, 0] }, { title: hostile, colour: '"/><script>' });
    expect(text).not.toContain('<script');
    const svg = parseSvg(text);
    expect(svg.querySelector('title')?.textContent).toBe(hostile);
    expect(svg.querySelectorAll('rect.bar').length).toBe(0);
  });
});

describe('localControlChart(data, options)', () => {
  const data = {
    binDays: 365.25,
    series: [
      { label: 'conventional', curve: [0.9, 0.8, 0.8] },
      { label: 'hypofractionated', curve: [0.95, 0.9, 0.85] },
      { label: hostile, curve: [1, Number.NaN, 1] },
    ],
  };

  it('draws one step path per series, starting at 100 % at time 0, and a legend entry per series', () => {
    const text = localControlChart(data);
    const svg = parseSvg(text);
    const paths = svg.querySelectorAll('path.series');
    expect(paths.length).toBe(3);
    for (const path of paths) {
      const d = path.getAttribute('d') ?? '';
      expect(d).toMatch(/^M[\d.]+,[\d.]+/);
      expect(d).not.toMatch(/NaN|undefined/);
      expect(d).toMatch(/^[MHVLZ\d.,\s-]+$/); // straight segments only (Z: a lone point after a gap): a step function
    }
    expect(svg.querySelectorAll('.legend text').length).toBe(3);
    expect(svg.querySelectorAll('.legend text')[2]?.textContent).toBe(hostile);
    expect(text).not.toContain('<script');
    expect(roundedNumbers(text)).toBe(true);
  });

  it('places the points on the axes: x in years, y in % of local control', () => {
    const svg = parseSvg(localControlChart({ binDays: 365.25, series: [{ label: 'a', curve: [0.5, 0.5] }] }));
    const bottom = svg.querySelector('.axis-bottom .domain');
    const left = svg.querySelector('.axis-left .domain');
    const x0 = number(bottom, 'x1');
    const x2 = number(bottom, 'x2');
    const y0 = number(left, 'y1'); // 0 %
    const y100 = number(left, 'y2'); // 100 %
    const d = svg.querySelector('path.series')?.getAttribute('d') ?? '';
    // Step after: start (0 y, 100 %), hold to 1 year, drop to 50 %, hold to 2 years.
    const coordinates = (d.match(/-?[\d.]+/g) ?? []).map(Number);
    expect(coordinates[0]).toBeCloseTo(x0, 1);
    expect(coordinates[1]).toBeCloseTo(y100, 1);
    expect(coordinates.at(-1)).toBeCloseTo((y0 + y100) / 2, 1);
    expect(Math.max(...coordinates.filter((_, i) => i % 2 === 0))).toBeLessThanOrEqual(x2 + 0.01);
    const labels = Array.from(svg.querySelectorAll('.axis-label'), (label) => label.textContent);
    expect(labels).toEqual(['Time since start of treatment (years)', 'Local control (%)']);
  });

  it('16 arms get 16 distinct strokes (arm 9 used to repeat arm 1: same colour, same dash)', () => {
    const many = { binDays: 365.25, series: Array.from({ length: 16 }, (_, i) => ({ label: `arm ${i}`, curve: [1 - i / 20] })) };
    const svg = parseSvg(localControlChart(many));
    const strokes = Array.from(svg.querySelectorAll('path.series'), (path) => `${path.getAttribute('stroke')} ${path.getAttribute('stroke-dasharray') ?? ''}`);
    expect(strokes).toHaveLength(16);
    expect(new Set(strokes).size).toBe(16);
  });

  it('series get distinct Okabe–Ito colours', () => {
    const svg = parseSvg(localControlChart(data));
    const colours = Array.from(svg.querySelectorAll('path.series'), (path) => path.getAttribute('stroke'));
    expect(colours).toEqual(okabeIto.slice(0, 3));
  });
});

describe('forestPlot(rows, options)', () => {
  const rows = [
    { label: 'a − b', estimate: 0.032, lower: 0.029, upper: 0.035 },
    { label: 'a − c', estimate: -0.01, lower: -0.02, upper: 0 },
    { label: hostile, estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN },
  ];

  it('draws an interval and an estimate for each finite row, a zero line, and the numbers in percentage points', () => {
    const text = forestPlot(rows);
    const svg = parseSvg(text);
    expect(svg.querySelectorAll('line.interval').length).toBe(2);
    expect(svg.querySelectorAll('rect.estimate').length).toBe(2);
    expect(svg.querySelectorAll('.row-label').length).toBe(3);
    const values = Array.from(svg.querySelectorAll('.row-value'), (value) => value.textContent);
    // Two decimals, as the tables print a difference in points (formatSignedPointsInterval).
    expect(values).toEqual(['+3.20 [+2.90, +3.50]', '-1.00 [-2.00, 0.00]', '— [—, —]']);
    expect(svg.querySelector('.axis-label')?.textContent).toBe('Difference in mean TCP (percentage points)');
    expect(text).not.toContain('<script');
    expect(roundedNumbers(text)).toBe(true);
  });

  it('the zero line sits between the negative and the positive estimate', () => {
    const svg = parseSvg(forestPlot(rows));
    const zero = number(svg.querySelector('line.reference'), 'x1');
    const [positive, negative] = Array.from(svg.querySelectorAll('rect.estimate'), (rect) => number(rect, 'x') + 5);
    expect(negative).toBeLessThan(zero);
    expect(positive).toBeGreaterThan(zero);
  });
});

describe('formatting helpers', () => {
  it('svgNumber rounds to 2 decimals, writes -0 as 0 and non-finite values as 0', () => {
    expect(svgNumber(1.23456)).toBe('1.23');
    expect(svgNumber(2.5, 0)).toBe('3');
    expect(svgNumber(-0.001)).toBe('0');
    expect(svgNumber(Number.NaN)).toBe('0');
    expect(svgNumber(10)).toBe('10');
  });

  it('escapeXml escapes markup and replaces characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('bell\u0007 and \uD800 lone')).toBe('bell\uFFFD and \uFFFD lone');
    expect(escapeXml('tab\tline\nok 😀')).toBe('tab\tline\nok 😀');
  });

  it('formatPercent and formatPValue write tables the way docs/cli.md describes', () => {
    expect(formatPercent(0.62345)).toBe('62.3');
    expect(formatPercent(-0.00001, 2)).toBe('0.00');
    expect(formatPercent(null)).toBe('—');
    expect(formatPValue(0.0412)).toBe('0.041');
    expect(formatPValue(0.0004)).toBe('<0.001');
    expect(formatPValue(0.999)).toBe('1.0');
    // Two significant digits as printed digits: 0.6953 is 0.70 (not 0.7 beside 0.75), 0.2 is 0.20, 0.00123 is 0.0012.
    expect(formatPValue(0.6953)).toBe('0.70');
    expect(formatPValue(0.75)).toBe('0.75');
    expect(formatPValue(0.2)).toBe('0.20');
    expect(formatPValue(0.00123)).toBe('0.0012');
    expect(formatPValue(0.001)).toBe('0.0010');
    expect(formatPValue(Number.NaN)).toBe('—');
  });

  it('okabeIto holds the eight distinct Okabe–Ito colours', () => {
    expect(new Set(okabeIto).size).toBe(8);
    expect(okabeIto).toEqual(expect.arrayContaining(['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000']));
  });
});

describe('cumulativeIncidenceChart(data, options)', () => {
  it('steps up from 0 % at time 0: x in years, y in % of cumulative incidence, one step path per series', () => {
    const svg = parseSvg(cumulativeIncidenceChart({ binDays: 365.25, series: [{ label: 'a', curve: [0.5, 0.5] }, { label: 'b', curve: [0.1, Number.NaN] }] }));
    expect(svg.querySelectorAll('path.series').length).toBe(2);
    const bottom = svg.querySelector('.axis-bottom .domain');
    const left = svg.querySelector('.axis-left .domain');
    const y0 = number(left, 'y1'); // 0 %
    const y100 = number(left, 'y2'); // 100 %
    const d = svg.querySelector('path.series')?.getAttribute('d') ?? '';
    expect(d).toMatch(/^[MHVLZ\d.,\s-]+$/);
    // Start (0 y, 0 %), hold to 1 year, rise to 50 %, hold to 2 years.
    const coordinates = (d.match(/-?[\d.]+/g) ?? []).map(Number);
    expect(coordinates[0]).toBeCloseTo(number(bottom, 'x1'), 1);
    expect(coordinates[1]).toBeCloseTo(y0, 1);
    expect(coordinates.at(-1)).toBeCloseTo((y0 + y100) / 2, 1);
    const labels = Array.from(svg.querySelectorAll('.axis-label'), (label) => label.textContent);
    expect(labels).toEqual(['Time since start of treatment (years)', 'Cumulative incidence (%)']);
  });

  it('yMax 0.2 puts 20 % at the top of the axis and draws higher values at it', () => {
    const svg = parseSvg(cumulativeIncidenceChart({ binDays: 365.25, series: [{ label: 'a', curve: [0.1, 0.4] }] }, { yMax: 0.2 }));
    const left = svg.querySelector('.axis-left .domain');
    const d = svg.querySelector('path.series')?.getAttribute('d') ?? '';
    const coordinates = (d.match(/-?[\d.]+/g) ?? []).map(Number);
    expect(coordinates.at(-1)).toBeCloseTo(number(left, 'y2'), 1);
    expect(Array.from(svg.querySelectorAll('.axis-left .tick text'), (tick) => tick.textContent)).toContain('20');
  });
});
