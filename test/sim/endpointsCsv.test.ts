import { describe, expect, it } from 'vitest';
import type { CompetingEventsOutcome, GroupOutcome, LocalControlAtTime, MetastasisAtTime, TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { endpointsCsv, endpointsCsvColumns, endpointsCsvEndpointNames } from '../../packages/sim/src/report/endpointsCsv.js';

/** A group without follow-up times; `at` adds local control at the given points. */
function group(patients: number, at?: readonly LocalControlAtTime[]): GroupOutcome {
  return {
    patients,
    meanTcp: 0.8,
    meanTcpSe: 0.01,
    controlled: Math.round(patients * 0.8),
    controlRate: 0.8,
    controlCi95: [0.7, 0.9],
    localControl: { year1: 0.9, year2: 0.85, year5: null },
    tcpHistogram: { binWidth: 1, counts: [patients] },
    localControlCurve: [0.9],
    ...(at === undefined ? {} : { localControlAtTimes: at }),
  };
}

// Hand-written values (not produced by the engine): follow-up to 3 years; the value at 5 years stands for one
// results.json leaves null (as beyond the horizon), whose cells must be empty.
const lc5: LocalControlAtTime = { years: 5, localControl: null, localRecurrence: null, localControlCi95: null };
const lc2: LocalControlAtTime = { years: 2, localControl: 0.75, localRecurrence: 0.25, localControlCi95: [0.625, 0.875] };

const metastasis2: MetastasisAtTime = {
  years: 2,
  distantMetastasisFreeSurvival: 0.5,
  distantMetastasisFreeSurvivalCi95: [0.375, 0.625],
  distantMetastasisFreeSurvivalSe: 0.0625,
  metastasisIncidence: 0.25,
  metastasisIncidenceCi95: [0.125, 0.375],
  diseaseSpecificSurvival: 0.875,
  diseaseSpecificSurvivalCi95: [0.75, 1],
  diseaseSpecificSurvivalSe: 0.05,
  sarcomaDeathIncidence: 0.125,
  sarcomaDeathIncidenceCi95: null,
  overallSurvival: 0.8125,
  overallSurvivalCi95: [0.6875, 0.9375],
};

const competing: CompetingEventsOutcome = {
  patients: 40,
  localRecurrencesFirst: 4,
  otherCauseDeathsFirst: 2,
  otherCauseDeathsAfterLocalRecurrence: 0,
  atTimes: [
    {
      years: 2,
      localControl: 0.9,
      localControlCi95: [0.8, 0.95],
      localRecurrenceIncidence: 0.1,
      localRecurrenceIncidenceCi95: [0.05, 0.2],
      otherCauseDeathIncidence: 0.05,
      otherCauseDeathIncidenceCi95: [0.01, 0.15],
      localRecurrenceFreeSurvival: 0.85,
      localRecurrenceFreeSurvivalCi95: [0.7, 0.93],
    },
  ],
  metastasis: { metastasesFirst: 10, sarcomaDeaths: 5, otherCauseDeaths: 2, atTimes: [metastasis2] },
};

/**
 * One arm "a,1" (a comma: quoted as arms.csv quotes it) with one subtype and one grade stratum; `timed` false: the
 * same arm without followUp.at (no time-indexed endpoint at all).
 */
function fixture(timed = true): TrialResults {
  const at = (points: readonly LocalControlAtTime[]): readonly LocalControlAtTime[] | undefined => (timed ? points : undefined);
  return {
    rtsim: { version: '9.9.9', resultsFormat: 1, model: 1, library: { version: '1.0.0', hash: 'sha256:test' } },
    scenario: { name: 'endpoints', hash: 'sha256:0123' },
    seed: 1,
    patients: 40,
    blockSize: 4096,
    followUp: timed ? { years: 3, binDays: 365.25, at: [5, 2] } : { years: 3, binDays: 365.25 },
    subtypes: [{ id: 'sts', name: 'STS', weight: 1 }],
    arms: [
      {
        id: 'a,1',
        name: 'A',
        fractions: 25,
        totalDose: 50,
        overallTime: 32, controlModel: 'clonogen',
        ...group(40, at([lc2, lc5])),
        ...(timed ? { competingEvents: competing } : {}),
        bySubtype: [{ subtype: 'sts', ...group(40, at([lc2, lc5])) }],
        byStratum: [{ by: 'grade', stratum: 'G3', patients: 16, controlled: 12, controlRate: 0.75, controlCi95: [0.5, 0.9], localControl: { year1: 0.8, year2: 0.75, year5: null }, localControlCurve: [0.8], ...(timed ? { localControlAtTimes: [lc2, lc5] } : {}) }],
      },
    ],
    comparisons: [],
  };
}

describe('endpointsCsv(results)', () => {
  const lines = endpointsCsv(fixture()).split('\n');

  it('writes the header, then one row per group × endpoint × time, ending with a newline', () => {
    expect(lines[0]).toBe('arm_id,scope,group_id,endpoint,years,value,ci95_lower,ci95_upper,patients,lesions');
    expect(lines.at(-1)).toBe('');
    // Hand count: arm LC, LR at 2 times + 4 competing and 5 metastasis endpoints at the one time they hold (2 y);
    // subtype and grade stratum LC, LR at 2 times each.
    expect(lines.length - 2).toBe(2 * 2 + (4 + 5) * 1 + 2 * 2 + 2 * 2);
  });

  it('writes the values and intervals results.json holds, times ascending, empty cells beyond the horizon and without an interval', () => {
    expect(lines.slice(1, 5)).toEqual([
      '"a,1",arm,,local_control,2,0.75,0.625,0.875,40,',
      '"a,1",arm,,local_control,5,,,,40,',
      '"a,1",arm,,local_recurrence,2,0.25,,,40,',
      '"a,1",arm,,local_recurrence,5,,,,40,',
    ]);
    expect(lines).toContain('"a,1",arm,,lrfs,2,0.85,0.7,0.93,40,');
    expect(lines).toContain('"a,1",arm,,local_control_death_censored,2,0.9,0.8,0.95,40,');
    expect(lines).toContain('"a,1",arm,,dmfs,2,0.5,0.375,0.625,40,');
    expect(lines).toContain('"a,1",arm,,cif_sarcoma_death,2,0.125,,,40,');
    expect(lines).toContain('"a,1",arm,,os,2,0.8125,0.6875,0.9375,40,');
    expect(lines.slice(-5, -1)).toEqual([
      '"a,1",grade,G3,local_control,2,0.75,0.625,0.875,16,',
      '"a,1",grade,G3,local_control,5,,,,16,',
      '"a,1",grade,G3,local_recurrence,2,0.25,,,16,',
      '"a,1",grade,G3,local_recurrence,5,,,,16,',
    ]);
  });

  it('lists the endpoints in the documented order, and only those a group has', () => {
    // Fields after the quoted arm id: scope, group_id, endpoint, …
    const fields = lines.slice(1, -1).map((line) => line.replace('"a,1",', '').split(','));
    const endpoints = [...new Set(fields.filter(([scope]) => scope === 'arm').map((row) => row[2]))];
    expect(endpoints).toEqual(['local_control', 'local_recurrence', 'local_control_death_censored', 'lrfs', 'cif_local_recurrence', 'cif_death_before_local_recurrence', 'dmfs', 'cif_metastasis', 'dss', 'cif_sarcoma_death', 'os']);
    expect(endpointsCsvEndpointNames.slice(0, endpoints.length)).toEqual(endpoints);
    expect(fields.filter(([scope]) => scope === 'subtype').map((row) => row[2])).toEqual(['local_control', 'local_control', 'local_recurrence', 'local_recurrence']);
  });

  it('without followUp.at holds local control at the fixed 1, 2 and 5 years arms.csv reports, without an interval', () => {
    // The fixture's groups: local control 0.9, 0.85 and (beyond the horizon) none at 1, 2 and 5 years; the stratum 0.8, 0.75.
    expect(endpointsCsv(fixture(false)).split('\n')).toEqual([
      endpointsCsvColumns.join(','),
      '"a,1",arm,,local_control,1,0.9,,,40,',
      '"a,1",arm,,local_control,2,0.85,,,40,',
      '"a,1",arm,,local_control,5,,,,40,',
      '"a,1",subtype,sts,local_control,1,0.9,,,40,',
      '"a,1",subtype,sts,local_control,2,0.85,,,40,',
      '"a,1",subtype,sts,local_control,5,,,,40,',
      '"a,1",grade,G3,local_control,1,0.8,,,16,',
      '"a,1",grade,G3,local_control,2,0.75,,,16,',
      '"a,1",grade,G3,local_control,5,,,,16,',
      '',
    ]);
  });
});
