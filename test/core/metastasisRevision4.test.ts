// Revision 4 of the metastasis model: revision 2's law refitted on every seen term (revision 3's M2), adopted by a
// rule pre-registered in docs/metastasis-model.md ("Revision 4: pre-registration") before holdout-3 was opened. The
// rule's two numbers come from the Python reference (scripts/reference/metastasis_model.py --revision4-baseline,
// test/fixtures/metastasis-model-r4-baseline.json); this re-derives the decision and keeps the doc equal to them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { metastasisDefaults } from '../../packages/core/src/index.js';
import type { LibraryParameter } from '../../packages/core/src/index.js';

interface Coverage {
  inside: number;
  deviance: number;
}
interface Baseline {
  terms: number;
  revision2Library: Coverage;
  M2: Coverage;
  M2onSearchBound: string[];
  M2atStructuralBound: string[];
  adopt: boolean;
}

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const baseline = JSON.parse(read('test/fixtures/metastasis-model-r4-baseline.json')) as Baseline;
const r3 = JSON.parse(read('test/fixtures/metastasis-model-r3-fit.json')) as { variants: { M2: { deviance: number; inside: number; terms: number } } };
const doc = read('docs/metastasis-model.md');
const preregistration = doc.slice(doc.indexOf('## Revision 4: pre-registration'), doc.indexOf('## Reference curves at the estimate'));

describe('metastasis revision 4: the pre-registered adoption rule', () => {
  test('M2 covers at least as many of the 49 seen terms as revision 2 at the library values, with no parameter on a search bound', () => {
    expect(baseline.terms).toBe(49);
    expect(baseline.M2.inside).toBeGreaterThanOrEqual(baseline.revision2Library.inside);
    expect(baseline.M2onSearchBound).toEqual([]);
    // q₁₅ ≤ 10% is revision 2's structural assumption, active in M2 as in revision 2 (not a search bound of the rule).
    expect(baseline.M2atStructuralBound).toEqual(['logit_undetected_15y']);
    expect(baseline.adopt).toBe(true);
  });

  test('the baseline evaluates the same M2 as revision 3 fitted (same deviance and coverage)', () => {
    expect(baseline.M2.deviance).toBeCloseTo(r3.variants.M2.deviance, 8);
    expect(baseline.M2.inside).toBe(r3.variants.M2.inside);
    expect(r3.variants.M2.terms).toBe(baseline.terms);
  });

  test('docs/metastasis-model.md states both coverages and deviances as the reference computed them', () => {
    expect(preregistration).toContain(`covers **${baseline.revision2Library.inside}/49** seen terms\n(−2 ln L ${baseline.revision2Library.deviance.toFixed(2)} on them)`);
    expect(preregistration).toContain(`M2 covers **${baseline.M2.inside}/49** (−2 ln L ${baseline.M2.deviance.toFixed(2)})`);
    expect(preregistration).toContain('**Revision 4 is adopted by the rule.**');
  });
});

describe('the library carries revision 4, and docs/models.md quotes its values', () => {
  const fixed = (parameter: LibraryParameter): number => {
    const v = parameter.value;
    return typeof v === 'object' && v.dist === 'fixed' ? v.value : Number.NaN;
  };
  const lognormal = (parameter: LibraryParameter): { median: number; sigma: number } => {
    const v = parameter.value;
    return typeof v === 'object' && v.dist === 'lognormal' ? v : { median: Number.NaN, sigma: Number.NaN };
  };
  test('docs/models.md states θ, the grade effects, both lognormal laws and β as the library holds them', () => {
    const models = read('docs/models.md');
    const c = metastasisDefaults.covariateLogOddsRatio;
    const detection = lognormal(metastasisDefaults.detectionTime);
    const survival = lognormal(metastasisDefaults.survivalAfterMetastasis);
    const quoted =
      `θ = −${Math.abs(fixed(metastasisDefaults.interceptLogOdds)).toFixed(4)}, G2 ${fixed(c.gradeG2).toFixed(4)},\nG3 ${fixed(c.gradeG3).toFixed(4)}, ` +
      `T_D median ${detection.median.toFixed(1)} d (σ_D ${detection.sigma.toFixed(4)}), T_S median ${survival.median.toFixed(1)} d in 2004 (σ_S ${survival.sigma.toFixed(4)}), ` +
      `β = ${fixed(metastasisDefaults.survivalEraLogPerYear).toFixed(4)} per year.`;
    expect(models).toContain(quoted);
    expect(metastasisDefaults.survivalAfterMetastasis.evidence.note).toContain('Fitted, revision 4 (all seen series of calibration/metastasis-evidence.yaml)');
  });
});
