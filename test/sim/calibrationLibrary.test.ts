import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultClonogenDensity, subtypeLibrary, surgeryDefaults } from '@rtsim/core';
import type { Distribution } from '@rtsim/core';

// The library's calibrated defaults are the estimates of the shipped calibration (calibration/result/calibration.json,
// written by `rtsim calibrate calibration/sts-series.yaml --out calibration/result`, docs/calibration.md), rounded
// as stated here, and each lies inside its profile-likelihood interval.
const result = JSON.parse(readFileSync(new URL('../../calibration/result/calibration.json', import.meta.url), 'utf8')) as {
  parameters: { path: string; estimate: number; ci95: [number, number] }[];
};
const fitted = (path: string): { estimate: number; ci95: [number, number] } => {
  const parameter = result.parameters.find((p) => p.path === path);
  if (parameter === undefined) throw new Error(`no fitted parameter ${path}`);
  return parameter;
};
const field = (value: Distribution, name: 'mean' | 'median'): number => (typeof value === 'object' && name in value ? (value as unknown as Record<string, number>)[name] : Number.NaN);
const significant = (x: number, digits: number): number => Number(x.toPrecision(digits));

describe('the library holds the calibrated estimates', () => {
  test.each([
    { path: 'cohort.subtypes[sts].alpha.mean', parameter: subtypeLibrary.sts.parameters.alpha, name: 'mean', digits: 3 },
    { path: 'cohort.subtypes[myxoid-liposarcoma].alpha.mean', parameter: subtypeLibrary['myxoid-liposarcoma'].parameters.alpha, name: 'mean', digits: 2 },
    { path: 'arms[*].surgery.residualFraction.R0.median', parameter: surgeryDefaults.residualFraction.R0, name: 'median', digits: 2 },
    { path: 'arms[*].surgery.residualFraction.R1.median', parameter: surgeryDefaults.residualFraction.R1, name: 'median', digits: 2 },
  ] as const)('$path is the estimate to $digits significant digits, inside its interval, evidence "calibrated"', ({ path, parameter, name, digits }) => {
    const { estimate, ci95 } = fitted(path);
    const value = field(parameter.value, name);
    expect(value).toBe(significant(estimate, digits));
    expect(value).toBeGreaterThanOrEqual(ci95[0]);
    expect(value).toBeLessThanOrEqual(ci95[1]);
    expect(parameter.evidence.kind).toBe('calibrated');
    expect(parameter.evidence.note).toMatch(/docs\/calibration\.md/);
  });

  test('the clonogen density, which the series cannot identify, stays an assumption at 10⁷ per cm³ and says why', () => {
    expect(result.parameters.some((p) => p.path.includes('clonogenDensity'))).toBe(false);
    expect(field(defaultClonogenDensity.value, 'median')).toBe(1e7);
    expect(defaultClonogenDensity.evidence.kind).toBe('assumption');
    expect(defaultClonogenDensity.evidence.note).toMatch(/Not calibrated/);
  });
});
