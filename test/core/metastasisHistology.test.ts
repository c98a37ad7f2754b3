// The histology effect of the metastasis model's library (issue 15; docs/metastasis-model.md, "Library values"):
// every library subtype's value recomputed here from Kattan's histology points (outcome-evidence D2) and the
// assumed mixed cohort, by hand, not by the library's own function.
import { describe, expect, test } from 'vitest';
import { fixedDistributionValue, metastasisDefaults, subtypeIds } from '@rtsim/core';

// Kattan nomogram histology points (J Clin Oncol 2002;20:791; outcome-evidence D2).
const points = { fibrosarcoma: 0, liposarcoma: 39, mfh: 50, leiomyosarcoma: 60, synovial: 70, mpnt: 100, other: 65 };
// The assumed adult mix the intercept stands for (docs/metastasis-model.md): shares sum to 1.
const mix = { mfh: 0.25, liposarcoma: 0.2, leiomyosarcoma: 0.15, synovial: 0.08, mpnt: 0.05, fibrosarcoma: 0.03, other: 0.24 };
const slope = 0.01567; // log hazard per point, the size and depth effects' slope

describe('metastasisDefaults.histologyLogOddsRatio', () => {
  test('the centre is the mix\'s mean points, 55.5, and the mix sums to 1', () => {
    const shares = Object.values(mix);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const centre = Object.entries(mix).reduce((sum, [category, share]) => sum + share * points[category as keyof typeof points], 0);
    expect(centre).toBeCloseTo(55.5, 12);
  });

  test('every library subtype has a value: slope × (its category\'s points − 55.5), rounded to 4 decimals; sts 0', () => {
    const category: Record<string, keyof typeof points | 'centre'> = {
      sts: 'centre',
      'myxoid-liposarcoma': 'liposarcoma',
      'dedifferentiated-liposarcoma': 'liposarcoma',
      'undifferentiated-pleomorphic-sarcoma': 'mfh',
      myxofibrosarcoma: 'mfh',
      leiomyosarcoma: 'leiomyosarcoma',
      'synovial-sarcoma': 'synovial',
      mpnst: 'mpnt',
      rhabdomyosarcoma: 'other',
      'ewing-sarcoma': 'other',
    };
    expect(Object.keys(metastasisDefaults.histologyLogOddsRatio).sort()).toEqual([...subtypeIds].sort());
    for (const id of subtypeIds) {
      const which = category[id];
      if (which === undefined) throw new Error(`no Kattan category for ${id}`);
      const expected = which === 'centre' ? 0 : Math.round(slope * (points[which] - 55.5) * 1e4) / 1e4;
      expect(fixedDistributionValue(metastasisDefaults.histologyLogOddsRatio[id].value), id).toBe(expected);
    }
    // Two by hand: MPNST 0.01567 × 44.5 = 0.697315; liposarcoma 0.01567 × −16.5 = −0.258555.
    expect(fixedDistributionValue(metastasisDefaults.histologyLogOddsRatio.mpnst.value)).toBe(0.6973);
    expect(fixedDistributionValue(metastasisDefaults.histologyLogOddsRatio['myxoid-liposarcoma'].value)).toBe(-0.2586);
  });
});
