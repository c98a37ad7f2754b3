// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pathwayChart } from '../../packages/viz/src/charts/pathwayChart.js';

// Hand-made input: a tumour of 4 cm at the visit, 6 cm at treatment 85 days later, the symptom 91 days before.
const data = {
  milestones: [
    { day: -91, diameterCm: 2.7 }, { day: 0, diameterCm: 4 }, { day: 17, diameterCm: 4.3 },
    { day: 46, diameterCm: 5 }, { day: 63, diameterCm: 5.4 }, { day: 85, diameterCm: 6 },
  ],
  curve: [[-91, 2.7], [0, 4], [85, 6]] as const,
};

describe('pathwayChart(data)', () => {
  it('numbers the six milestones 1–6 as rules, marks the diameter at the visit and at treatment, labels days and cm', () => {
    const svg = pathwayChart(data);
    expect([...svg.querySelectorAll('.rule text')].map((t) => t.textContent)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect([...svg.querySelectorAll('.marker text')].map((t) => t.textContent)).toEqual(['4 cm', '6 cm']);
    expect([...svg.querySelectorAll('.axis-label')].map((t) => t.textContent)).toEqual(['Days from the first doctor visit', 'Tumour diameter (cm)']);
  });
});
