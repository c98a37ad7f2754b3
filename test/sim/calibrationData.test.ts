import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { observedControl } from '../../packages/sim/src/calibration/observedControl.js';
import { parseCalibration } from '../../packages/sim/src/calibration/parseCalibration.js';
import type { ScenarioIssue } from '@rtsim/sim';

const tiny = readFileSync(new URL('../fixtures/calibration/tiny.yaml', import.meta.url), 'utf8');
const shipped = readFileSync(new URL('../../calibration/sts-series.yaml', import.meta.url), 'utf8');

function issuesOf(text: string): readonly ScenarioIssue[] {
  const result = parseCalibration(text, 'data.yaml');
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}
const paths = (issues: readonly ScenarioIssue[]): string[] => issues.map((issue) => issue.path);

describe('parseCalibration(text, fileName)', () => {
  it('accepts the test fixture and the shipped sarcoma series, resolving each series to a scenario at its time point', () => {
    const result = parseCalibration(tiny, 'tiny.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [fit, holdout] = result.setup.cohorts;
    expect(fit?.scenario.followUp.years).toBe(5);
    expect(fit?.scenario.patients).toBe(4096);
    expect(fit?.observed).toMatchObject({ kind: 'counts', rate: 16 / 36, controlled: 16, effectivePatients: 36 });
    expect(holdout?.role).toBe('holdout');
    expect(result.setup.parameters[0]).toMatchObject({ nominal: 0.232, start: 0.232, scale: 'linear' });
    const sts = parseCalibration(shipped, 'sts-series.yaml');
    expect(sts.ok).toBe(true);
    if (!sts.ok) return;
    // The MLS alpha acts only on the two myxoid liposarcoma series; the residual fractions only where there is surgery.
    const mls = sts.setup.parameters.find((p) => p.path.includes('myxoid'));
    expect(sts.setup.cohorts.filter((_, i) => (mls?.targets[i] ?? []).length > 0).map((c) => c.id)).toEqual(['pmh-myxoid-liposarcoma', 'doremy']);
  });

  it('--patients replaces the file\'s patient count in every series', () => {
    const result = parseCalibration(tiny, 'tiny.yaml', { patients: 8192 });
    expect(result.ok && result.setup.cohorts.every((c) => c.scenario.patients === 8192)).toBe(true);
  });

  it('reports schema problems with their path and line: unknown keys, counts that do not add up, shares, scales', () => {
    const broken = tiny
      .replace('    min: 0.1\n', '    min: 0.1\n    scale: log\n    stat: 2\n')
      .replace('observed: { failures: 20, patients: 36, atYears: 5 }', 'observed: { failures: 40, patients: 36, atYears: 5 }')
      .replace('    role: holdout\n', '    role: holdout\n    armShares: [0.5, 0.5]\n');
    const issues = issuesOf(broken);
    expect(paths(issues)).toEqual(expect.arrayContaining(['parameters[0].stat', 'cohorts[0].observed.failures', 'cohorts[1].armShares']));
    const unknown = issues.find((issue) => issue.path === 'parameters[0].stat');
    expect(unknown?.message).toMatch(/unknown key 'stat'; did you mean 'start'\?/);
    expect(unknown?.line).toBe(12);
    expect(issues.find((issue) => issue.path === 'cohorts[0].observed.failures')?.message).toBe('expected at most patients (36), got 40');
    expect(issues.find((issue) => issue.path === 'cohorts[1].armShares')?.message).toBe('expected one share per arm (1), got 2');
  });

  it('refuses a published rate of exactly 0 or 1 with a ci95, as an evidence file does: its p(1 − p)/SE² is 0 patients', () => {
    const held = 'observed: { localControl: 0.45, patients: 112, atYears: 5 }';
    expect(tiny).toContain(held);
    for (const rate of [0, 1]) {
      const interval = rate === 1 ? '[0.9, 1]' : '[0, 0.1]';
      const issues = issuesOf(tiny.replace(held, `observed: { localControl: ${rate}, ci95: ${interval}, patients: 36, atYears: 5 }`));
      expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
        `cohorts[1].observed.ci95: a localControl of ${rate} with a 95% interval has no effective number of patients (p(1 − p)/SE² = 0): leave ci95 out, so that the patients are the n`,
      ]);
    }
    // Without the interval the rate is taken on its 36 patients.
    const result = parseCalibration(tiny.replace(held, 'observed: { localControl: 1, patients: 36, atYears: 5 }'), 'data.yaml');
    expect(result.ok && result.setup.cohorts[1]?.observed).toMatchObject({ rate: 1, effectivePatients: 36, controlled: 36 });
  });

  it('reports an unreadable path with the forms a path takes', () => {
    const issues = issuesOf(tiny.replace('cohort.subtypes[sts].alpha.mean', 'cohort.alpha.mean'));
    expect(issues.map((issue) => issue.path)).toEqual(['parameters[0].path']);
    expect(issues[0]?.message).toMatch(/^cohort-level parameters are merged into each subtype: write cohort\.subtypes\[\*\]\.alpha\.mean \(expected one of /);
  });

  it('reports a log scale whose range includes 0 and a start outside the range', () => {
    const issues = issuesOf(tiny.replace('    min: 0.1\n    max: 0.5\n', '    min: 0\n    max: 0.5\n    scale: log\n    start: 0.9\n'));
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'parameters[0].min: a log scale needs min > 0, got 0',
      'parameters[0].start: expected a number from 0 to 0.5, got 0.9',
    ]);
  });

  it('reports scenario problems of a series under its path: an unknown library subtype, a bad schedule', () => {
    const issues = issuesOf(tiny.replace('subtypes: [{ ref: sts }]\n    arms:\n      - { id: rt-64x32', 'subtypes: [{ ref: stx }]\n    arms:\n      - { id: rt-64x32').replace('fractions: 33, dose: 2', 'fractions: 0, dose: 2'));
    const byPath = new Map(issues.map((issue) => [issue.path, issue.message]));
    expect(byPath.get('cohorts[1].cohort.subtypes[0].ref')).toMatch(/^unknown library subtype "stx"; did you mean 'sts'\?/);
    expect(byPath.get('cohorts[0].arms[0].schedule.fractions')).toMatch(/expected a whole number/);
  });

  it('refuses a parameter that no fitted series has, one that a series overrides, and a range that breaks a series', () => {
    const noFit = issuesOf(tiny.replace('cohort.subtypes[sts].alpha.mean', 'arms[*].surgery.residualFraction.R0.median'));
    expect(noFit.map((issue) => `${issue.path}: ${issue.message}`)).toContain('parameters[0].path: acts on no series with role fit: the data cannot inform it');
    const overridden = issuesOf(tiny.replace('subtypes: [{ ref: sts }]\n    arms:\n      - { id: rt-64x32', 'subtypes: [{ ref: sts, override: { alpha: { dist: normal, mean: 0.3, sd: 0.08, min: 0 } } }]\n    arms:\n      - { id: rt-64x32'));
    expect(overridden[0]?.path).toBe('parameters[0].path');
    expect(overridden[0]?.message).toMatch(/names 0\.232 in series 'gross-66' but 0\.3 in 'gross-64': a fitted parameter is one number shared by every series/);
    const negativeSd = issuesOf(tiny.replace('cohort.subtypes[sts].alpha.mean', 'cohort.subtypes[sts].alpha.sd').replace('    min: 0.1\n', '    min: -0.1\n'));
    expect(negativeSd.map((issue) => issue.path)).toContain('parameters[0].min');
    expect(negativeSd.find((issue) => issue.path === 'parameters[0].min')?.message).toBe("-0.1 would make series 'gross-66' invalid (cohort.subtypes[sts].alpha.sd: expected a number ≥ 0, got -0.1)");
  });

  it('reports duplicate series ids, no fitted series, and file-level problems', () => {
    const issues = issuesOf(tiny.replace('id: gross-64', 'id: gross-66').replace('role: fit', 'role: holdout'));
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(
      expect.arrayContaining(["cohorts[1].id: duplicate series id 'gross-66' (also cohorts[0])", "cohorts: no series has role 'fit': there is nothing to fit the parameters to"]),
    );
    expect(issuesOf('')[0]?.path).toBe('(file)');
    expect(issuesOf('version: [')[0]?.path).toBe('(file)');
  });
});

describe('observedControl(observed)', () => {
  it('takes counts as they are, with the Wilson interval (5 of 79: 93.7% [86.0, 97.3], Newcombe method 3 by hand)', () => {
    const observed = observedControl({ failures: 5, patients: 79, atYears: 3.6 });
    expect(observed.controlled).toBe(74);
    expect(observed.effectivePatients).toBe(79);
    expect(observed.ci95[0]).toBeCloseTo(0.8603, 3);
    expect(observed.ci95[1]).toBeCloseTo(0.9727, 3);
  });

  it('turns a published rate and interval into p(1 − p)/SE² effective patients, capped at the series size', () => {
    // 87.4% ± 1.96·3.4%: SE = 0.034 → n = 0.874·0.126/0.034² = 95.26 (< 109 patients).
    const imrt = observedControl({ localControl: 0.874, ci95: [0.874 - 1.959964 * 0.034, 0.874 + 1.959964 * 0.034], patients: 109, atYears: 5 });
    expect(imrt.effectivePatients).toBeCloseTo(95.26, 1);
    expect(imrt.controlled).toBeCloseTo(0.874 * 95.26, 0);
    // 90% (84–96): SE = 0.0306 → n = 96.0 > 56 lesions, so 56.
    const sbrt = observedControl({ localControl: 0.9, ci95: [0.84, 0.96], patients: 56, atYears: 2 });
    expect(sbrt.effectivePatients).toBe(56);
    expect(sbrt.ci95).toEqual([0.84, 0.96]);
    // Without an interval: the series size.
    expect(observedControl({ localControl: 0.435, patients: 36, atYears: 5 }).effectivePatients).toBe(36);
  });
});
