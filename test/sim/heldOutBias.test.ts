import { expect, it } from 'vitest';
import { heldOutBiasLine } from '../../packages/sim/src/calibration/evidenceMarkdown.js';
import type { EvidenceTermResult } from '../../packages/sim/src/calibration/EvidenceResults.js';
import { heldOutBias } from '../../packages/sim/src/calibration/heldOutBias.js';

const term = (role: string, observed: number, predicted: number, miss: EvidenceTermResult['miss']): EvidenceTermResult => ({
  series: 's', evidence: 'e', role, stratum: 'all', observation: 'LC 5 y', events: 10, n: 100, observed, observedCi95: [0, 1], predicted, inside: miss === null, miss, deviance: 0,
});

it('heldOutBias(terms) pools every role but fit, with both splits and their exact sign tests', () => {
  const terms = [
    term('fit', 0.1, 0.9, 'above'), // not pooled
    ...Array.from({ length: 9 }, () => term('holdout', 0.1, 0.2, null)), // above, inside
    term('holdout-2', 0.1, 0.3, 'above'),
    term('holdout-3', 0.3, 0.1, 'below'),
    term('holdout-3', 0.2, 0.2, null), // a tie counts for neither side
  ];
  // 12 pooled, 10 inside; misses 1 vs 1: p = 1. Above 10, below 1: P(X ≤ 1 | 11, ½) = 12/2048, doubled = 0.01171875.
  const bias = heldOutBias(terms);
  expect(bias).toEqual({ terms: 12, inside: 10, tooManyEvents: 1, tooFewEvents: 1, missesSignTestP: 1, predictedAbove: 10, predictedBelow: 1, termsSignTestP: 0.01171875 });
  expect(bias === null ? '' : heldOutBiasLine(bias)).toBe(
    'held out, pooled: 10/12 inside (83%); misses 1 too many events, 1 too few (sign test p = 1.0); predicted above observed in 10 terms, below in 1 (sign test p = 0.012)',
  );
});

it('heldOutBiasLine(bias) writes a p below 10⁻⁴ as p < 0.0001', () => {
  // 20 misses all too many events: 2·2⁻²⁰ = 1.9 × 10⁻⁶.
  const bias = heldOutBias(Array.from({ length: 20 }, () => term('holdout', 0.1, 0.5, 'above')));
  expect(bias?.missesSignTestP).toBeCloseTo(2 / 2 ** 20, 15);
  expect(bias === null ? '' : heldOutBiasLine(bias)).toBe(
    'held out, pooled: 0/20 inside (0%); misses 20 too many events, 0 too few (sign test p < 0.0001); predicted above observed in 20 terms, below in 0 (sign test p < 0.0001)',
  );
});

it('heldOutBias(terms) is null without held-out terms', () => {
  expect(heldOutBias([term('fit', 0.1, 0.2, null)])).toBeNull();
});
