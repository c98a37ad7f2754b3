import { expect, test } from 'vitest';
import * as sim from '@rtsim/sim';

test('the sim barrel exports the trial statistics and fixed-point helpers', () => {
  for (const name of [
    'wilsonInterval', 'mcnemarTest', 'isValidGroupedSurvival', 'kaplanMeierFromBins', 'survivalAt', 'logRankTest',
    'twoProportionSampleSize', 'meanAndStandardError', 'pairedDifference', 'toFixedPoint', 'fixedPointToNumber',
    'addFixedPoint', 'mergeFixedPoint', 'formatFixedPoint', 'parseFixedPoint',
  ]) {
    expect(typeof (sim as Record<string, unknown>)[name], name).toBe('function');
  }
  expect(sim.fixedPointBits).toBe(40);
});
