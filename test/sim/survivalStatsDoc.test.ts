import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { coxHazardRatio } from '../../packages/sim/src/stats/coxHazardRatio.js';
import { petoHazardRatio } from '../../packages/sim/src/stats/petoHazardRatio.js';
import { requiredEvents } from '../../packages/sim/src/stats/requiredEvents.js';
import { restrictedMeanSurvival } from '../../packages/sim/src/stats/restrictedMeanSurvival.js';
import { timeToEventSampleSize } from '../../packages/sim/src/stats/timeToEventSampleSize.js';
import { mercaptopurine, placebo } from './freireichLeukaemia.js';

// docs/survival-statistics.md quotes worked examples in a table (the Freireich leukaemia arms of
// freireichLeukaemia.ts); each row is recomputed here, so the doc and the code cannot part.

const examples = new Map<string, () => number>([
  ["requiredEvents(0.75)", () => requiredEvents(0.75)],
  ["requiredEvents(0.5)", () => requiredEvents(0.5)],
  ["requiredEvents(0.5, { method: 'freedman' })", () => requiredEvents(0.5, { method: 'freedman' })],
  ['requiredEvents(0.75, { power: 0.9 })', () => requiredEvents(0.75, { power: 0.9 })],
  ['timeToEventSampleSize(0.75, 0.3, 0.4).patients', () => timeToEventSampleSize(0.75, 0.3, 0.4).patients],
  ['petoHazardRatio(6-MP, placebo).hazardRatio', () => petoHazardRatio(mercaptopurine, placebo).hazardRatio],
  ['coxHazardRatio(6-MP, placebo).hazardRatio', () => coxHazardRatio(mercaptopurine, placebo).hazardRatio],
  ['restrictedMeanSurvival(6-MP, 1, 35).estimate', () => restrictedMeanSurvival(mercaptopurine, 1, 35).estimate],
]);

test('docs/survival-statistics.md: every worked example is what the code computes, to the digits shown', () => {
  const doc = readFileSync(new URL('../../docs/survival-statistics.md', import.meta.url), 'utf8');
  const rows = [...doc.matchAll(/^\| `([^`]+)` \| ([0-9.]+) \|$/gm)];
  expect(rows.map(([, call]) => call)).toEqual([...examples.keys()]);
  for (const [, call, shown] of rows) {
    const decimals = shown.includes('.') ? shown.length - shown.indexOf('.') - 1 : 0;
    const compute = examples.get(call);
    if (compute === undefined) throw new Error(`docs/survival-statistics.md: no check for the example ${call}`);
    expect(compute().toFixed(decimals), call).toBe(shown);
  }
});

test('docs/survival-statistics.md: the Python reference fixture is as large as the doc says', () => {
  const doc = readFileSync(new URL('../../docs/survival-statistics.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/survival-stats.json', import.meta.url), 'utf8')) as {
    incidence: { events: number[][]; censored: number[]; atRiskStart: number }[];
    restrictedMean: unknown[]; hazardRatio: unknown[]; coxHazardRatio: unknown[]; sampleSize: unknown[];
  };
  const largest = (values: number[]): number => values.reduce((m, v) => Math.max(m, v), 0);
  const claim = `${fixture.incidence.length} competing-risk data sets of up to ${largest(fixture.incidence.map((d) => d.atRiskStart))} ` +
    `patients, ${largest(fixture.incidence.map((d) => d.censored.length))} bins and ${largest(fixture.incidence.map((d) => d.events.length))} causes, ` +
    `${fixture.restrictedMean.length} restricted means, ${fixture.hazardRatio.length} hazard ratios, ${fixture.coxHazardRatio.length} Cox hazard ratios, ${fixture.sampleSize.length} designs`;
  expect(doc).toContain(claim);
});
