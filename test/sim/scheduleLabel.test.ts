// The schedule column: a surgery-alone arm (one 0 Gy fraction with surgery) is not a 0 Gy schedule, and a per-patient
// (GARD) prescription is a mean. Hand-written arms, then the shipped surgery-alone arm through the built command line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScheduleLabelArm } from '../../packages/sim/src/report/scheduleLabel.js';
import { scheduleLabel } from '../../packages/sim/src/report/scheduleLabel.js';
import { inProcessCli } from './inProcessCli.js';

const fixed: ScheduleLabelArm = { totalDose: 50, fractions: 25 };
const margin = (stratum: string) => ({ by: 'margin', stratum }) as NonNullable<ScheduleLabelArm['byStratum']>[number];

describe('scheduleLabel(arm)', () => {
  it('writes a fixed course as total dose / fractions', () => {
    expect(scheduleLabel(fixed)).toBe('50 Gy / 25 fx');
    expect(scheduleLabel({ ...fixed, prescribedDose: { mean: 50, sd: 0, min: 50, max: 50, clamped: { atMinDose: 0, atMaxDose: 0 } } })).toBe('50 Gy / 25 fx');
  });
  it('calls a per-patient prescription a mean, to 0.1 Gy as the total-dose column writes it', () => {
    const prescribedDose = { mean: 55.63, sd: 10.8, min: 40, max: 70, clamped: { atMinDose: 3, atMaxDose: 9 } };
    expect(scheduleLabel({ totalDose: 55.63, fractions: 25, prescribedDose })).toBe('mean 55.6 Gy / 25 fx');
    expect(scheduleLabel({ totalDose: 60, fractions: 30, prescribedDose: { ...prescribedDose, mean: 60 } })).toBe('mean 60.0 Gy / 30 fx');
  });
  it('calls one 0 Gy fraction with surgery surgery alone, by its margin strata or its complications timing', () => {
    expect(scheduleLabel({ totalDose: 0, fractions: 1, byStratum: [margin('R0-wide'), margin('R2')] })).toBe('surgery alone');
    expect(scheduleLabel({ totalDose: 0, fractions: 1, complications: { timing: 'surgery-alone' } as NonNullable<ScheduleLabelArm['complications']> })).toBe('surgery alone');
  });
  it('calls a course without dose and without an operation no radiotherapy', () => {
    expect(scheduleLabel({ totalDose: 0, fractions: 1, byStratum: [margin('none')] })).toBe('no radiotherapy');
    expect(scheduleLabel({ totalDose: 0, fractions: 1 })).toBe('no radiotherapy');
  });
});

describe('rtsim run scenarios/pathway-grade-tailored.yaml', () => {
  const directory = mkdtempSync(join(tmpdir(), 'rtsim-schedule-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('shows its surgery-alone arm as surgery alone, the other columns as before', async () => {
    const scenario = new URL('../../scenarios/pathway-grade-tailored.yaml', import.meta.url).pathname;
    const run = await inProcessCli(directory)('run', scenario, '--patients', '1500', '--workers', '0', '--out', 'out');
    expect(run.status, run.stderr).toBe(0);
    const row = run.stdout.split('\n').find((line) => line.startsWith('surgery-alone ')) ?? '';
    expect(row).toMatch(/^surgery-alone\s+surgery alone\s+0\s+\d+\.\d ± /);
    expect(run.stdout).not.toContain('0 Gy / 1 fx');
    expect(run.stdout).toMatch(/^rt-all\s+50 Gy \/ 25 fx\s+32\s/m);
  });
});
