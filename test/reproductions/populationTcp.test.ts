import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { behaviourChecks } from './behaviourChecks.mjs';
import { populationDoseResponse } from './populationDoseResponse.mjs';

// Webb S, Nahum AE, Phys Med Biol 1993;38:653. No number from the paper could be checked (abstract only), so the
// population curve is compared with an independent brute-force numpy integration of the same model
// (scripts/reference/reproductions_population_tcp.py), and the paper's qualitative claims are checked as behaviour.
// D₅₀ and γ₅₀ per σ_α are in reproductionCases.mjs (the 'Population TCP' group of publishedValues.test.ts).
const fixture = JSON.parse(readFileSync(new URL('../fixtures/population-tcp-dose-response.json', import.meta.url), 'utf8')) as {
  alphaMean: number;
  alphaBeta: number;
  clonogens: number;
  fractions: number;
  rows: { alphaSd: number; curve: { dose: number; tcp: number }[] }[];
};

describe('population TCP (Webb & Nahum 1993) through tcpPopulation', () => {
  test.each(behaviourChecks.map((check) => [check.claim, check] as const))('%s', (_claim, check) => {
    const { holds, detail } = check.measure();
    expect(holds, detail).toBe(true);
  });

  // tcpPopulation promises an absolute error ≤ 1e−6; the Simpson reference is good to ~1e−10.
  test.each(fixture.rows.map((row) => [row.alphaSd, row] as const))(
    'the curve at σ_α = %f /Gy matches the numpy reference at 40–80 Gy within 1e−6',
    (alphaSd, row) => {
      const { tcp } = populationDoseResponse({ ...fixture, alphaSd });
      for (const point of row.curve) expect(Math.abs(tcp(point.dose) - point.tcp), `${point.dose} Gy`).toBeLessThanOrEqual(1e-6);
    },
  );
});
