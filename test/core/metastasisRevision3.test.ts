// Revision 3 of the metastasis model (a long-term-survivor fraction after metastasis) was pre-registered, fitted once
// and rejected (docs/metastasis-model.md, "Revision 3: pre-registration" and "Revision 3: fit and decision"). The fit's
// output, as the Python reference wrote it (scripts/reference/metastasis_model.py --revision3-fit, then
// --revision3-diagnostic), is test/fixtures/metastasis-model-r3-fit.json. This re-derives the decision from it with the
// pre-registered rule, keeps the doc's numbers equal to it, and checks that holdout-3 stayed sealed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

// The sim's own YAML reader (a dependency of @rtsim/sim, not of the workspace root), as the reproductions read it.
const { parse } = createRequire(new URL('../../packages/sim/package.json', import.meta.url))('yaml') as { parse: (text: string) => unknown };

interface Prediction {
  series: string;
  role: string;
  observation: string;
  predicted: number;
  wilson95: [number, number];
}
interface Variant {
  deviance: number;
  parameters: Record<string, number>;
  curedAll: number;
  curedResected: number;
  inside: number;
  terms: number;
  predictions: Prediction[];
}
interface Revision3Fit {
  fitRoles: string[];
  variants: Record<'M2' | 'M3a' | 'M3b', Variant>;
  decision: { accepted: boolean; largestAccepted: string };
  diagnostic: {
    profileCuredAll: { curedAll: number; deviance: number; excess: number }[];
    M3r: { deviance: number; curedResected: number };
  };
}
interface Series {
  id: string;
  role: string;
  observations: unknown[];
}

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const fit = JSON.parse(read('test/fixtures/metastasis-model-r3-fit.json')) as Revision3Fit;
const doc = read('docs/metastasis-model.md');
const section = doc.slice(doc.indexOf('## Revision 3: fit and decision'), doc.indexOf('## Revision 4: pre-registration'));
const evidence = parse(read('calibration/metastasis-evidence.yaml')) as { series: Series[] };
// χ²₁ 95% quantile: the pre-registered threshold per added parameter.
const chiSquare1 = 3.841;
const { M2, M3a, M3b } = fit.variants;

describe('metastasis revision 3: the pre-registered decision, from the fit as it came out', () => {
  test('the rule rejects both steps: no added parameter lowers −2 ln L by 3.84', () => {
    expect(M2.deviance - M3a.deviance).toBeLessThan(chiSquare1);
    expect(M3a.deviance - M3b.deviance).toBeLessThan(chiSquare1);
    expect(M2.deviance - M3b.deviance).toBeLessThan(2 * chiSquare1);
    expect(fit.decision.accepted).toBe(false);
    expect(fit.decision.largestAccepted).toBe('M2');
    // The cure fraction of all-comers ends on its lower bound (logit −8: 1/(1 + e⁸) = 0.000335).
    expect(M3a.curedAll).toBeCloseTo(1 / (1 + Math.exp(8)), 6);
    // Nested models: each adds exactly the pre-registered parameter(s) to the one before.
    expect(Object.keys(M3a.parameters).length).toBe(Object.keys(M2.parameters).length + 1);
    expect(Object.keys(M3b.parameters).length).toBe(Object.keys(M2.parameters).length + 2);
  });

  test('the fit saw only the seen roles, and holdout-3 was never predicted', () => {
    expect(fit.fitRoles).toEqual(['fit', 'holdout', 'holdout2']);
    const seen = evidence.series.filter((s) => fit.fitRoles.includes(s.role));
    const terms = seen.reduce((sum, s) => sum + s.observations.length, 0);
    expect(terms).toBe(49);
    for (const variant of [M2, M3a, M3b]) {
      expect(variant.predictions).toHaveLength(49);
      expect(variant.predictions.some((p) => p.role === 'holdout3')).toBe(false);
    }
  });

  test('holdout-3 holds at least a third as many terms as the fit, with ids of its own', () => {
    const holdout3 = evidence.series.filter((s) => s.role === 'holdout3');
    expect(holdout3).toHaveLength(13);
    const terms = holdout3.reduce((sum, s) => sum + s.observations.length, 0);
    expect(terms).toBe(18);
    expect(3 * terms).toBeGreaterThanOrEqual(49);
    expect(holdout3.every((s) => s.id.startsWith('H3-'))).toBe(true);
  });
});

describe("docs/metastasis-model.md states revision 3's result as the fixture has it", () => {
  test('one table row per model: parameters, −2 ln L, π_all, π_res and fit terms inside', () => {
    const rows = section.split('\n').filter((line) => /^\| M[23][ab]? \|/.test(line));
    const percent = (x: number): string => `${(100 * x).toFixed(2)}%`;
    expect(rows.map((line) => line.split(' | ').slice(2).join(' | '))).toEqual(
      [M2, M3a, M3b].map((v) => `${Object.keys(v.parameters).length} | ${v.deviance.toFixed(2)} | ${percent(v.curedAll)} | ${percent(v.curedResected)} | ${v.inside}/${v.terms} |`),
    );
  });

  test('the diagnostic: the cost of holding π_all, and the metastasectomy-only variant', () => {
    for (const point of fit.diagnostic.profileCuredAll) {
      expect(section).toContain(`${(100 * point.curedAll).toFixed(0)}%: +${point.excess.toFixed(2)}`);
    }
    // The profile's 95% upper end of π_all lies between 2% (cost below 3.84) and 5% (above).
    const cost = (pi: number): number => fit.diagnostic.profileCuredAll.find((p) => p.curedAll === pi)?.excess ?? Number.NaN;
    expect(cost(0.02)).toBeLessThan(chiSquare1);
    expect(cost(0.05)).toBeGreaterThan(chiSquare1);
    expect(section).toContain(`−2 ln L ${fit.diagnostic.M3r.deviance.toFixed(2)}`);
    expect(section).toContain(`${(100 * fit.diagnostic.M3r.curedResected).toFixed(1)}%: no gain either`);
  });

  test("the refitted law's numbers quoted in the diagnostic", () => {
    const p = M2.parameters;
    const at = (name: string): number => p[name] ?? Number.NaN;
    expect(section).toContain(`σ_S\n  ${Math.exp(at('ln_post_sigma')).toFixed(2)} (revision 2: 0.99)`);
    expect(section).toContain(`the 2004 median ${Math.exp(at('ln_post_median_months_2004')).toFixed(1)} months`);
    expect(section).toContain(`shift × ${Math.exp(at('ln_resected')).toFixed(2)}`);
    expect(section).toContain(`synchronous × ${Math.exp(at('ln_synchronous')).toFixed(2)}`);
    // Mannheim's three terms inside, the metastasectomy terms 1 of 6, as the doc says.
    const inside = (p: Prediction): boolean => p.predicted >= p.wilson95[0] && p.predicted <= p.wilson95[1];
    expect(M2.predictions.filter((row) => row.series === 'H2-mannheim-post-dm').every(inside)).toBe(true);
    const resected = new Set(evidence.series.filter((s) => (s as Series & { resected?: boolean }).resected === true && s.role !== 'holdout3').map((s) => s.id));
    const resectedTerms = M2.predictions.filter((row) => resected.has(row.series));
    expect(resectedTerms).toHaveLength(6);
    expect(resectedTerms.filter(inside)).toHaveLength(1);
  });
});
