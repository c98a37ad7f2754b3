import { readFileSync } from 'node:fs';
import { localControlDefaults } from '@rtsim/core';
import type { Distribution } from '@rtsim/core';
import { describe, expect, it } from 'vitest';
import { patientLocalControl, patientResidualProbability } from '../../packages/viz/src/explorer/patientLocalControl.js';
import type { ExplorerMargin, LocalControlPatient, TreatmentTiming } from '../../packages/viz/src/explorer/patientLocalControl.js';

interface FixtureCase {
  readonly label: string;
  readonly patient: { margin: ExplorerMargin; timing: TreatmentTiming; grade: 1 | 2 | 3; diameter: number; site: LocalControlPatient['site']; deep: boolean; over50: boolean };
  readonly course: { dose: number; fractions: number };
  readonly residualProbability: number;
  readonly lc: Record<string, number>;
}
// scripts/reference/local_control_explorer.py: fine trapezoid grids and a tabulated dormancy integral (numpy).
const fixture = JSON.parse(readFileSync(new URL('../fixtures/local-control-explorer.json', import.meta.url), 'utf8')) as {
  library: Record<string, unknown>;
  years: number[];
  cases: FixtureCase[];
};

const patientOf = (c: FixtureCase): LocalControlPatient => ({
  margin: c.patient.margin, timing: c.patient.timing, grade: c.patient.grade, diameter: c.patient.diameter,
  site: c.patient.site, deep: c.patient.deep, ageOver50: c.patient.over50,
});

const fixedValue = (d: Distribution): number => (typeof d === 'number' ? d : d.dist === 'fixed' ? d.value : NaN);

describe('patientLocalControl against the Python reference', () => {
  it('the reference used the library values of localControlDefaults (regenerate the fixture when they change)', () => {
    const lc = localControlDefaults;
    const library = fixture.library as {
      marginLogOdds: Record<string, number>; covariateLogOddsRatio: Record<string, number>;
      residualClonogens: { median: number; sigma: number }; regrowthDoublingTime: { median: number; sigma: number };
    } & Record<string, unknown>;
    for (const margin of ['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned'] as const) expect(library.marginLogOdds[margin]).toBe(fixedValue(lc.marginLogOdds[margin].value));
    for (const [key, value] of Object.entries(library.covariateLogOddsRatio)) {
      expect(Object.hasOwn(lc.covariateLogOddsRatio, key)).toBe(true);
      expect(value).toBe(fixedValue(lc.covariateLogOddsRatio[key as keyof typeof lc.covariateLogOddsRatio].value));
    }
    expect(lc.residualClonogens.value).toEqual({ dist: 'lognormal', ...library.residualClonogens });
    expect(lc.regrowthDoublingTime.value).toEqual({ dist: 'lognormal', ...library.regrowthDoublingTime });
    for (const key of ['tumourBedHypoxicFraction', 'hypoxicFractionAt8cm', 'regrowthGradeLogRatio', 'dormantShare', 'reawakeningRate'] as const) {
      expect(library[key]).toBe(fixedValue(lc[key].value));
    }
  });

  for (const c of fixture.cases) {
    it(`${c.label}: LC at ${fixture.years.join(', ')} y within 0.001`, () => {
      const lc = patientLocalControl(patientOf(c), c.course, fixture.years);
      expect(patientResidualProbability(patientOf(c))).toBeCloseTo(c.residualProbability, 12);
      fixture.years.forEach((year, i) => expect(Math.abs((lc[i] ?? NaN) - (c.lc[String(year)] ?? NaN))).toBeLessThan(1e-3));
    });
  }
});
