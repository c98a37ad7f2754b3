import { describe, expect, it } from 'vitest';
import { inThreadResults } from './inThreadResults.js';
import { trialFiles } from '../../packages/sim/src/trial/trialFiles.js';
import { resultsTables } from '../../packages/sim/src/cli/resultsTables.js';
import { outerSummary } from '../../packages/sim/src/uncertainty/outerSummary.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';

// Statistics of groups too small for them are NaN in the results and null in results.json, as TrialResults and
// UncertaintyResults document field by field (docs/cli.md, docs/uncertainty.md). resultsFiniteProperty.test.ts
// found them undocumented: a subtype no patient draws, a group of one, an uncertainty summary nothing varies in.

const run = (text: string): Promise<TrialResults> => inThreadResults(text, 'small.yaml');

describe('groups too small for a statistic', () => {
  it('a subtype no patient draws: no mean TCP, control rate, local control or paired difference; a group of one: no SE; every output file without NaN', async () => {
    // Weight 1e-300 against 1: one patient, of subtype big; rare draws none.
    const results = await run(`version: 1
name: too small
references: ["test scenario"]
seed: 3
patients: 1
cohort:
  diameter: 3
  subtypes:
    - { ref: sts, id: big }
    - { ref: sts, id: rare, weight: 1e-300 }
arms:
  - { id: a, schedule: { fractions: 25, dose: 2 } }
  - { id: b, schedule: { fractions: 5, dose: 6 } }
followUp: { years: 2 }
`);
    const [big, rare] = results.arms[0]?.bySubtype ?? [];
    expect([big?.patients, rare?.patients]).toEqual([1, 0]);
    expect([rare?.meanTcp, rare?.meanTcpSe, rare?.controlRate]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(big?.meanTcp).toBeGreaterThanOrEqual(0);
    expect(big?.meanTcpSe).toBeNaN();
    // No patient, no local control: not the Kaplan–Meier empty product of 1 beside a null control rate.
    expect(rare?.localControl).toEqual({ year1: null, year2: null, year5: null });
    expect(rare?.localControlCurve.every(Number.isNaN)).toBe(true);
    expect(big?.localControl.year1).toBeGreaterThanOrEqual(0);
    const pair = results.comparisons[0];
    expect(pair?.meanTcpDifference).toBeGreaterThanOrEqual(-1);
    expect(pair?.meanTcpDifferenceCi95).toEqual([Number.NaN, Number.NaN]);
    expect(pair?.bySubtype[1]?.meanTcpDifference).toBeNaN();
    const files = trialFiles(results, 'scenario text');
    const json = JSON.parse(files[0].content) as TrialResults;
    expect(json.arms[0]?.bySubtype[1]).toMatchObject({ patients: 0, meanTcp: null, meanTcpSe: null, controlRate: null });
    for (const file of files) expect(file.content).not.toMatch(/NaN/);
    expect(resultsTables(results, undefined)).not.toMatch(/NaN/);
  });

  it('an uncertainty summary nothing varies in (a control rate of 0 in every set, no Monte Carlo error) has no parameter share', () => {
    const summary = outerSummary(0, [0, 0, 0], [0, 0, 0]);
    expect(summary.parameterShare).toBeNaN();
    expect([summary.median, summary.monteCarloSe, ...summary.parameterInterval, ...summary.combinedInterval]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
