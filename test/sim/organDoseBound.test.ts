import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { inThreadResults } from './inThreadResults.js';

// An organ's dose (an inline DVH bin, a femoral-neck mean dose) is at most 10⁵ Gy, 1000 fractions of 100 Gy. Before
// the bound, a dose past about 10¹⁵⁴ Gy overflowed its EQD2: an organ at risk reported NTCP null (NaN) in a run that
// succeeded, and an organ complication stopped the run on an internal check (compileComplications).

/** One arm of 5 × 5 Gy with the arm field given (`organAtRisk: …`, `organs: …`) and, before followUp, `extra`. */
const oneArm = (armField: string, extra = ''): string => `version: 1
name: organ dose bound
references: ["test scenario"]
seed: 1
patients: 20
cohort:
  diameter: 3
  subtypes:
    - ref: sts
arms:
  - id: a
    schedule: { fractions: 5, dose: 5 }
    ${armField}
${extra}followUp: { years: 2 }
`;

/** One arm of 5 × 5 Gy with an LKB organ at risk on a one-bin DVH of `dose` Gy. */
const organAtRisk = (dose: number): string => oneArm(`organAtRisk: { name: lung, dvh: [{ dose: ${dose}, volume: 1 }], td50: 30, m: 0.2, n: 1, alphaBeta: 3 }`);

/** One arm of 5 × 5 Gy scoring fracture from a femoral-neck mean dose of `dose` Gy. */
const femoralNeck = (dose: number): string => oneArm(`organs: { femoralNeck: { meanDose: ${dose} } }`, 'complications: { endpoints: [fracture] }\n');

describe('organ doses are at most 10⁵ Gy', () => {
  it('a DVH bin or a femoral-neck mean dose above it is refused at its path, with the range', () => {
    for (const [text, path] of [
      [organAtRisk(1e300), 'arms[0].organAtRisk.dvh[0].dose'],
      [femoralNeck(1e300), 'arms[0].organs.femoralNeck.meanDose'],
      [femoralNeck(100000.5), 'arms[0].organs.femoralNeck.meanDose'],
    ] as const) {
      const parsed = parseScenario(text, 'organ.yaml');
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.issues.map((issue) => issue.path)).toEqual([path]);
      expect(parsed.issues[0]?.message).toMatch(/100000/);
    }
  });

  it('at the bound the run completes: NTCP 1 and a fracture probability in [0, 1], both finite', async () => {
    const run = (text: string): Promise<TrialResults> => inThreadResults(text, 'organ.yaml');
    expect((await run(organAtRisk(1e5))).arms[0]?.toxicity?.ntcp).toBe(1);
    const fracture = (await run(femoralNeck(1e5))).arms[0]?.complications?.endpoints[0];
    expect(fracture?.endpoint).toBe('fracture');
    expect(fracture?.rate).toBeGreaterThanOrEqual(0);
    expect(fracture?.rate).toBeLessThanOrEqual(1);
  });
});

describe('an organ α/β is at most 100 Gy, and an arm dose-modifying factor at most 5 (as a modifier\'s)', () => {
  it('larger values (a slip: 1e307 overflowed the EQD2 into a silent null NTCP) are refused at their path, with the range', () => {
    const organ = parseScenario(organAtRisk(30).replace('alphaBeta: 3', 'alphaBeta: 1e307'), 'organ.yaml');
    expect(organ.ok).toBe(false);
    if (!organ.ok) {
      expect(organ.issues.map((issue) => issue.path)).toEqual(['arms[0].organAtRisk.alphaBeta']);
      expect(organ.issues[0]?.message).toMatch(/100/);
    }
    const dmf = parseScenario(organAtRisk(30).replace('schedule: { fractions: 5, dose: 5 }', 'schedule: { fractions: 5, dose: 5 }\n    doseModifyingFactor: 5.5'), 'dmf.yaml');
    expect(dmf.ok).toBe(false);
    if (!dmf.ok) expect(dmf.issues.map((issue) => issue.path)).toEqual(['arms[0].doseModifyingFactor']);
    for (const text of [organAtRisk(30).replace('alphaBeta: 3', 'alphaBeta: 100'), organAtRisk(30).replace('schedule: { fractions: 5, dose: 5 }', 'schedule: { fractions: 5, dose: 5 }\n    doseModifyingFactor: 5')]) {
      expect(parseScenario(text, 'ok.yaml').ok).toBe(true);
    }
  });
});
