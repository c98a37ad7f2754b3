import { expect } from 'vitest';

/** One binomial term of a reference fixture (fit or held out), as the model docs tabulate it. */
export interface HeldOutTerm {
  readonly series: string;
  readonly evidence: string;
  readonly observation: string;
  readonly events: number;
  readonly n: number;
  readonly observed: number;
  readonly wilson95: readonly number[];
  readonly predicted: number;
}

/** Inside = the prediction lies within the observed Wilson 95% interval (ends included). */
export const isInside = (row: HeldOutTerm): boolean => row.predicted >= row.wilson95[0] && row.predicted <= row.wilson95[1];

/** The cells after `prefix` of the last table line that starts with it (the line must exist). */
export function markdownCells(lines: readonly string[], prefix: string): string[] {
  const line = lines.filter((l) => l.startsWith(prefix)).at(-1);
  expect(line, prefix).toBeDefined();
  return (line ?? '').slice(prefix.length).split(' | ').map((cell) => cell.replace(/\|$/, '').trim());
}

/** A printed number within `tolerance` of the fixture's: numbers are compared, not strings, so that a rounding tie cannot separate a doc from its fixture. */
export function expectWithin(text: string | undefined, expected: number, tolerance: number): void {
  // A tie printed to the half unit (0.2025 as 0.203) differs by the tolerance plus the binary error of the subtraction.
  expect(Math.abs(Number(text) - expected), `${text} vs ${expected}`).toBeLessThanOrEqual(tolerance * (1 + 1e-9));
}

/**
 * The doc's row of a term, `| series | evidence | observation | events / n | observed | lower–upper | predicted |
 * yes/no |`, holds the fixture's numbers to the printed precision (counts to 0.05, rates to 0.0005).
 */
export function expectTermRow(lines: readonly string[], row: HeldOutTerm): void {
  const [counts, observed, interval, predicted, inside] = markdownCells(lines, `| ${row.series} | ${row.evidence} | ${row.observation} | `);
  const [events, n] = (counts ?? '').split(' / ');
  expectWithin(events, row.events, 0.051);
  expectWithin(n, row.n, 0.051);
  expectWithin(observed, row.observed, 0.0005);
  const [lower, upper] = (interval ?? '').split('–');
  expectWithin(lower, row.wilson95[0], 0.0005);
  expectWithin(upper, row.wilson95[1], 0.0005);
  expectWithin(predicted, row.predicted, 0.0005);
  expect(inside).toBe(isInside(row) ? 'yes' : 'no');
}
