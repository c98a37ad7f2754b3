// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lineScale } from '../../packages/sim/src/charts/lineScale.js';
import { svgAxis } from '../../packages/sim/src/charts/svgAxis.js';

function parse(markup: string): Element {
  const document = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document.documentElement;
}

/** A d3 linear scale from `domain` to `range` (px), as the charts build it. */
const scaleLinear = (domain: readonly [number, number], range: readonly [number, number]) => lineScale({ label: '', domain }, [], range).scale;

const labels = (axis: Element): (string | null)[] => [...axis.querySelectorAll('.tick-label')].map((t) => t.textContent);

describe('svgAxis(options)', () => {
  it('a bottom axis over 0–5 on 50–550 px has ticks 0, 1, …, 5 every 100 px, labels 9 px below the line', () => {
    const axis = parse(svgAxis({ scale: scaleLinear([0, 5], [50, 550]), orient: 'bottom', position: 200, label: 'Time (years)' }));
    expect(labels(axis)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect([...axis.querySelectorAll('.tick-label')].map((t) => Number(t.getAttribute('x')))).toEqual([50, 150, 250, 350, 450, 550]);
    expect(axis.querySelector('.tick-label')?.getAttribute('y')).toBe('209'); // 6 px tick + 3 px padding
    const domain = axis.querySelector('.domain');
    expect([domain?.getAttribute('x1'), domain?.getAttribute('x2'), domain?.getAttribute('y1')]).toEqual(['50', '550', '200']);
    expect(axis.querySelector('.axis-label')?.textContent).toBe('Time (years)');
  });

  it('a left axis over 0–1 with 5 ticks steps by 0.2 (d3 1–2–5 steps), labels to the left and formatted', () => {
    const axis = parse(svgAxis({ scale: scaleLinear([0, 1], [300, 0]), orient: 'left', position: 40, format: (v) => `${Math.round(v * 100)}`, label: 'Control (%)' }));
    expect(labels(axis)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect([...axis.querySelectorAll('.tick-label')].map((t) => Number(t.getAttribute('y')))).toEqual([300, 240, 180, 120, 60, 0]);
    expect(axis.querySelector('.tick-label')?.getAttribute('x')).toBe('31');
    expect(axis.querySelector('.tick-label')?.getAttribute('text-anchor')).toBe('end');
  });

  it('draws given tick values and grid lines across the plot', () => {
    const axis = parse(svgAxis({ scale: scaleLinear([0, 10], [100, 0]), orient: 'left', position: 0, tickValues: [0, 5, 10], label: 'y', grid: 250 }));
    expect(labels(axis)).toEqual(['0', '5', '10']);
    const grid = [...axis.querySelectorAll('.grid-line')];
    expect(grid.map((line) => [line.getAttribute('x2'), line.getAttribute('y1')])).toEqual([['250', '100'], ['250', '50'], ['250', '0']]);
  });

  it('escapes the title and labels (scenario text)', () => {
    const markup = svgAxis({ scale: scaleLinear([0, 1], [0, 100]), orient: 'right', position: 0, format: () => '<b>', label: '<script>' });
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<b>');
    expect(parse(markup).querySelector('.axis-label')?.textContent).toBe('<script>');
  });
});

describe('lineScale(axis, values, range)', () => {
  it('rounds the data extent 0.3–9.7 out to the nice domain 0–10 with ticks 0, 2, …, 10', () => {
    const { scale, ticks } = lineScale({ label: 'x' }, [0.3, 9.7, Number.NaN], [0, 100]);
    expect(scale.domain()).toEqual([0, 10]);
    expect(ticks).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('keeps a given domain as it is', () => {
    const { scale, ticks } = lineScale({ label: 'x', domain: [0.5, 3.5], ticks: 3 }, [], [0, 100]);
    expect(scale.domain()).toEqual([0.5, 3.5]);
    expect(ticks).toEqual([1, 2, 3]);
  });

  it('widens log₁₀ data −5.2 to −0.1 to whole decades −6 to 0, ticked every decade from the top, labelled 10ᵏ', () => {
    const { scale, ticks, format } = lineScale({ label: 'S', scale: 'decades' }, [-5.2, -0.1], [100, 0]);
    expect(scale.domain()).toEqual([-6, 0]);
    expect(ticks).toEqual([0, -1, -2, -3, -4, -5, -6]);
    expect(ticks.map((k) => format?.(k))).toEqual(['1', '10⁻¹', '10⁻²', '10⁻³', '10⁻⁴', '10⁻⁵', '10⁻⁶']);
  });

  it('ticks every second decade when 12 decades would crowd 6 ticks', () => {
    expect(lineScale({ label: 'S', scale: 'decades' }, [-12, 0], [100, 0]).ticks).toEqual([0, -2, -4, -6, -8, -10, -12]);
  });

  it('gives a one-unit-wide domain around a constant and 0–1 without data', () => {
    expect(lineScale({ label: 'x' }, [3, 3], [0, 100]).scale.domain()).toEqual([2, 4]);
    expect(lineScale({ label: 'x' }, [], [0, 100]).scale.domain()).toEqual([0, 1]);
  });
});
