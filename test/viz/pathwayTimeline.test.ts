import { runTrial, validateScenario } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../packages/viz/src/explorer/lessons/Lesson.js';
import { findLesson } from '../../packages/viz/src/explorer/lessons/lessons.js';
import { lessonStepState } from '../../packages/viz/src/explorer/lessons/lessonStepState.js';
import { defaultState } from '../../packages/viz/src/explorer/parameters.js';
import { binnedMedianText, pathwayCohortRows } from '../../packages/viz/src/explorer/pathway/pathwayCohortRows.js';
import { formatNumber } from '../../packages/viz/src/charts/formatNumber.js';
import { pathwayReadoutRows } from '../../packages/viz/src/explorer/pathway/pathwayReadoutRows.js';
import { pathwayArmIds, pathwayScenario } from '../../packages/viz/src/explorer/pathway/pathwayScenario.js';
import { pathwayTimeline } from '../../packages/viz/src/explorer/pathway/pathwayTimeline.js';

// Reference values: python3 scripts/reference/pathway_lesson.py (numpy closed forms of docs/pathway-model.md at the
// library values, written independently of the core kernels).
const step = (k: number) => pathwayTimeline(lessonStepState(findLesson('pathway') as Lesson, k - 1));

describe('pathwayTimeline(state): one median patient, first symptom to first treatment', () => {
  it('an 8 cm deep tumour grows by Gompertz to 10.2792177019 cm over the library medians 17 + 29 + 17 + 22 = 85 days', () => {
    const t = step(1);
    expect(t.daysToTreatment).toBe(85);
    expect(t.diameterAtTreatmentCm).toBeCloseTo(10.2792177019, 9);
    expect(t.milestones.map((m) => [m.name, m.day])).toEqual([
      ['symptom', expect.closeTo(-91.4706, 4)], ['firstDoctor', 0], ['localHospital', 17], ['sarcomaCentre', 46], ['diagnosis', 63], ['treatment', 85],
    ]);
  });

  it('the first symptom is 3 T_d log₂ R = 91.4706 days before the visit, at D/R = 5.333195 cm, and the curve reaches D at the visit', () => {
    const t = step(1);
    expect(t.milestones[0]?.diameterCm).toBeCloseTo(5.333195, 6);
    const atVisit = t.curve.find(([day]) => day === 0);
    expect(atVisit?.[1]).toBeCloseTo(8, 9);
    expect(t.curve[0]?.[1]).toBeCloseTo(5.333195, 6);
    // Growth never shrinks the tumour along the way.
    for (let k = 1; k < t.curve.length; k++) expect(t.curve[k]?.[1]).toBeGreaterThanOrEqual(t.curve[k - 1]?.[1] ?? Infinity);
  });

  it('half the patient interval: the visit 45.7353 days after the symptom, at √(8 · 5.333195) = 6.531889 cm, the curve continuous there', () => {
    // d_v = D·R^{−1/2} = √(D · D/R): the geometric mean of the usual visit's and the symptom's diameters (hand arithmetic)
    const t = pathwayTimeline({ ...lessonStepState(findLesson('pathway') as Lesson, 0), patientIntervalShare: 0.5 });
    expect(t.milestones[0]?.day).toBeCloseTo(-45.7353, 4);
    expect(t.milestones[0]?.diameterCm).toBeCloseTo(5.333195, 6);
    expect(t.milestones[1]?.diameterCm).toBeCloseTo(6.531889, 5);
    expect(t.curve.find(([day]) => day === 0)?.[1]).toBeCloseTo(6.531889, 5);
    expect(t.diameterAtTreatmentCm).toBeLessThan(step(1).diameterAtTreatmentCm);
  });

  it('the awareness step quotes its own timeline: 46 instead of 91 days, 3.3 instead of 4 cm, treated at 5.0 instead of 5.9 cm, excision 62%', () => {
    const lesson = findLesson('pathway') as Lesson;
    const [before, after] = [4, 5].map((k) => pathwayTimeline(lessonStepState(lesson, k)));
    const text = lesson.steps[5]?.text ?? '';
    const days = (t: typeof before) => (-(t?.milestones[0]?.day ?? Number.NaN)).toFixed(0);
    expect(text).toContain(`seen after ${days(after)} days instead of ${days(before)}`);
    expect(text).toContain(`at ${after?.milestones[1]?.diameterCm.toFixed(1)} cm, not ${before?.milestones[1]?.diameterCm.toFixed(0)}`);
    expect(text).toContain(`treated at ${after?.diameterAtTreatmentCm.toFixed(1)} cm instead of ${before?.diameterAtTreatmentCm.toFixed(1)}`);
    expect(text).toContain(`Excision stays at ${((after?.unplannedExcision ?? Number.NaN) * 100).toFixed(0)}%`);
    expect(after?.unplannedExcision).toBe(before?.unplannedExcision);
  });

  it('146 days (90 at the local hospital) give 11.9432331832 cm; 54 days of a fast track 9.437990 cm', () => {
    expect(step(2).diameterAtTreatmentCm).toBeCloseTo(11.9432331832, 9);
    expect(step(3).daysToTreatment).toBe(54);
    expect(step(3).diameterAtTreatmentCm).toBeCloseTo(9.43799, 5);
  });

  it('unplanned excision: 0.212721 for a deep tumour ≥ 5 cm at a local hospital, 0 after referral to a sarcoma centre, 0.618480 for a 4 cm superficial one', () => {
    expect(step(1).unplannedExcision).toBeCloseTo(0.212721, 6);
    expect(step(3).unplannedExcision).toBe(0);
    expect(step(4).unplannedExcision).toBeCloseTo(0.61848, 6);
  });

  it('misdiagnosis (1 − r)(d + s): 0.143 unreviewed, 0.0715 with half reviewed, 0 with every diagnosis reviewed', () => {
    expect(step(1).wrongClass + step(1).wrongSubtype).toBeCloseTo(0.143, 9);
    expect(step(1).wrongClass).toBeCloseTo(0.0827, 9);
    const half = pathwayTimeline({ ...lessonStepState(findLesson('pathway') as Lesson, 3), reviewShare: 0.5 });
    expect(half.wrongClass + half.wrongSubtype).toBeCloseTo(0.0715, 9);
    expect(step(5).wrongClass + step(5).wrongSubtype).toBe(0);
  });

  it('a diameter above the 30 cm plateau gives NaN, shown as –, never a silent number', () => {
    const t = pathwayTimeline({ ...defaultState, tumourDiameter: 31 });
    expect(t.diameterAtTreatmentCm).toBeNaN();
    expect(pathwayReadoutRows.find((r) => r.key === 'pathwayDiameter')?.value(t)).toBe('– cm');
  });
});

describe('pathway lesson narration numbers, as displayed', () => {
  const shown = (k: number): Record<string, string> => Object.fromEntries(pathwayReadoutRows.map((r) => [r.key, r.value(step(k))]));
  it('85 days and 10.3 cm; 146 days and 11.9 cm; 54 days and 9.4 cm; 62% unplanned excision; 14.3% then 0% misdiagnosed', () => {
    expect(shown(1)).toMatchObject({ pathwayDays: '85 days', pathwayDiameter: '10.3 cm', pathwayExcision: '21.3%', pathwayMisdiagnosis: '14.3% (6% + 8.3%)' });
    expect(shown(2)).toMatchObject({ pathwayDays: '146 days', pathwayDiameter: '11.9 cm' });
    expect(shown(3)).toMatchObject({ pathwayDays: '54 days', pathwayDiameter: '9.4 cm', pathwayExcision: '0%' });
    expect(shown(4)).toMatchObject({ pathwayExcision: '61.8%' });
    expect(shown(5)).toMatchObject({ pathwayMisdiagnosis: '0% (0% + 0%)' });
    const lesson = findLesson('pathway') as Lesson;
    expect(lesson.steps[0]?.text).toContain('85 days');
    expect(lesson.steps[0]?.text).toContain('10.3 cm');
    expect(lesson.steps[1]?.text).toContain('146 days to treatment and 11.9 cm');
    expect(lesson.steps[2]?.text).toContain('54 days and 9.4 cm');
    expect(lesson.steps[3]?.text).toContain('62%');
    expect(lesson.steps[4]?.text).toContain('14.3%');
  });
});

describe('pathwayScenario(state) and pathwayCohortRows(results)', () => {
  it('is a valid scenario whose second arm carries the sliders’ pathway and the first the library’s', () => {
    const state = { ...defaultState, primaryCareDays: 3, secondaryCareDays: 0, referral: 'reference-centre' as const, reviewShare: 0.5 };
    const validated = validateScenario(pathwayScenario(state));
    expect(validated.ok).toBe(true);
    const arms = (pathwayScenario(state)['arms'] as Record<string, unknown>[]);
    expect(arms.map((a) => a['id'])).toEqual([pathwayArmIds.current, pathwayArmIds.slider]);
    expect(arms[0]?.['pathway']).toBeUndefined();
    expect(arms[1]?.['pathway']).toEqual({ intervals: { primaryCare: 3, secondaryCare: 0, sarcomaCentre: 17, treatment: 22 }, referral: 'reference-centre', review: 0.5, patientInterval: 1 });
  });

  it('a fast track to a sarcoma centre shortens the cohort’s wait and has no unplanned excision, on the same patients', async () => {
    const state = lessonStepState(findLesson('pathway') as Lesson, 2);
    const validated = validateScenario(pathwayScenario(state));
    if (!validated.ok) throw new Error(validated.issues.map((i) => i.message).join('; '));
    // workers: 0 runs in this thread; spawn is then never called.
    const { results } = await runTrial({ ...validated.scenario, patients: 1000 }, { workers: 0, spawn: () => { throw new Error('no worker expected'); }, version: 'test' });
    const rows = Object.fromEntries(pathwayCohortRows(results).map((r) => [r.readout, r.cells]));
    expect(Object.keys(rows)).toEqual(['pathwayCohortDays', 'pathwayCohortOver42', 'pathwayCohortDiameter', 'pathwayCohortExcision', 'pathwayLc5y', 'pathwayOs5y']);
    expect(Number(rows['pathwayCohortDays']?.[2])).toBeLessThan(Number(rows['pathwayCohortDays']?.[1]));
    expect(Number(rows['pathwayCohortDiameter']?.[2])).toBeLessThan(Number(rows['pathwayCohortDiameter']?.[1]));
    expect(rows['pathwayCohortExcision']?.[2]).toBe('0.0%');
    expect(Number.parseFloat(rows['pathwayCohortExcision']?.[1] ?? '')).toBeGreaterThan(10);
    for (const key of ['pathwayLc5y', 'pathwayOs5y']) for (const cell of rows[key]?.slice(1) ?? []) expect(cell).toMatch(/^\d+(\.\d)?%$/);
  });

  it('four intervals of 120 days (median 480 days) read "≥ 364", not 364: the histogram’s last bin opens at 52 weeks', async () => {
    const state = { ...defaultState, primaryCareDays: 120, secondaryCareDays: 120, sarcomaCentreDays: 120, treatmentDays: 120 };
    const validated = validateScenario(pathwayScenario(state));
    if (!validated.ok) throw new Error(validated.issues.map((i) => i.message).join('; '));
    const { results } = await runTrial({ ...validated.scenario, patients: 1000 }, { workers: 0, spawn: () => { throw new Error('no worker expected'); }, version: 'test' });
    const days = pathwayCohortRows(results).find((r) => r.readout === 'pathwayCohortDays')?.cells;
    expect(days?.[2]).toBe('≥ 364');
    // The library's pathway (medians 17 + 29 + 17 + 22 = 85 days) stays a plain number well inside the histogram.
    expect(Number(days?.[1])).toBeGreaterThan(40);
    expect(Number(days?.[1])).toBeLessThan(200);
  });

  it('binnedMedianText(median, lastBinStart, digits) marks a median in the open last bin with ≥', () => {
    expect(binnedMedianText(364, 364, 0)).toBe('≥ 364');
    expect(binnedMedianText(30, 30, 1)).toBe('≥ 30');
    expect(binnedMedianText(120.4, 364, 0)).toBe('120');
    expect(binnedMedianText(Number.NaN, 364, 0)).toBe(formatNumber(Number.NaN, 0));
  });
});
