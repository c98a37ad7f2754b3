import { describe, expect, it } from 'vitest';
import { fixedYearsShown } from '../../packages/sim/src/report/fixedYearsShown.js';
import { localControlAtYear } from '../../packages/sim/src/report/localControlAtYear.js';
import { inThreadResults } from './inThreadResults.js';
import { resultsTables } from '../../packages/sim/src/cli/resultsTables.js';
import { reportHtml } from '../../packages/sim/src/report/reportHtml.js';

// Without followUp.at, the tables show local control at fixed times; a time beyond the follow-up horizon has no
// value in any row, so its column is left out rather than printed as a column of dashes (the first teaching
// example follows patients for two years and showed "LC 5 y —" for every arm).

/** Radiotherapy alone of a 3 cm tumour, 200 patients: 25 × 2 Gy, and with two arms also 5 × 6 Gy; follow-up `years`. */
const radiotherapyAlone = (arms: 1 | 2, years: number): string => `version: 1
name: follow-up ${years} years
references: ["test scenario"]
seed: 1
patients: 200
cohort:
  diameter: 3
  subtypes: [{ ref: sts }]
arms:
  - { id: a, schedule: { fractions: 25, dose: 2 } }
${arms === 2 ? '  - { id: b, schedule: { fractions: 5, dose: 6 } }\n' : ''}followUp: { years: ${years} }
`;

describe('fixed follow-up times a table shows', () => {
  it('keeps the preferred times at which an arm has a value; falls back to 1 year; none without one', () => {
    const arms = (year1: number | null, year2: number | null, year5: number | null) => [{ localControl: { year1, year2, year5 } }];
    expect(fixedYearsShown(arms(0.9, 0.8, 0.7), [2, 5])).toEqual([2, 5]);
    expect(fixedYearsShown(arms(0.9, 0.8, 0.7), [1, 2, 5])).toEqual([1, 2, 5]);
    expect(fixedYearsShown(arms(0.9, 0.8, null), [2, 5])).toEqual([2]);
    expect(fixedYearsShown(arms(0.9, null, null), [2, 5])).toEqual([1]);
    expect(fixedYearsShown(arms(null, null, null), [2, 5])).toEqual([]);
    // One arm with a value is enough (every arm has the same horizon; a value is null only beyond it).
    expect(fixedYearsShown([...arms(0.9, 0.8, null), ...arms(0.9, 0.8, 0.6)], [2, 5])).toEqual([2, 5]);
  });

  it('reads the matching field of a group', () => {
    const at = { year1: 0.9, year2: 0.8, year5: null };
    expect([1, 2, 5].map((years) => localControlAtYear(at, years as 1 | 2 | 5))).toEqual([0.9, 0.8, null]);
  });

  it('a two-year follow-up: the terminal and the report show LC at 2 years and no empty 5-year column', async () => {
    const results = await inThreadResults(radiotherapyAlone(2, 2), 'two-years.yaml');
    const table = resultsTables(results, undefined);
    expect(table).toContain('LC 2 y (%)');
    expect(table).not.toContain('LC 5 y');
    const html = reportHtml(results);
    expect(html).toContain('<th scope="col">LC 1 y (%)</th><th scope="col">LC 2 y (%)</th>');
    expect(html).not.toContain('LC 5 y');
  });

  it('a follow-up of 4.99 years reads LC at 5 years (the weekly bins reach it), and the tables show that column', async () => {
    const results = await inThreadResults(radiotherapyAlone(1, 4.99), 'almost-five.yaml');
    // ⌈52 × 4.99⌉ = 260 bins = 52 × 5: the results have LC at 5 years, so the table must not hide it.
    expect(results.arms[0]?.localControl.year5).not.toBeNull();
    expect(resultsTables(results, undefined)).toContain('LC 5 y (%)');
    expect(reportHtml(results)).toContain('<th scope="col">LC 5 y (%)</th>');
  });
});
