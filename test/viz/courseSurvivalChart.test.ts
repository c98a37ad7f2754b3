// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { courseSurvivalChart } from '../../packages/viz/src/charts/courseSurvivalChart.js';
import { normaliseSvg } from './normaliseSvg.js';

// Input data: five daily fractions of ln S = −1 each, no repopulation; points before and after each fraction.
const points = [0, 1, 2, 3, 4].flatMap((day) => [{ day, logSurvival: -day }, { day, logSurvival: -(day + 1) }]);

describe('courseSurvivalChart(data, options)', () => {
  it('draws the trajectory with fraction drops as vertical steps', () => {
    const svg = courseSurvivalChart({ points, clonogens: 1e3 });
    const d = svg.querySelector('path.series')?.getAttribute('d') ?? '';
    expect(d.match(/L/g)).toHaveLength(points.length - 1);
  });

  it('reads surviving fraction on the left and clonogens N₀·S on the right, with the one-clonogen level', () => {
    const svg = courseSurvivalChart({ points, clonogens: 1e3, kickoffTime: 2.5 });
    expect([...svg.querySelectorAll('.axis-label')].map((t) => t.textContent)).toEqual(['Day of treatment (days)', 'Surviving fraction', 'Surviving clonogens']);
    const right = [...svg.querySelectorAll('.axis.y-right .tick text')].map((t) => t.textContent);
    expect(right).toContain('10³');
    expect(right).toContain('1');
    const rules = [...svg.querySelectorAll('.rule text')].map((t) => t.textContent);
    expect(rules).toEqual(['one clonogen left (TCP ≈ 37%)', 'kick-off T_k = 2.5 d']);
  });

  it('omits the kick-off rule when T_k lies after the course', () => {
    const svg = courseSurvivalChart({ points, clonogens: 1e3, kickoffTime: 21 });
    expect(svg.querySelectorAll('.rule')).toHaveLength(1);
  });

  it('matches its snapshot', async () => {
    await expect(normaliseSvg(courseSurvivalChart({ points, clonogens: 1e3, kickoffTime: 2.5 }))).toMatchFileSnapshot('./__snapshots__/courseSurvivalChart.svg');
  });
});
