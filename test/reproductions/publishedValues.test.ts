import { describe, expect, test } from 'vitest';
import type { ReproductionCase } from './reproductionCases.mjs';
import { reproductionCases } from './reproductionCases.mjs';

// Each case (reproductionCases.mjs) names the paper, the table or figure, the published number and the tolerance,
// and computes the number through the public API of '@rtsim/core'. The titles repeat all four, so a failure says
// which publication no longer reproduces. docs/reproductions.md is generated from the same list.
const title = (c: ReproductionCase): string =>
  `${c.source}, ${c.where}: ${c.quantity} = ${c.publishedText}${c.unit ? ` ${c.unit}` : ''}, tolerance ${c.toleranceText}`;
const groups = [...new Set(reproductionCases.map((c) => c.group))];

describe.each(groups)('%s', (group) => {
  test.each(reproductionCases.filter((c) => c.group === group).map((c) => [title(c), c] as const))('%s', (_title, c) => {
    const value = c.compute();
    expect(Number.isFinite(value)).toBe(true);
    expect(Math.abs(value - c.published)).toBeLessThanOrEqual(c.tolerance);
  });
});

test('every reproduction is listed once, with a finite published value and a positive tolerance', () => {
  const keys = reproductionCases.map((c) => `${c.source} | ${c.quantity}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const c of reproductionCases) {
    expect(Number.isFinite(c.published), c.quantity).toBe(true);
    expect(c.tolerance, c.quantity).toBeGreaterThan(0);
  }
});
