import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { arm, scenario } from './cohortScenario.js';

// The universal survival curve exists only for αD₀ < 1 (docs/models.md, "Cell survival per fraction"). These
// scenarios passed validation and then stopped the run on patients with no survival ("the survival arithmetic gave
// NaN"); resultsFiniteProperty.test.ts found the first. Shares by hand, or from Python's math.erfc.

/** A scenario of one USC arm (D₀ `d0` Gy) on the cohort `cohort` (YAML, indented by 2). */
const uscScenario = (d0: number, cohort: string, schedule = '{ fractions: 3, dose: 15, everyDays: 2 }'): string => `version: 1
name: USC domain
references: ["test scenario"]
seed: 1
patients: 64
cohort:
${cohort}
arms:
  - id: usc
    schedule: ${schedule}
    survival: { model: usc, d0: ${d0} }
followUp: { years: 1 }
`;

/** The problems of a scenario text, as path and message; empty when it is valid. */
function problems(text: string): { path: string; message: string }[] {
  const parsed = parseScenario(text, 'usc.yaml');
  return parsed.ok ? [] : parsed.issues.map(({ path, message }) => ({ path, message }));
}

describe('a USC arm is refused where some subtype reaches α ≥ 1/D₀', () => {
  it('the property test\'s counterexample: α fixed at 1/D₀ (D₀ 50 Gy), and the library α far above it', () => {
    const text = uscScenario(
      50,
      `  volume: 0.001
  subtypes:
    - { id: s0, weight: 0.05, parameters: { alpha: { dist: fixed, value: 0.02 }, alphaBeta: 0.5, doublingTime: 2, kickoffTime: 0, clonogenDensity: 100000, oer: 1 } }
    - { ref: sts, id: s1 }`,
      '{ fractions: 1, gardTarget: 1, perWeek: 1 }',
    );
    const found = problems(text);
    expect(found.map((p) => p.path)).toEqual(['arms[0].survival.d0', 'arms[0].survival.d0']);
    expect(found[0]?.message).toMatch(/^the universal survival curve needs α·D₀ < 1 .* subtype 's0' \(alpha \{dist:fixed,value:0\.02\}\) draws α ≥ 1\/50 = 0\.02 Gy⁻¹ in 100% of its patients: lower d0/);
    expect(found[1]?.message).toMatch(/subtype 's1' \(alpha \{dist:normal,mean:0\.232,sd:0\.08,min:0\}\) draws α ≥ 1\/50 = 0\.02 Gy⁻¹ in 99\.\d% of its patients/);
  });

  it('the library α (sts) passes at Park\'s D₀ = 1.25 Gy (6·10⁻¹³ of its patients) and is refused at 2 Gy (1 patient in 2,500)', () => {
    const cohort = '  diameter: 3\n  subtypes:\n    - ref: sts';
    expect(problems(uscScenario(1.25, cohort))).toEqual([]);
    // Φ(−(0.5 − 0.232)/0.08)/(1 − Φ(−2.9)) = 4.048e−4: one patient in 2470.
    expect(problems(uscScenario(2, cohort))).toEqual([
      {
        path: 'arms[0].survival.d0',
        message:
          "the universal survival curve needs α·D₀ < 1 (at α ≥ 1/D₀ its LQ part has no smooth join with the line of slope 1/D₀), but subtype 'sts' (alpha {dist:normal,mean:0.232,sd:0.08,min:0}) draws α ≥ 1/2 = 0.5 Gy⁻¹ in 1 of its patients in 2,500: lower d0 below 1/α, or bound α (max) below 1/D₀",
      },
    ]);
  });

  it('a bounded α reaching past 1/D₀, and an RSI low enough to give such an α, are refused with their share', () => {
    // Uniform α on [0.1, 0.9]: (0.9 − 0.8)/0.8 = 12.5% at or above 1/1.25.
    const uniform = problems(uscScenario(1.25, '  diameter: 3\n  subtypes:\n    - { ref: sts, override: { alpha: { dist: uniform, min: 0.1, max: 0.9 } } }'));
    expect(uniform.map((p) => p.path)).toEqual(['arms[0].survival.d0']);
    expect(uniform[0]?.message).toContain('draws α ≥ 1/1.25 = 0.8 Gy⁻¹ in 12.5% of its patients');
    // α = −ln(RSI)/2 − 0.1 ≥ 0.8 when RSI ≤ e^(−1.8) = 0.16530: (0.16530 − 0.05)/0.75 = 15.4% of a uniform on [0.05, 0.8].
    const rsi = problems(uscScenario(1.25, '  diameter: 3\n  subtypes:\n    - { ref: sts, override: { rsi: { dist: uniform, min: 0.05, max: 0.8 } } }'));
    expect(rsi.map((p) => p.path)).toEqual(['arms[0].survival.d0']);
    expect(rsi[0]?.message).toContain("subtype 'sts' (alpha from rsi {dist:uniform,min:0.05,max:0.8}) draws α ≥ 1/1.25 = 0.8 Gy⁻¹ in 15.4% of its patients");
  });

  it('a run that still meets such a patient (validation bypassed) names the USC arm and its α limit', async () => {
    // The fixed α of cohortScenario (0.3 Gy⁻¹) with D₀ = 5 Gy: αD₀ = 1.5 in every patient.
    const s = scenario({ patients: 10, arms: [arm('usc', { survival: { model: 'usc', d0: 5 } })] });
    const accumulator = await runInThread(s);
    expect(() => summarize(accumulator, compilePlan(s), { version: 'test', scenarioHash: 'usc' })).toThrow(
      /survival arithmetic gave NaN in 10 patients\n {2}the universal survival curve has no value for a patient with α ≥ 1\/D₀: arms usc \(α < 0\.2 Gy⁻¹\)/,
    );
  });
});
