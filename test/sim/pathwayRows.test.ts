// The pathway table's missing values are written "—" as everywhere else in the terminal and the report (audit 41: an
// en dash "–" stood in "LC after one" for an arm without unplanned excisions). A hand-written arm, only what the rows read.
import { describe, expect, it } from 'vitest';
import type { ArmPathway, TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { pathwayRows } from '../../packages/sim/src/report/pathwayRows.js';

const pathway = (controlled: number, medianDays: number): ArmPathway =>
  ({
    referral: 'usual',
    daysToTreatment: { median: medianDays, over42Days: 0.5, over42DaysCi95: [0.4, 0.6] },
    diagnosisToTreatmentOver42Days: 0.25,
    diagnosisToTreatmentOver42DaysCi95: [0.2, 0.3],
    diameterAtTreatmentCm: { median: 7.25 },
    symptomToDiagnosisDays: { median: 120.04, weeklyCounts: [] },
    unplannedExcisions: { patients: 100, events: 0, rate: 0, rateCi95: [0, 0.037], controlled },
  }) as unknown as ArmPathway;

const results = (arms: readonly { id: string; pathway: ArmPathway }[]): TrialResults => ({ arms }) as unknown as TrialResults;

describe('pathwayRows(results)', () => {
  it('writes an arm without unplanned excisions (NaN control) and a missing median as —, the others to one decimal', () => {
    const [row] = pathwayRows(results([{ id: 'a', pathway: pathway(Number.NaN, Number.NaN) }]));
    expect(row).toEqual(['a', 'usual', '120.0', '—', '25.0 [20.0, 30.0]', '7.3', '0.0 [0.0, 3.7]', '—']);
    expect(row?.join(' ')).not.toContain('–');
  });
  it('writes the crude control after an unplanned excision as a percentage', () => {
    expect(pathwayRows(results([{ id: 'b', pathway: pathway(0.8125, 30) }]))[0]?.at(-1)).toBe('81.3');
  });
});
