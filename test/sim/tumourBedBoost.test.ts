import { describe, expect, it } from 'vitest';
import { inThreadResults } from './inThreadResults.js';

// The scarred tumour bed keeps its hypoxic share through the whole postoperative course, so a course's survival is
// one two-compartment mixture over all its fractions whatever their sizes (models-extensions.md, "Residual clonogens
// and the tumour bed"). Until 7 December 2026 the engine took one mixture per dose size and multiplied them, counting
// the hypoxic share once per size: 16 × 2 Gy + 17 × 2.000001 Gy controlled far more residues than 33 × 2 Gy.

/** A postoperative arm on the residual-disease model: surgery on day −35, then the fractions listed (dose in Gy). */
function arm(id: string, doses: readonly number[]): string {
  const list = doses.map((dose, i) => `{ dose: ${dose}, day: ${Math.floor(i / 5) * 7 + (i % 5)} }`).join(', ');
  return `  - id: ${id}
    localControl: residual-disease
    schedule: { list: [${list}] }
    surgery: { day: -35, margins: { R0-wide: 0.3, R0-close: 0.4, R1-planned: 0.1, R1-unplanned: 0.2, R2: 0 } }
`;
}

describe('a postoperative course of two dose sizes in the tumour bed', () => {
  it('controls as the same course in one size: 16 × 2 Gy + 17 × 2.000001 Gy against 33 × 2 Gy, patient for patient', async () => {
    const results = await inThreadResults(`version: 1
name: bed boost
references: ["test scenario"]
seed: 7
patients: 4000
cohort:
  diameter: 6
  covariates: { grade: { G3: 1 } }
  subtypes: [{ ref: sts }]
arms:
${arm('one-size', new Array<number>(33).fill(2))}${arm('two-sizes', [...new Array<number>(16).fill(2), ...new Array<number>(17).fill(2.000001)])}followUp: { years: 5 }
`, 'bed-boost.yaml');
    const [one, two] = results.arms;
    // Failures are frequent enough here for a per-size error (about 3 orders of magnitude more kill) to show.
    expect(one?.controlRate).toBeLessThan(0.85);
    expect(Math.abs((two?.meanTcp ?? 0) - (one?.meanTcp ?? 1))).toBeLessThan(1e-4);
    expect(results.comparisons[0]?.discordant.aOnly ?? -1).toBeLessThanOrEqual(2);
    expect(results.comparisons[0]?.discordant.bOnly ?? -1).toBeLessThanOrEqual(2);
  });
});
