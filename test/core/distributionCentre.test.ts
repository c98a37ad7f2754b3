import { describe, expect, it } from 'vitest';
import { distributionCentre } from '../../packages/core/src/distributionCentre.js';

describe('distributionCentre(distribution): the typical value of a law as written', () => {
  it('is the number, the fixed value, the normal mean clamped to its bounds, the lognormal median, the uniform midpoint, the triangular mode', () => {
    expect(distributionCentre(250)).toBe(250);
    expect(distributionCentre({ dist: 'fixed', value: 3 })).toBe(3);
    expect(distributionCentre({ dist: 'normal', mean: 58, sd: 15, min: 18, max: 95 })).toBe(58);
    expect(distributionCentre({ dist: 'normal', mean: 120, sd: 15, min: 18, max: 95 })).toBe(95);
    expect(distributionCentre({ dist: 'normal', mean: 5, sd: 15, min: 18 })).toBe(18);
    expect(distributionCentre({ dist: 'lognormal', median: 250, sigma: 0.9 })).toBe(250);
    expect(distributionCentre({ dist: 'uniform', min: 2, max: 6 })).toBe(4);
    expect(distributionCentre({ dist: 'triangular', min: 1, mode: 2, max: 9 })).toBe(2);
  });
});
