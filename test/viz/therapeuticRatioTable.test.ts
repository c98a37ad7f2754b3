// @vitest-environment jsdom
// The runner's therapeutic-ratio table (issue 16; docs/models.md, "Therapeutic ratio between arms"): hand values.
import type { TrialResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { therapeuticRatioTable } from '../../packages/viz/src/runner/therapeuticRatioTable.js';

const hostile = '<img src=x onerror=alert(1)>';
// Only the comparisons are read: the rest of the results is irrelevant to this table.
const results = (withRatio: boolean): TrialResults =>
  ({
    comparisons: [
      {
        a: hostile,
        b: 'postop',
        // The harms' difference intervals, for an interval through ∞ (fibrosis).
        complications: [
          { endpoint: 'wound', rateDifference: 0.18, rateDifferenceCi95: [0.15, 0.21] },
          { endpoint: 'fibrosis', rateDifference: -0.05, rateDifferenceCi95: [-0.08, 0.02] },
        ],
        ...(withRatio
          ? {
              therapeuticRatio: {
                localControlDifference: 0.04,
                localControlDifferenceCi95: [0.022645739095472277, 0.05735426090452772],
                numberNeededToTreat: { patients: 25, patientsCi95: [17.43549623391724, 44.15841743049742] },
                harms: [
                  { endpoint: 'wound', numberNeededToHarm: { patients: 1 / 0.18, patientsCi95: [1 / 0.21, 1 / 0.15] }, controlGainPerComplication: 0.04 / 0.18 },
                  { endpoint: 'fibrosis', numberNeededToHarm: { patients: -20, patientsCi95: null }, controlGainPerComplication: -0.8 },
                ],
                complicationFreeControlDifference: -0.1,
                complicationFreeControlDifferenceCi95: [-0.125, -0.08],
                numberNeededToTreatComplicationFree: { patients: -10, patientsCi95: [-12.5, -8] },
              },
            }
          : {}),
      },
    ],
  }) as unknown as TrialResults;

describe('therapeuticRatioTable(results)', () => {
  it('shows Δ control rate and Δ complication-free LC in points, and each NNT as NNTB or NNTH to one decimal with its interval', () => {
    const table = therapeuticRatioTable(results(true));
    if (table === undefined) throw new Error('no table');
    const heads = Array.from(table.querySelectorAll('thead th'), (th) => th.textContent);
    expect(heads).toEqual(['Comparison', 'Δ control rate (points)', 'NNT control', 'NNT wound', 'NNT fibrosis', 'Δ complication-free LC (points)']);
    const cells = Array.from(table.querySelectorAll('tbody tr > *'), (cell) => cell.textContent);
    // 0.04 → 4 points (2.3 to 5.7); NNTB 25 (17.4 to 44.2); wound, a harm, 1/0.18 = 5.6 (4.8 to 6.7); fibrosis falls by
    // 0.05 (a benefit, NNTB 20) but its interval [−0.08, +0.02] reaches a harm: NNTH 1/0.02 = 50 to ∞ to NNTB 1/0.08 = 12.5.
    expect(cells).toEqual([`${hostile} − postop`, '4.0 (2.3 to 5.7)', 'NNTB 25.0 (17.4 to 44.2)', 'NNTH 5.6 (4.8 to 6.7)', 'NNTB 20.0 (NNTH 50.0 to ∞ to NNTB 12.5)', '−10.0 (−12.5 to −8.0)']);
    expect(table.querySelector('img')).toBeNull();
  });
  it('is undefined when no comparison has a therapeutic ratio', () => {
    expect(therapeuticRatioTable(results(false))).toBeUndefined();
  });
});
