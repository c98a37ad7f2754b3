// @vitest-environment jsdom
// The runner's pathway and diagnosis tables (issue 17; docs/scenarios.md, "The diagnostic pathway"): what the terminal
// and report show, from hand-written results; text from the results never becomes markup.
import type { TrialResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { pathwayTables } from '../../packages/viz/src/runner/pathwayTables.js';

const hostile = '<img src=x onerror=alert(1)>';
const pathway = {
  intervals: { primaryCare: { median: 17, sigma: 0.32 }, secondaryCare: { median: 29, sigma: 0.32 }, sarcomaCentre: { median: 17, sigma: 0.32 }, treatment: { median: 22, sigma: 0.77 } },
  referral: 'local',
  unplannedExcision: 'model',
  daysToTreatment: { median: 90.32, over42Days: 0.9999, over42DaysCi95: [0.9997, 0.99996] },
  diagnosisToTreatmentOver42Days: 0.206,
  diagnosisToTreatmentOver42DaysCi95: [0.202, 0.21],
  diameterAtTreatmentCm: { median: 12.79 },
  symptomToDiagnosisDays: { median: 159.84, weeklyCounts: [] },
  unplannedExcisions: { patients: 40000, events: 8447, rate: 0.211, rateCi95: [0.207, 0.215], controlled: 0.529 },
};
const diagnosis = {
  treatmentBySubtype: [{ diagnosis: 'myxoid-liposarcoma', arm: 'deescalated-36' }],
  misdiagnosis: 'library',
  review: 0,
  patients: 40000,
  misdiagnosed: 5800,
  misdiagnosedRate: 0.145,
  misdiagnosedRateCi95: [0.142, 0.149],
  mistreated: 2912,
  mistreatedRate: 0.0728,
  mistreatedRateCi95: [0.07, 0.075],
  mistreatedControlled: 0.626,
  mistreatedControlledIfRight: 0.673,
  misgraded: 12580,
  misgradedRate: 0.3147,
  misgradedRateCi95: [0.31, 0.319],
  partialDiscordance: 14160,
  partialDiscordanceRate: 0.354,
  partialDiscordanceRateCi95: [0.349, 0.359],
};
// Only the arms' ids, pathways and diagnoses are read.
const results = (arms: object[]): TrialResults => ({ arms }) as unknown as TrialResults;

describe('runner: pathway tables', () => {
  it('show the pathway of each arm with one, and the diagnosis of each arm that chooses by it', () => {
    const [first, second] = pathwayTables(results([{ id: hostile, pathway }, { id: 'tailored', pathway, diagnosis }, { id: 'plain' }]));
    expect(first?.querySelectorAll('tbody tr').length).toBe(2);
    const cells = [...(first?.querySelectorAll('tbody tr')[0]?.querySelectorAll('td, th') ?? [])].map((cell) => cell.textContent);
    expect(cells).toEqual([hostile, 'local', '159.8', '90.3', '20.6 [20.2, 21.0]', '12.8', '21.1 [20.7, 21.5]', '52.9']);
    expect(first?.querySelector('img')).toBeNull();
    const diagnosisCells = [...(second?.querySelectorAll('tbody tr')[0]?.querySelectorAll('td, th') ?? [])].map((cell) => cell.textContent);
    expect(diagnosisCells).toEqual(['tailored', 'library', '0.0', '14.5 [14.2, 14.9]', '31.5 [31.0, 31.9]', '7.3 [7.0, 7.5]', '62.6', '67.3']);
  });

  it('show nothing for a run without a pathway', () => {
    expect(pathwayTables(results([{ id: 'plain' }]))).toEqual([]);
  });
});
