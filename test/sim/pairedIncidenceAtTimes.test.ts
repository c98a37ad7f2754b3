// The paired difference of a competing cause's cumulative incidence (issue 15): a hand-counted pair of arms read
// through pairedSurvivalAtTimes from the paired event-time counts of the accumulator (PartialLayout).
import { describe, expect, it } from 'vitest';
import type { Accumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import type { EnginePlan } from '../../packages/sim/src/cohort/EnginePlan.js';
import { pairedEndpoint } from '../../packages/sim/src/cohort/pairedEndpoint.js';
import { pairedSurvivalAtTimes } from '../../packages/sim/src/cohort/pairedSurvivalAtTimes.js';
import { partialLayout } from '../../packages/sim/src/cohort/partialLayout.js';

// Two years of weekly bins: 1 year ends with bin 51 (52·7 days), 2 years with bin 103.
const bins = 104;
const layout = partialLayout(2, 1, 50, bins, 1, { competingEvents: true, metastasis: true, pairedTimes: true });
const plan = { binDays: 7, timeBins: bins, scenario: { followUp: { at: [1, 2, 3] } } } as unknown as EnginePlan;

/**
 * Ten patients, metastasis bins in arm a and arm b (none: no metastasis within the horizon):
 * P1 a 10, b none; P2 a 20, b 60; P3 a none, b 30; P4 a 40, b 40; P5 a 50, b 5; P6–P10 none in either arm.
 * Spans (opened in one arm only, closed by the other's later event): a opens at 10 (P1) and 20 (P2, closed at 60);
 * b opens at 30 (P3) and 5 (P5, closed at 50); P4 ties and counts nothing.
 */
function handCounted(): Accumulator {
  const counts = new Float64Array(layout.countLength);
  const at = layout.pairEventCounts + pairedEndpoint.metastasis * layout.pairEventStride;
  counts[layout.validPatients] = 10;
  counts[at + 10]++;
  counts[at + 20]++;
  counts[at + bins + 60]++;
  counts[at + 2 * bins + 30]++;
  counts[at + 2 * bins + 5]++;
  counts[at + 3 * bins + 50]++;
  return { layout, counts } as unknown as Accumulator;
}

describe('pairedSurvivalAtTimes, incidence form, on a hand-counted pair', () => {
  const accumulator = handCounted();
  const incidence = pairedSurvivalAtTimes(accumulator, plan, 0, pairedEndpoint.metastasis, 10, 'incidence');

  it('by 1 year P1 and P2 have the metastasis in a only, P3 in b only: F_a − F_b = (2 − 1)/10 = 4/10 − 3/10', () => {
    // By hand: F_a(1 y) = {P1, P2, P4, P5}/10, F_b(1 y) = {P3, P4, P5}/10; half-width 1.959964·√(3 − 1/10)/10.
    expect(incidence[0].eventInAOnly).toBe(2);
    expect(incidence[0].eventInBOnly).toBe(1);
    expect(incidence[0].difference).toBeCloseTo(0.1, 15);
    expect(incidence[0].differenceCi95?.[0]).toBeCloseTo(-0.2337698395603318, 14);
    expect(incidence[0].differenceCi95?.[1]).toBeCloseTo(0.4337698395603318, 14);
  });

  it('by 2 years P2 has it in both arms: one discordant patient each way, F_a − F_b = 0 (4/10 each)', () => {
    expect([incidence[1].eventInAOnly, incidence[1].eventInBOnly]).toEqual([1, 1]);
    expect(incidence[1].difference).toBe(0);
    expect(incidence[1].differenceCi95?.[1]).toBeCloseTo(0.2771807648699356, 14);
  });

  it('beyond the horizon every value is null', () => {
    expect(incidence[2]).toEqual({ years: 3, difference: null, differenceCi95: null, eventInAOnly: null, eventInBOnly: null });
  });

  it('the survival form of the same counts is the negated difference with the mirrored interval', () => {
    const survival = pairedSurvivalAtTimes(accumulator, plan, 0, pairedEndpoint.metastasis, 10);
    expect(survival[0].difference).toBeCloseTo(-0.1, 15);
    expect(survival[0].differenceCi95?.[0]).toBeCloseTo(-0.4337698395603318, 14);
    expect(survival[0].differenceCi95?.[1]).toBeCloseTo(0.2337698395603318, 14);
  });

  it('the other paired endpoints of the pair read their own counts (here none): no discordant patient', () => {
    for (const v of [pairedEndpoint.localRecurrence, pairedEndpoint.sarcomaDeath]) {
      const other = pairedSurvivalAtTimes(accumulator, plan, 0, v, 10, 'incidence');
      expect(other[1]).toMatchObject({ difference: 0, eventInAOnly: 0, eventInBOnly: 0 });
    }
  });
});

it('without followUp.at nothing reports paired differences, so the layout leaves their counts out (flat and small)', () => {
  const without = partialLayout(2, 1, 50, bins, 1, { competingEvents: true, metastasis: true });
  expect(without.pairEndpoints).toBe(0);
  // One pair, six paired endpoints (local recurrence death ignored, LRFS, local recurrence as first event, OS,
  // metastasis, sarcoma death), 4 counts per time bin.
  expect(layout.countLength - without.countLength).toBe(1 * 6 * 4 * bins);
});
