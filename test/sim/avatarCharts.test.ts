// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { avatarAnalysis } from '../../packages/sim/src/avatar/avatarAnalysis.js';
import { avatarTumour } from '../../packages/sim/src/avatar/avatarTumour.js';
import { parseAvatarCsv } from '../../packages/sim/src/avatar/parseAvatarCsv.js';
import { parseScheduleList } from '../../packages/sim/src/avatar/parseScheduleList.js';
import { avatarJson } from '../../packages/sim/src/report/avatarJson.js';
import { avatarReportHtml } from '../../packages/sim/src/report/avatarReportHtml.js';
import { avatarSurvivalChart } from '../../packages/sim/src/charts/avatarSurvivalChart.js';
import { avatarTcpChart } from '../../packages/sim/src/charts/avatarTcpChart.js';

const hostile = `<script>alert("x")</script> & 'quoted'`;

function parseSvg(text: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror').length).toBe(0);
  const root = document.documentElement as unknown as SVGSVGElement;
  expect(root.tagName).toBe('svg');
  return root;
}
const number = (element: Element | null | undefined, name: string): number => Number(element?.getAttribute(name));

describe('avatarSurvivalChart(data, options)', () => {
  const curve = [0, 2, 4, 6].map((dose) => ({ dose, survivingFraction: Math.exp(-0.3 * dose), lower: Math.exp(-0.35 * dose), upper: Math.exp(-0.25 * dose) }));
  const points = [
    { dose: 2, survivingFraction: 0.55, sd: 0.05 },
    { dose: 4, survivingFraction: 0.3 },
    { dose: 6, survivingFraction: 0 }, // a flask without colonies
  ];

  it('draws the fit, its band, one marker per point and error bars only where an SD is known', () => {
    const svg = parseSvg(avatarSurvivalChart({ points, curve }));
    expect(svg.querySelectorAll('path.fit').length).toBe(1);
    expect(svg.querySelectorAll('path.band').length).toBe(1);
    expect(svg.querySelectorAll('circle.point').length).toBe(2);
    expect(svg.querySelectorAll('path.zero').length).toBe(1);
    expect(svg.querySelectorAll('line.error-bar').length).toBe(1);
  });

  it('y is log₁₀: one tick per decade from below the lowest value (e^{−1.8} = 0.165 → 10⁻¹) to 1, equally spaced', () => {
    const svg = parseSvg(avatarSurvivalChart({ points: points.slice(0, 2), curve }));
    const labels = Array.from(svg.querySelectorAll('.axis-left .tick-label'), (label) => label.textContent);
    expect(labels).toEqual(['10⁻¹', '1']);
    const deep = parseSvg(avatarSurvivalChart({ points: [{ dose: 8, survivingFraction: 2e-4 }], curve }));
    const ticks = Array.from(deep.querySelectorAll('.axis-left .tick-label'));
    expect(ticks.map((t) => t.textContent)).toEqual(['10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '1']);
    const ys = ticks.map((t) => number(t, 'y'));
    expect(ys[0] - ys[1]).toBeCloseTo(ys[3] - ys[4], 1);
    // A point at SF 10⁻² sits on the 10⁻² tick (within rounding).
    const onTick = parseSvg(avatarSurvivalChart({ points: [{ dose: 4, survivingFraction: 1e-2 }, { dose: 8, survivingFraction: 2e-4 }], curve }));
    const tick = Array.from(onTick.querySelectorAll('.axis-left .tick-label')).find((t) => t.textContent === '10⁻²');
    expect(number(onTick.querySelector('circle.point'), 'cy')).toBeCloseTo(number(tick, 'y'), 1);
  });

  it('escapes the title', () => {
    const text = avatarSurvivalChart({ points, curve }, { title: hostile });
    expect(text).not.toContain('<script');
    expect(parseSvg(text).querySelector('title')?.textContent).toBe(hostile);
  });
});

describe('avatarTcpChart(rows, options)', () => {
  it('one row per schedule, the first marked best, intervals from lower to upper on a 0–100 % axis', () => {
    const rows = [
      { label: '5x6', tcp: 0.8, lower: 0.6, upper: 0.9, probabilityBest: 0.7 },
      { label: hostile, tcp: 0.5, lower: 0.2, upper: 0.85, probabilityBest: 0.3 },
      { label: 'failed', tcp: Number.NaN, lower: Number.NaN, upper: Number.NaN, probabilityBest: Number.NaN },
    ];
    const text = avatarTcpChart(rows);
    expect(text).not.toContain('<script');
    const svg = parseSvg(text);
    expect(svg.querySelectorAll('g.row').length).toBe(3);
    expect(svg.querySelectorAll('g.row.best').length).toBe(1);
    expect(svg.querySelectorAll('circle.estimate').length).toBe(2);
    const domain = svg.querySelector('.axis-bottom .domain');
    const x0 = number(domain, 'x1');
    const x1 = number(domain, 'x2');
    const line = svg.querySelector('g.row.best line.interval');
    expect((number(line, 'x1') - x0) / (x1 - x0)).toBeCloseTo(0.6, 3);
    expect((number(line, 'x2') - x0) / (x1 - x0)).toBeCloseTo(0.9, 3);
    expect(svg.querySelector('g.row.best .row-value')?.textContent).toBe('80.0 [60.0, 90.0] · P(best) 70.0');
  });
});

describe('avatar.json and avatar.html of the shipped example', () => {
  const data = parseAvatarCsv(readFileSync('scenarios/avatars/ups-organoid.csv', 'utf8'));
  const schedules = parseScheduleList('25x2,5x6,3x18:everyDays=2');
  const tumour = avatarTumour();
  if (!data.ok || !schedules.ok || !tumour.ok) throw new Error('example inputs');
  const analysis = avatarAnalysis(data, schedules.schedules, tumour.tumour, { draws: 500, seed: 2 });

  it('avatar.json is valid JSON with no NaN or Infinity, and names its format', () => {
    const text = avatarJson(analysis, { version: '0.0.0-test', dataFile: 'ups-organoid.csv', schedules: schedules.schedules });
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe('rtsim-avatar');
    expect(parsed.fit.alpha).toBeCloseTo(analysis.fit.alpha, 15);
    expect(parsed.comparison.ranking).toEqual(analysis.comparison.ranking);
    expect(parsed.data.points.length).toBe(15);
    expect(parsed.assumptions.length).toBeGreaterThan(0);
  });

  it('avatar.html holds both charts, the ranking sentence, no script, and the same bytes for the same inputs', () => {
    const html = avatarReportHtml(analysis, { version: '0.0.0-test', dataFile: hostile });
    expect(html).not.toContain('<script');
    expect(html).toContain('class="chart avatar-survival"');
    expect(html).toContain('class="chart avatar-tcp"');
    expect(html).toMatch(/Best: 3x18:everyDays=2 \(TCP [\d.]+ % at the fit\), first in [\d.]+ % of 500 draws/);
    expect(avatarReportHtml(analysis, { version: '0.0.0-test', dataFile: hostile })).toBe(html);
  });
});
