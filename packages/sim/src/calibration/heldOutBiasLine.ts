import { mcnemarTest } from '../stats/mcnemarTest.js';
import type { EvidenceTermResult } from './EvidenceResults.js';

/** `p = 0.0015` to two significant digits, or `p < 0.0001`. */
const pText = (p: number): string => (p < 0.0001 ? 'p < 0.0001' : `p = ${p.toPrecision(2)}`);

/**
 * The held-out terms pooled (every role but `fit`), with two exact sign tests of a bias in one direction: of the
 * misses (too many predicted events against too few) and of every term (prediction above the observed proportion
 * against below; ties count for neither). Under no bias each split is Binomial(n, ½); the p-value is the doubled
 * smaller tail (mcnemarTest, method exact: the sign test on the two counts). Terms of one series are counted as
 * independent, which they are not quite (nested time points, strata).
 * @param terms - EvidenceResults.terms
 * @returns e.g. `held out, pooled: 44/74 inside (59%); misses 19 too many events, 11 too few (sign test p = 0.20);
 *   predicted above observed in 51 terms, below in 23 (sign test p = 0.0015)`; undefined without held-out terms
 */
export function heldOutBiasLine(terms: readonly EvidenceTermResult[]): string | undefined {
  const heldOut = terms.filter((t) => t.role !== 'fit');
  if (heldOut.length === 0) return undefined;
  const inside = heldOut.filter((t) => t.inside).length;
  const tooMany = heldOut.filter((t) => t.miss === 'above').length;
  const tooFew = heldOut.filter((t) => t.miss === 'below').length;
  const above = heldOut.filter((t) => t.predicted > t.observed).length;
  const below = heldOut.filter((t) => t.predicted < t.observed).length;
  const missesP = mcnemarTest(tooMany, tooFew, { method: 'exact' }).pValue;
  const termsP = mcnemarTest(above, below, { method: 'exact' }).pValue;
  return (
    `held out, pooled: ${inside}/${heldOut.length} inside (${Math.round((100 * inside) / heldOut.length)}%); misses ${tooMany} too many events, ` +
    `${tooFew} too few (sign test ${pText(missesP)}); predicted above observed in ${above} terms, below in ${below} (sign test ${pText(termsP)})`
  );
}
