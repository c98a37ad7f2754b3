// localControlAt: the 1-, 2- and 5-year read-outs shared by the arms, subtypes, strata and lesions of results.json.
import { describe, expect, it } from 'vitest';
import { localControlAt } from '../../packages/sim/dist/cohort/localControlAt.js';
import { timeBinDays } from '../../packages/sim/dist/cohort/timeBins.js';

describe('localControlAt(curve, binDays)', () => {
  // Two years of weekly bins, curve[j] = 1 − (j + 1)/1000: the value at the end of bin j + 1.
  const curve = Float64Array.from({ length: 104 }, (_, j) => 1 - (j + 1) / 1000);

  it('reads year y at the end of bin 52·y (the step function of survivalAt: S = curve[52·y − 1])', () => {
    const lc = localControlAt(curve, timeBinDays);
    expect(lc.year1).toBe(1 - 52 / 1000);
    expect(lc.year2).toBe(1 - 104 / 1000);
  });

  it('is null beyond the follow-up horizon, not NaN (5 years on a 2-year curve)', () => {
    expect(localControlAt(curve, timeBinDays).year5).toBeNull();
  });
});
