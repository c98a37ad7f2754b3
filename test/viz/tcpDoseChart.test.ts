// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tcpDoseChart } from '../../packages/viz/src/charts/tcpDoseChart.js';
import { seriesStyle } from '../../packages/sim/src/charts/seriesStyle.js';
import { normaliseSvg } from './normaliseSvg.js';

// Input data: logistic-looking curves, TCP = 1/(1 + (D50/D)^k).
const curve = (d50: number) => Array.from({ length: 21 }, (_, i) => ({ totalDose: i * 5, tcp: i === 0 ? 0 : 1 / (1 + (d50 / (i * 5)) ** 6) }));

describe('tcpDoseChart(curves, options)', () => {
  const data = [
    { label: 'reference: 25 × 2 Gy, 5/week', points: curve(55), prescribed: { totalDose: 50, tcp: 1 / (1 + (55 / 50) ** 6) } },
    { label: '5 × 6 Gy, 5/week', points: curve(35), prescribed: { totalDose: 30, tcp: 1 / (1 + (35 / 30) ** 6) } },
  ];

  it('draws up to four schedules in Okabe–Ito colours with distinct dashes', () => {
    const svg = tcpDoseChart(data);
    const paths = [...svg.querySelectorAll('path.series')];
    expect(paths.map((p) => p.getAttribute('stroke'))).toEqual([seriesStyle(0).colour, seriesStyle(1).colour]);
    expect(paths[1]?.getAttribute('stroke-dasharray')).toBe(seriesStyle(1).dash);
  });

  it('shows TCP in percent from 0 to 100 against total dose in Gy', () => {
    const svg = tcpDoseChart(data);
    expect([...svg.querySelectorAll('.axis-label')].map((t) => t.textContent)).toEqual(['Total dose (Gy)', 'TCP (%)']);
    const ticks = [...svg.querySelectorAll('.axis.y .tick text')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0');
    expect(ticks.at(-1)).toBe('100');
  });

  it('marks each prescribed dose with its TCP in percent', () => {
    const svg = tcpDoseChart(data);
    // 1/(1 + 1.1⁶) = 0.3608 → 36%; 1/(1 + (7/6)⁶) = 0.2795 → 28%.
    expect([...svg.querySelectorAll('.marker text')].map((t) => t.textContent)).toEqual(['36%', '28%']);
  });

  it('matches its snapshot', async () => {
    await expect(normaliseSvg(tcpDoseChart(data))).toMatchFileSnapshot('./__snapshots__/tcpDoseChart.svg');
  });
});
