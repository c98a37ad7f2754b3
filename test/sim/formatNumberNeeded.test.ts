// Numbers needed as clinicians read them (Altman DG. BMJ 1998;317:1309): NNTB or NNTH, a positive number, and an
// interval through infinity when the difference's includes 0. Hand values: 1/0.04 = 25, 1/0.18 = 5.56, 1/0.05 = 20.
import { describe, expect, it } from 'vitest';
import type { ArmComparison } from '../../packages/sim/src/cohort/TrialResults.js';
import { therapeuticRatio } from '../../packages/sim/src/cohort/therapeuticRatio.js';
import { formatNumberNeeded } from '../../packages/sim/src/report/formatNumberNeeded.js';
import { numberNeededCells } from '../../packages/sim/src/report/numberNeededCells.js';
import { complicationComparison } from './complicationComparison.js';

const complications = [
  complicationComparison('wound', 0.18, [0.15, 0.21]),
  complicationComparison('fibrosis', -0.05, [-0.08, 0.02]),
  complicationComparison('oedema', 0, [-0.01, 0.01]),
  complicationComparison('complicationFreeControl', -0.1, [-0.125, -0.08]),
];
/** A comparison with a therapeutic ratio from discordant control counts of 1000 patients (only what the cells read). */
const comparison = (aOnly: number, bOnly: number): ArmComparison =>
  ({ a: 'a', b: 'b', complications, therapeuticRatio: therapeuticRatio({ aOnly, bOnly }, 1000, complications) }) as unknown as ArmComparison;

describe('numberNeededCells(comparison)', () => {
  it('arm a controls 4 points more, costs wound complications and spares fibrosis without certainty', () => {
    // Control +0.04 [0.0226, 0.0574]: NNTB 25 [17.4, 44.2]. Wound +0.18 [0.15, 0.21], a harm: NNTH 5.6 [4.8, 6.7].
    // Fibrosis −0.05 [−0.08, +0.02], a benefit whose interval reaches a harm of 0.02: NNTH 50 to ∞ to NNTB 12.5.
    expect(numberNeededCells(comparison(60, 20))).toEqual(['NNTB 25.0 [17.4, 44.2]', 'NNTH 5.6 [4.8, 6.7]', 'NNTB 20.0 [NNTH 50.0 to ∞ to NNTB 12.5]', '—']);
  });
  it('arm a controls 4 points less: NNTH, a positive number', () => {
    expect(numberNeededCells(comparison(20, 60))[0]).toBe('NNTH 25.0 [17.4, 44.2]');
  });
  it('is empty without a therapeutic ratio', () => {
    expect(numberNeededCells({ a: 'a', b: 'b' } as unknown as ArmComparison)).toEqual([]);
  });
});

describe('formatNumberNeeded(needed, difference interval, outcome)', () => {
  it('writes 1000 patients and more as whole numbers', () => {
    expect(formatNumberNeeded({ patients: 1250, patientsCi95: [1000, 2000] }, [0.0005, 0.001], 'benefit')).toBe('NNTB 1250 [1000, 2000]');
  });
  it('gives the estimate and its interval the same decimals: whole numbers when one of them reaches 1000', () => {
    // Control 0.2 points lower, interval [−0.36, −0.04] points: NNTH 1/0.002 = 500 [1/0.0036 = 277.8, 1/0.0004 = 2500].
    expect(formatNumberNeeded({ patients: -500, patientsCi95: [-1 / 0.0036, -2500] }, [-0.0036, -0.0004], 'benefit')).toBe('NNTH 500 [278, 2500]');
    // Through infinity: the harm end 1/0.0004 = 2500 makes the whole cell whole numbers.
    expect(formatNumberNeeded({ patients: 20, patientsCi95: null }, [-0.0004, 0.1], 'benefit')).toBe('NNTB 20 [NNTH 2500 to ∞ to NNTB 10]');
    expect(formatNumberNeeded({ patients: 500, patientsCi95: [277.9, 999.9] }, [0.001, 0.0036], 'benefit')).toBe('NNTB 500.0 [277.9, 999.9]');
  });
  it('runs an interval that ends at a difference of 0 from ∞', () => {
    expect(formatNumberNeeded({ patients: 20, patientsCi95: null }, [0, 0.1], 'benefit')).toBe('NNTB 20.0 [∞ to NNTB 10.0]');
  });
  it('says so when the difference has no finite interval', () => {
    expect(formatNumberNeeded({ patients: 20, patientsCi95: null }, [Number.NaN, Number.NaN], 'harm')).toBe('NNTH 20.0 [not estimable]');
  });
  it('never prints a negative number: a harm outcome that falls is a benefit', () => {
    expect(formatNumberNeeded({ patients: -23.6, patientsCi95: [-24.3, -22.9] }, [-1 / 22.9, -1 / 24.3], 'harm')).toBe('NNTB 23.6 [22.9, 24.3]');
  });
});
