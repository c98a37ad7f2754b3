import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localControlViews } from '../../packages/viz/src/explorer/localControlViews.js';
import { defaultState } from '../../packages/viz/src/explorer/parameters.js';
import { patientLocalControl } from '../../packages/viz/src/explorer/patientLocalControl.js';
import type { ExplorerMargin, LocalControlPatient, TreatmentTiming } from '../../packages/viz/src/explorer/patientLocalControl.js';

const years = [0, 1, 2, 5];
const timings: readonly TreatmentTiming[] = ['preop', 'postop', 'surgery-alone'];
// The partial order of the class definitions (docs/local-control-model.md): R0 wide is better than every other
// class, R1 unplanned worse than every other resection class but R2, which leaves its residue too; R0 close and R1
// planned are not ordered.
const betterThan: readonly (readonly [ExplorerMargin, ExplorerMargin])[] = [
  ['R0-wide', 'R0-close'], ['R0-wide', 'R1-planned'], ['R0-wide', 'R1-unplanned'], ['R0-close', 'R1-unplanned'], ['R1-planned', 'R1-unplanned'],
  ['R1-unplanned', 'R2'],
];
const patients: LocalControlPatient[] = [];
// From 1.5 cm (where R2's remnant alone was controlled more often than an unplanned R1's residue) to 15 cm.
for (const [grade, diameter, site] of [[2, 1.5, 'extremity'], [1, 3, 'extremity'], [3, 8, 'extremity'], [2, 15, 'retroperitoneum']] as const) {
  patients.push({ margin: 'R0-wide', timing: 'preop', grade, diameter, site, deep: grade !== 1, ageOver50: diameter > 5 });
}

describe('patientLocalControl: what the model guarantees', () => {
  it('a better margin never lowers LC, at every time, grade, size, site and timing (25 and 33 × 2 Gy)', () => {
    for (const fractions of [25, 33]) {
      for (const base of patients) {
        for (const timing of timings) {
          const curves = new Map((['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned', 'R2'] as const).map((margin): [ExplorerMargin, Float64Array] => [margin, patientLocalControl({ ...base, timing, margin }, { dose: 2, fractions }, years)]));
          for (const [better, worse] of betterThan) {
            years.forEach((_, i) => expect(curves.get(better)?.[i], `${base.diameter} cm ${timing} ${fractions} × 2 Gy: ${better} vs ${worse}`).toBeGreaterThanOrEqual((curves.get(worse)?.[i] ?? NaN) - 1e-12));
          }
        }
      }
    }
  });

  it('LC falls with time from LC(0) = 1, for every margin and timing', () => {
    const monthly = Array.from({ length: 61 }, (_, k) => k / 12);
    for (const margin of ['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned', 'R2'] as const) {
      for (const timing of [...timings, 'rt-alone'] as const) {
        const lc = patientLocalControl({ ...patients[1], margin, timing }, { dose: 2, fractions: 25 }, monthly);
        expect(lc[0]).toBe(1);
        for (let k = 1; k < lc.length; k++) expect(lc[k]).toBeLessThanOrEqual((lc[k - 1] ?? NaN) + 1e-12);
        expect(lc[60]).toBeLessThan(1);
      }
    }
  });

  it('RT never lowers LC against surgery alone, and more fractions never lower it', () => {
    for (const base of patients) {
      for (const margin of ['R0-close', 'R1-unplanned'] as const) {
        const alone = patientLocalControl({ ...base, margin, timing: 'surgery-alone' }, { dose: 2, fractions: 25 }, years);
        for (const timing of ['preop', 'postop'] as const) {
          const short = patientLocalControl({ ...base, margin, timing }, { dose: 2, fractions: 25 }, years);
          const long = patientLocalControl({ ...base, margin, timing }, { dose: 2, fractions: 33 }, years);
          years.forEach((_, i) => {
            expect(short[i]).toBeGreaterThanOrEqual((alone[i] ?? NaN) - 1e-12);
            expect(long[i]).toBeGreaterThanOrEqual((short[i] ?? NaN) - 1e-12);
          });
        }
      }
    }
  });

  it('the same course given before surgery controls at least as well as after it (no scarred, hypoxic bed)', () => {
    for (const base of patients) {
      const pre = patientLocalControl({ ...base, margin: 'R0-close', timing: 'preop' }, { dose: 2, fractions: 25 }, years);
      const post = patientLocalControl({ ...base, margin: 'R0-close', timing: 'postop' }, { dose: 2, fractions: 25 }, years);
      years.forEach((_, i) => expect(pre[i]).toBeGreaterThanOrEqual((post[i] ?? NaN) - 1e-12));
    }
  });

  it('is NaN for a diameter of 0 cm, where the model has no tumour', () => {
    const lc = patientLocalControl({ ...patients[0], diameter: 0 }, { dose: 2, fractions: 25 }, years);
    expect([...lc].every(Number.isNaN)).toBe(true);
  });
});

describe('localControlViews', () => {
  it('sets the five margin classes side by side, marks the patient, and reads LC at 2/5/10 y off its curve', () => {
    const data = localControlViews(defaultState);
    expect(data.curves.map((c) => c.label)).toEqual(['R0 wide', 'R0 close', 'R1 planned', 'R1 unplanned', 'R2 (gross)']);
    expect(data.curves.filter((c) => c.selected).map((c) => c.label)).toEqual(['R0 wide']);
    const selected = data.curves[0];
    expect(selected.points[0]).toEqual({ years: 0, localControl: 1 });
    expect(selected.points.at(-1)?.years).toBeCloseTo(10, 12);
    const at = (y: number): number => selected.points[Math.round(y * 12)].localControl;
    expect(data.readouts[0]).toMatchObject({ at2: at(2), at5: at(5), at10: at(10) });
    // The patient with surgery alone is the second row, and RT helps.
    const alone = patientLocalControl({ margin: 'R0-wide', timing: 'surgery-alone', grade: 3, diameter: 8, site: 'extremity', deep: true, ageOver50: true }, { dose: 2, fractions: 25 }, [2, 5, 10]);
    expect(data.readouts[1]).toMatchObject({ at2: alone[0], at5: alone[1], at10: alone[2] });
    expect(data.readouts[0].at5).toBeGreaterThan(data.readouts[1].at5);
    // π of a G3, deep, 5–10 cm patient aged 50 or more with an R0 wide margin: 27% (docs/local-control-model.md).
    expect(data.residualProbability).toBeCloseTo(0.27, 2);
  });

  it('compares the timings at one margin, and a change of margin changes the curves', () => {
    const timing = localControlViews({ ...defaultState, localControlComparison: 'timing' });
    expect(timing.curves.map((c) => c.label)).toEqual(['preoperative RT', 'postoperative RT', 'surgery alone', 'RT alone (no surgery)']);
    const closer = localControlViews({ ...defaultState, localControlComparison: 'timing', marginClass: 'R1-unplanned' });
    expect(closer.curves[0].points[60].localControl).toBeLessThan(timing.curves[0].points[60].localControl);
  });

  it('RT alone leaves no margin to compare: one curve, π = 1', () => {
    const data = localControlViews({ ...defaultState, timing: 'rt-alone' });
    expect(data.curves.map((c) => [c.label, c.selected])).toEqual([['RT alone (no surgery)', true]]);
    expect(data.residualProbability).toBe(1);
    expect(data.readouts).toHaveLength(1);
  });
});

describe('docs/viewer.md, "Local control over time"', () => {
  it('every row of the lesson table is what patientLocalControl gives (to the 0.1% shown)', () => {
    const doc = readFileSync(new URL('../../docs/viewer.md', import.meta.url), 'utf8');
    const table = doc.split('<!-- local-control-lesson:start -->')[1]?.split('<!-- local-control-lesson:end -->')[0] ?? '';
    const rows = table.split('\n').filter((line) => /^\| R/.test(line));
    expect(rows.length).toBe(12);
    for (const row of rows) {
      const [margin, timing, course, ...values] = row.split('|').slice(1, -1).map((cell) => cell.trim());
      const fractions = Number(/^(\d+) × 2 Gy$/.exec(course ?? '')?.[1]);
      const lc = patientLocalControl(
        { margin: margin as ExplorerMargin, timing: timing as TreatmentTiming, grade: 3, diameter: 8, site: 'extremity', deep: true, ageOver50: true },
        { dose: 2, fractions },
        [2, 5, 10],
      );
      expect(values).toEqual([...lc].map((v) => (v * 100).toFixed(1)));
    }
  });
});
