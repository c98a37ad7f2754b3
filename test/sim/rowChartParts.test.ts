import { describe, expect, test } from 'vitest';
import { chartTitle } from '../../packages/sim/src/charts/chartTitle.js';
import { paddedScale } from '../../packages/sim/src/charts/paddedScale.js';
import { rowLabel } from '../../packages/sim/src/charts/rowLabel.js';
import { rowLayout } from '../../packages/sim/src/charts/rowLayout.js';

// The parts the row charts share (docs/charts.md); the charts' own snapshots show them in place.
const margin = { top: 28, right: 150, bottom: 46, left: 200 };

describe('rowLayout(rowCount, rowHeight, margin)', () => {
  test('stacks the rows between the margins: 28 + 3 × 30 + 46 = 164 px, axis at 118 px, row 1 centred at 73 px', () => {
    const layout = rowLayout(3, 30, margin);
    expect([layout.height, layout.bottom, layout.centre(0), layout.centre(1)]).toEqual([164, 118, 43, 73]);
  });

  test('lays out no rows as one empty row, so the axis keeps its place', () => {
    expect(rowLayout(0, 28, margin).height).toBe(28 + 28 + 46);
  });
});

describe('paddedScale(low, high, range)', () => {
  test('widens the extent by 5 % each side, then to round ticks: [0, 10] → [−0.5, 10.5] → [−1, 11]', () => {
    expect(paddedScale(0, 10, [200, 490]).domain()).toEqual([-1, 11]);
  });

  test('widens a single value by one display unit each side', () => {
    expect(paddedScale(5, 5, [200, 490]).domain()).toEqual([4, 6]);
  });
});

test('chartTitle and rowLabel write names as text, never markup', () => {
  expect(chartTitle('<b>', 10)).toContain('>&lt;b&gt;</text>');
  expect(rowLabel('a & b', 190, 42)).toContain('>a &amp; b</text>');
});
