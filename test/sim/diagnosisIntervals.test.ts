// The diagnosis uniform's layout, read by diagnosedSubtype (which class) and isSarcomaDiagnosis (does it carry a
// grade): [0, c) right, then the other cohort subtypes, P(per other) each, then outside the cohort, whose first
// `outsideSarcoma` is still a sarcoma. Hand-placed uniforms in each interval.
import { describe, expect, it } from 'vitest';
import { diagnosedSubtype } from '../../packages/sim/src/cohort/diagnosedSubtype.js';
import { isSarcomaDiagnosis } from '../../packages/sim/src/cohort/isSarcomaDiagnosis.js';
import type { RoutingPlan } from '../../packages/sim/src/cohort/PathwayPlan.js';

const routing = (correct: number, perOtherSubtype: number, outsideSarcoma: number): RoutingPlan => ({
  route: new Int32Array(0),
  gradeRoute: new Int32Array(0),
  correct,
  perOtherSubtype,
  outside: 1 - correct - perOtherSubtype,
  outsideSarcoma,
  gradeError: 0,
});

describe('the diagnosis uniform: class and whether it is a sarcoma', () => {
  it('one subtype: right below 0.7, another sarcoma in [0.7, 0.8), not a sarcoma above', () => {
    const r = routing(0.7, 0, 0.1);
    const at = (u: number): [number, boolean] => {
      const d = diagnosedSubtype(r, 0, 1, u);
      return [d, isSarcomaDiagnosis(r, d, 1, u)];
    };
    expect([at(0.69), at(0.71), at(0.79), at(0.81)]).toEqual([[0, true], [1, true], [1, true], [1, false]]);
  });

  it('three subtypes (true subtype 1): right, then subtypes 0 and 2 at 0.05 each, then outside the cohort (not a sarcoma)', () => {
    const r = routing(0.7, 0.05, 0);
    const at = (u: number): [number, boolean] => {
      const d = diagnosedSubtype(r, 1, 3, u);
      return [d, isSarcomaDiagnosis(r, d, 3, u)];
    };
    expect([at(0.69), at(0.72), at(0.77), at(0.81)]).toEqual([[1, true], [0, true], [2, true], [3, false]]);
  });

  it('three subtypes with a sarcoma share outside: it starts after the other subtypes, not at P(correct)', () => {
    const r = routing(0.7, 0.05, 0.1);
    expect(isSarcomaDiagnosis(r, 3, 3, 0.85)).toBe(true); // in [0.8, 0.9)
    expect(isSarcomaDiagnosis(r, 3, 3, 0.91)).toBe(false);
  });
});
