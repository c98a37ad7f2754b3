import { mcnemarTest } from '../stats/mcnemarTest.js';
import type { EvidenceHeldOutBias, EvidenceTermResult } from './EvidenceResults.js';

/**
 * The held-out terms pooled (every role but `fit`), with two exact sign tests of a bias in one direction: of the
 * misses (too many predicted events against too few) and of every term (prediction above the observed proportion
 * against below; ties count for neither). Under no bias each split is Binomial(n, ½); the p-value is the doubled
 * smaller tail (mcnemarTest, method exact: the sign test on the two counts). Terms of one series are counted as
 * independent, which they are not quite (nested time points, strata).
 * @param terms - EvidenceResults.terms
 * @returns the counts and both p-values; null without held-out terms
 */
export function heldOutBias(terms: readonly EvidenceTermResult[]): EvidenceHeldOutBias | null {
  const heldOut = terms.filter((t) => t.role !== 'fit');
  if (heldOut.length === 0) return null;
  const tooManyEvents = heldOut.filter((t) => t.miss === 'above').length;
  const tooFewEvents = heldOut.filter((t) => t.miss === 'below').length;
  const above = heldOut.filter((t) => t.predicted > t.observed).length;
  const below = heldOut.filter((t) => t.predicted < t.observed).length;
  return {
    terms: heldOut.length,
    inside: heldOut.filter((t) => t.inside).length,
    tooManyEvents,
    tooFewEvents,
    missesSignTestP: mcnemarTest(tooManyEvents, tooFewEvents, { method: 'exact' }).pValue,
    predictedAbove: above,
    predictedBelow: below,
    termsSignTestP: mcnemarTest(above, below, { method: 'exact' }).pValue,
  };
}
