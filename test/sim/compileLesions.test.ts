// compileLesions: count cuts, and the course's fraction groups taken from the compiled local-control plan (one
// grouping for both); cumulativeCuts, the shared inverse-CDF cuts of covariates, margin classes, counts and subtypes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../packages/sim/dist/index.js';
import type { ResolvedScenario } from '../../packages/sim/dist/index.js';
import { compilePlan } from '../../packages/sim/dist/cohort/compilePlan.js';
import { cumulativeCuts } from '../../packages/sim/dist/cohort/cumulativeCuts.js';

function bundledLesionScenario(): ResolvedScenario {
  const file = new URL('../../scenarios/sbrt-lung-metastases-lesions.yaml', import.meta.url);
  const parsed = parseScenario(readFileSync(file, 'utf8'), 'sbrt-lung-metastases-lesions.yaml');
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return parsed.scenario;
}

describe('cumulativeCuts(shares)', () => {
  it('sums left to right and ends at Infinity (0.2 + 0.3 = 0.5 exactly in binary)', () => {
    expect(Array.from(cumulativeCuts([0.2, 0.3, 0.5]))).toEqual([0.2, 0.5, Infinity]);
  });
  it('leaves no gap below u = 1 when the shares sum to 1 − ε', () => {
    expect(cumulativeCuts([0.5, 0.5 - 2 ** -40])[1]).toBe(Infinity);
  });
});

describe('compileLesions through compilePlan', () => {
  const scenario = bundledLesionScenario();
  const plan = compilePlan(scenario);

  it('groups each lesion arm’s course as [dose per fraction, count]: 3 × 15, 3 × 20, 5 × 10, 8 × 7.5 Gy', () => {
    const groups = plan.lesions?.arms.map((arm) => Array.from(arm?.groups ?? []));
    expect(groups).toEqual([[15, 3], [20, 3], [10, 5], [7.5, 8]]);
  });

  it('cuts the count shares 0.5, 0.3, 0.2 at 0.5, 0.8, Infinity (up to the rounding of 0.5 + 0.3)', () => {
    const cuts = plan.lesions?.arms[0]?.countCuts;
    expect(cuts?.[0]).toBe(0.5);
    expect(cuts?.[1]).toBeCloseTo(0.8, 15);
    expect(cuts?.[2]).toBe(Infinity);
    expect(plan.lesions?.maxCount).toBe(3);
  });

  it('refuses a lesion arm without the local-control model, naming the arm (validation reports it first)', () => {
    const withoutModel: ResolvedScenario = {
      ...scenario,
      arms: scenario.arms.map((arm) => Object.fromEntries(Object.entries(arm).filter(([key]) => key !== 'localControl')) as typeof arm),
    };
    expect(() => compilePlan(withoutModel)).toThrow(/arms\[0\] \(3x15\): target: lesions needs localControl: residual-disease/);
  });
});
