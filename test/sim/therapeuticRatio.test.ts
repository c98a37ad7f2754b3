// The therapeutic ratio of two arms (docs/models.md, "Therapeutic ratio"; issue 16): the paired LC difference, the
// number needed to treat and to harm with Altman's reciprocal intervals, and the control gained per complication.
// Expected values computed by hand (python3 with z = 1.959963984540054), not by the code under test.
import { describe, expect, it } from 'vitest';
import { numberNeeded, pairedProportionDifference, therapeuticRatio } from '../../packages/sim/dist/index.js';
import { complicationComparison } from './complicationComparison.js';

describe('pairedProportionDifference(b, c, n)', () => {
  it('is (b − c)/n ± z·√(b + c − (b − c)²/n)/n: 60 and 20 discordant of 1000 give 0.04 (0.022646 to 0.057354)', () => {
    const { difference, ci95 } = pairedProportionDifference(60, 20, 1000);
    expect(difference).toBe(0.04);
    expect(ci95[0]).toBeCloseTo(0.022645739095472277, 12);
    expect(ci95[1]).toBeCloseTo(0.05735426090452772, 12);
  });
  it('is NaN without patients', () => {
    expect(pairedProportionDifference(0, 0, 0).difference).toBeNaN();
  });
});

describe('numberNeeded(Δ, ci95)', () => {
  it('is 1/Δ with the interval [1/upper, 1/lower] when the difference interval excludes 0', () => {
    expect(numberNeeded(0.2, [0.1, 0.25])).toEqual({ value: 5, ci95: [4, 10] });
  });
  it('keeps the sign of a negative difference: [−0.2, −0.1] gives −10 to −5', () => {
    expect(numberNeeded(-0.125, [-0.2, -0.1])).toEqual({ value: -8, ci95: [-10, -5] });
  });
  it('has no interval when the difference interval reaches 0 (it would cover infinity), and no value at Δ = 0', () => {
    expect(numberNeeded(0.05, [-0.01, 0.11])).toEqual({ value: 20, ci95: null });
    expect(numberNeeded(0, [-0.01, 0.01])).toEqual({ value: null, ci95: null });
    expect(numberNeeded(Number.NaN, [Number.NaN, Number.NaN])).toEqual({ value: null, ci95: null });
  });
});

describe('therapeuticRatio(control discordant, n, comparisons)', () => {
  const ratio = therapeuticRatio({ aOnly: 60, bOnly: 20 }, 1000, [
    complicationComparison('wound', 0.18, [0.15, 0.21]),
    complicationComparison('fibrosis', -0.05, [-0.08, 0.02]),
    complicationComparison('oedema', 0, [-0.01, 0.01]),
    complicationComparison('complicationFreeControl', -0.1, [-0.125, -0.08]),
  ]);
  it('gains 4 points of LC: NNT 25 (17.435 to 44.158)', () => {
    expect(ratio.localControlDifference).toBe(0.04);
    expect(ratio.numberNeededToTreat.patients).toBe(25);
    expect(ratio.numberNeededToTreat.patientsCi95?.[0]).toBeCloseTo(17.43549623391724, 9);
    expect(ratio.numberNeededToTreat.patientsCi95?.[1]).toBeCloseTo(44.15841743049742, 9);
  });
  it('costs a wound complication per 5.56 patients (4.76 to 6.67): 0.04/0.18 = 0.222 tumours controlled per complication', () => {
    const wound = ratio.harms[0];
    expect(wound?.endpoint).toBe('wound');
    expect(wound?.numberNeededToHarm.patients).toBeCloseTo(1 / 0.18, 12);
    expect(wound?.numberNeededToHarm.patientsCi95?.[0]).toBeCloseTo(1 / 0.21, 12);
    expect(wound?.numberNeededToHarm.patientsCi95?.[1]).toBeCloseTo(1 / 0.15, 12);
    expect(wound?.controlGainPerComplication).toBeCloseTo(0.04 / 0.18, 12);
  });
  it('spares fibrosis (NNH −20, no interval across 0; −0.8 per complication) and has no ratio for an equal oedema rate', () => {
    const fibrosis = ratio.harms[1];
    expect(fibrosis?.endpoint).toBe('fibrosis');
    expect(fibrosis?.numberNeededToHarm.patients).toBeCloseTo(-20, 12);
    expect(fibrosis?.numberNeededToHarm.patientsCi95).toBeNull();
    expect(fibrosis?.controlGainPerComplication).toBeCloseTo(-0.8, 12);
    expect(ratio.harms[2]).toEqual({ endpoint: 'oedema', numberNeededToHarm: { patients: null, patientsCi95: null }, controlGainPerComplication: null });
    expect(ratio.harms).toHaveLength(3);
  });
  it('weighs both in complication-free control: −10 points, NNT −10 (−12.5 to −8)', () => {
    expect(ratio.complicationFreeControlDifference).toBe(-0.1);
    expect(ratio.numberNeededToTreatComplicationFree).toEqual({ patients: -10, patientsCi95: [-12.5, -8] });
  });
});
