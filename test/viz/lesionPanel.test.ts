// @vitest-environment jsdom
import type { ArmLesions, TrialResults } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { resultsView } from '../../packages/viz/src/runner/resultsView.js';

const hostile = '<img src=x onerror=alert(1)>';
const group = { patients: 100, meanTcp: 0.6, meanTcpSe: 0.01, controlled: 60, controlRate: 0.6, controlCi95: [0.5, 0.69] as const,
  localControl: { year1: 0.7, year2: 0.6, year5: null }, tcpHistogram: { binWidth: 0.5, counts: [40, 60] }, localControlCurve: [1, 0.8, 0.6] };
const arm = (id: string, name = id): TrialResults['arms'][number] => ({ ...group, id, name, fractions: 3, totalDose: 45, overallTime: 5, controlModel: 'clonogen', bySubtype: [] });
/** 180 lesions in 100 patients: 162 controlled; per-lesion LC 0.95 (0.9 to 0.975) at 1 y and 0.9 (0.85 to 0.94) at 2 y. */
const lesions: ArmLesions = {
  lesions: 180, meanPerPatient: 1.8, controlled: 162, controlRate: 0.9, controlCi95: [0.85, 0.935],
  localControl: { year1: 0.95, year2: 0.9, year5: null }, localControlCurve: [0.97, 0.95, 0.9],
  localControlAtTimes: [
    { years: 1, localControl: 0.95, localRecurrence: 0.05, localControlCi95: [0.9, 0.975] },
    { years: 2, localControl: 0.9, localRecurrence: 0.1, localControlCi95: [0.85, 0.94] },
  ],
};
const patientAtTimes = [
  { years: 1, localControl: 0.7, localRecurrence: 0.3, localControlCi95: [0.6, 0.78] as const },
  { years: 2, localControl: 0.6, localRecurrence: 0.4, localControlCi95: [0.5, 0.69] as const },
];

/** A finished run of a lesion arm (named with markup) and a whole-tumour arm, followed up at `at` years if given. */
function run(arms: TrialResults['arms'], at?: readonly number[]): Parameters<typeof resultsView>[0] {
  const results: TrialResults = {
    rtsim: { version: '0.1.0', resultsFormat: 1, model: 1, library: { version: '1.0.0', hash: 'sha256:test' } },
    scenario: { name: 'lesions', hash: 'sha256:0' },
    seed: 7,
    patients: 100,
    blockSize: 4096,
    followUp: { years: 2, binDays: 243.5, ...(at === undefined ? {} : { at }) },
    subtypes: [{ id: 'sts', name: 'Soft tissue sarcoma', weight: 1 }],
    arms,
    comparisons: [],
  };
  return { results, json: '{}\n', csv: '', html: '<!doctype html>', endpointsCsv: '', elapsedMs: 1000 };
}

const lesionArm = (localControlAtTimes?: typeof patientAtTimes): TrialResults['arms'][number] =>
  ({ ...arm('3x15', hostile), lesions, ...(localControlAtTimes === undefined ? {} : { localControlAtTimes }) });
const cells = (view: HTMLElement, selector: string): string[] => [...view.querySelectorAll(selector)].map((cell) => cell.textContent);

describe('resultsView(run, fileStem) with arms that treat lesions', () => {
  it('shows a per-lesion table in the local-control card: lesions, per patient, lesion control, lesion LC (95% CI) beside patient LC at each follow-up time', () => {
    const view = resultsView(run([lesionArm(patientAtTimes), arm('whole')], [1, 2]), 'example');
    const panel = view.querySelector('#card-local-control .lesion-panel');
    expect(panel).not.toBeNull();
    expect(cells(view, '.lesion-table thead th')).toEqual([
      'Arm', 'Lesions', 'Lesions per patient', 'Lesion control (95% CI)',
      'Lesion LC 1 y (95% CI)', 'Patient LC 1 y', 'Lesion LC 2 y (95% CI)', 'Patient LC 2 y',
    ]);
    // One row: the whole-tumour arm has no lesions.
    expect(cells(view, '.lesion-table tbody tr').length).toBe(1);
    expect(cells(view, '.lesion-table tbody tr > *')).toEqual([
      '3x15', '180', '1.8', '90.0% (85.0% to 93.5%)', '95.0% (90.0% to 97.5%)', '70.0%', '90.0% (85.0% to 94.0%)', '60.0%',
    ]);
    // The arm's name comes from the file: a hover title, never markup.
    expect(view.querySelector('.lesion-table tbody th')?.getAttribute('title')).toBe(hostile);
    expect(view.querySelector('img')).toBeNull();
  });

  it('draws the per-lesion Kaplan–Meier curve of each lesion arm only', () => {
    const view = resultsView(run([lesionArm(patientAtTimes), arm('whole')], [1, 2]), 'example');
    expect(view.querySelectorAll('.lesion-chart svg path.series')).toHaveLength(1);
    expect(view.querySelector('.lesion-chart svg')?.textContent).toContain('Per-lesion local control');
  });

  it('falls back to LC at 1 and 2 years, without intervals, when the scenario gives no follow-up times', () => {
    const view = resultsView(run([lesionArm()]), 'example');
    expect(cells(view, '.lesion-table thead th').slice(4)).toEqual(['Lesion LC 1 y', 'Patient LC 1 y', 'Lesion LC 2 y', 'Patient LC 2 y']);
    expect(cells(view, '.lesion-table tbody tr > *').slice(4)).toEqual(['95.0%', '70.0%', '90.0%', '60.0%']);
  });

  it('renders nothing per lesion when no arm treats lesions', () => {
    const view = resultsView(run([arm('long'), arm('short')], [1, 2]), 'example');
    expect(view.querySelector('#card-local-control')).not.toBeNull();
    expect(view.querySelector('.lesion-panel')).toBeNull();
    expect(view.querySelector('.lesion-table')).toBeNull();
  });
});
