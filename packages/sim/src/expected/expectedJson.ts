import type { ExpectedResults } from './ExpectedResults.js';

/**
 * expected.json, the file of an expected-mode run: the results as JSON, two-space indented, with a final newline.
 * Its own shape (`kind: "rtsim-expected"`), not the trial's results.json: there are no counts, tests or curves.
 * @param results - from expectedOutcomes
 * @returns the file's text, byte-identical for the same scenario, seed, points and scramblings
 */
export function expectedJson(results: ExpectedResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
