// The library's progression-after-SBRT values are the fit of scripts/reference/progression_model.py (its fixture),
// rounded as stored, and the fit's coverage is what docs/metastasis-model.md reports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedDistributionValue, metastasisDefaults } from '../../packages/core/dist/index.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/progression-model.json', import.meta.url), 'utf8')) as {
  parameters: { newMetastasisRatePerDay: number; survivalLogRatioAfterSbrt: number };
  coverage: { fit: [number, number]; holdout: [number, number] };
  table: { role: string }[];
};

describe('docs/scenarios.md quotes the library\'s survival law after metastasis (revision 4)', () => {
  const doc = readFileSync(new URL('../../docs/scenarios.md', import.meta.url), 'utf8');
  const law = metastasisDefaults.survivalAfterMetastasis.value;
  const medianDays = typeof law !== 'number' && law.dist === 'lognormal' ? law.median : Number.NaN;
  const beta = fixedDistributionValue(metastasisDefaults.survivalEraLogPerYear.value);
  const shift = fixedDistributionValue(metastasisDefaults.survivalSubgroupLogRatio.afterSbrt.value);
  const daysPerMonth = 365.25 / 12;
  const months = (days: number): string => (days / daysPerMonth).toFixed(1);
  const percentPerYear = (100 * (Math.exp(beta) - 1)).toFixed(1);

  it('the 2004 median and its yearly growth, in the metastasis section and the SBRT section', () => {
    expect(doc).toContain(`median survival after metastasis is ${months(medianDays)}\n  months in 2004 and grows ${percentPerYear}% a year`);
    expect(doc).toContain(`(${months(medianDays)} months in 2004, ${percentPerYear}% more a year) times ${Math.exp(shift).toFixed(2)} for patients selected for SBRT: ${Math.round(Number(months(medianDays * Math.exp(beta * 12 + shift))))} months in 2016.`);
  });

  it('the rate of new metastases after SBRT, per year', () => {
    const perYear = fixedDistributionValue(metastasisDefaults.newMetastasisRateAfterSbrt.value) * 365.25;
    expect(doc).toContain(`New metastases appear at ${perYear.toFixed(3)} per year`);
  });
});

describe('progression after SBRT: library values', () => {
  it('newMetastasisRateAfterSbrt is the fitted λ_N per day to 3 significant figures (0.115 per year / 365.25)', () => {
    const stored = fixedDistributionValue(metastasisDefaults.newMetastasisRateAfterSbrt.value);
    expect(Math.abs(stored - fixture.parameters.newMetastasisRatePerDay) / fixture.parameters.newMetastasisRatePerDay).toBeLessThan(0.001);
  });

  it('survivalSubgroupLogRatio.afterSbrt is the fitted c_sbrt to 4 decimals', () => {
    expect(fixedDistributionValue(metastasisDefaults.survivalSubgroupLogRatio.afterSbrt.value)).toBeCloseTo(fixture.parameters.survivalLogRatioAfterSbrt, 4);
  });

  it('at least a third of the terms are held out, and the doc reports the fixture coverage (fit 9/10, held out 2/5)', () => {
    const heldOut = fixture.table.filter((row) => row.role === 'holdout').length;
    expect(heldOut * 3).toBeGreaterThanOrEqual(fixture.table.length);
    const doc = readFileSync(new URL('../../docs/metastasis-model.md', import.meta.url), 'utf8');
    // The current coverage line (bold), not the history sentence of revision 2's fit, which has the same words.
    const { fit, holdout } = fixture.coverage;
    expect(doc).toContain(`Coverage (prediction inside the observation's Wilson 95% interval): **fit ${fit[0]}/${fit[1]}**, **held out ${holdout[0]}/${holdout[1]}**.`);
  });
});
