// Marker-gated modifiers (TCR-T cell therapy) and results by marker status; logistic NTCP and uncomplicated control.
import { distributionMean, librarySubtype, tcpLogistic } from '@rtsim/core';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';

const meta = { version: 'test', scenarioHash: 'test' };

function parsed(text: string): ResolvedScenario {
  const result = parseScenario(text, 'test.yaml');
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.scenario;
}

async function run(s: ResolvedScenario): Promise<TrialResults> {
  return summarize(await runInThread(s), compilePlan(s), meta);
}

const tcrT = `
version: 1
name: TCR-T test
references: [test values]
seed: 9
patients: 12000
cohort:
  clonogenDensity: 1.0e7
  volume: { dist: lognormal, median: 100, sigma: 0.8 }
  markers: { MAGE-A4: 0.6 }
  subtypes:
    - id: synovial
      parameters:
        alpha: { dist: normal, mean: 0.3, sd: 0.08, min: 0 }
        alphaBeta: 4
        doublingTime: 10
        kickoffTime: 21
arms:
  - id: rt
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
  - id: tcr-t
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
    modifiers:
      - { type: cellTherapy, agent: afami-cel, marker: MAGE-A4, responseProbability: 0.5, logKill: 3 }
followUp: { years: 5 }
`;

describe('TCR-T cell therapy (marker-gated log kill)', () => {
  it('changes antigen-positive patients only: the negative group is identical to the RT-only arm', async () => {
    const results = await run(parsed(tcrT));
    const [rt, cell] = results.arms;
    const group = (arm: typeof rt, status: string) => arm?.byMarker?.find((g) => g.marker === 'MAGE-A4' && g.status === status);
    expect(group(cell, 'negative')).toEqual(group(rt, 'negative'));
    expect(group(cell, 'positive')?.patients).toBe(group(rt, 'positive')?.patients);
    expect(group(cell, 'positive')?.meanTcp).toBeGreaterThan(group(rt, 'positive')?.meanTcp ?? 1);
    // Every patient is in exactly one status group.
    expect((group(rt, 'positive')?.patients ?? 0) + (group(rt, 'negative')?.patients ?? 0)).toBe(12_000);
  });

  it('draws marker status with the given prevalence: positive fraction 0.6 within 4 SE', async () => {
    const results = await run(parsed(tcrT));
    const positive = results.arms[0]?.byMarker?.find((g) => g.status === 'positive')?.patients ?? 0;
    expect(Math.abs(positive / 12_000 - 0.6)).toBeLessThan(4 * Math.sqrt(0.24 / 12_000));
  });

  it('takes the prevalence of a library antigen as the mean of its distribution (synovial sarcoma, MAGE-A4)', () => {
    const library = librarySubtype('synovial-sarcoma')?.antigens?.['MAGE-A4'];
    if (library === undefined) throw new Error('the library has no MAGE-A4 prevalence for synovial sarcoma');
    const s = parsed(
      tcrT
        .replace('  markers: { MAGE-A4: 0.6 }\n', '')
        .replace(/ {4}- id: synovial\n {6}parameters:\n(.*\n){4}/, '    - ref: synovial-sarcoma\n'),
    );
    expect(s.subtypes[0]?.parameters.markers?.['MAGE-A4']).toBe(distributionMean(library.value));
  });

  it('a scenario-level prevalence wins over the library: the subtype level, then the cohort level', () => {
    const s = parsed(
      tcrT.replace(/ {4}- id: synovial\n {6}parameters:\n(.*\n){4}/, '    - ref: synovial-sarcoma\n      override: { markers: { MAGE-A4: 0.25 } }\n    - ref: sts\n'),
    );
    expect(s.subtypes.map((subtype) => subtype.parameters.markers?.['MAGE-A4'])).toEqual([0.25, 0.6]);
  });
});

describe('organ at risk with a logistic dose response on EQD2', () => {
  const withOrgan = (organ: string): string =>
    tcrT.replace('  - id: rt\n    schedule: { fractions: 25, dose: 2, perWeek: 5 }\n', `  - id: rt\n    schedule: { fractions: 25, dose: 2, perWeek: 5 }\n    organAtRisk: ${organ}\n`);

  it('NTCP = 1/(1 + (D50/D)^(4γ50)) at the mean EQD2, and uncomplicated control = mean TCP · (1 − NTCP)', async () => {
    // Bins 60 Gy (30%) and 40 Gy (70%) in 25 fractions, α/β 3: EQD2 = D(D/25 + 3)/5 → 64.8 and 36.8 Gy; mean (n = 1)
    // 0.3·64.8 + 0.7·36.8 = 45.2 Gy. NTCP = 1/(1 + (50/45.2)^(4·1.5)).
    const results = await run(
      parsed(withOrgan('{ name: skin, model: logistic, dvh: [{ dose: 60, volume: 0.3 }, { dose: 40, volume: 0.7 }], d50: 50, gamma50: 1.5, alphaBeta: 3 }')),
    );
    const toxicity = results.arms[0]?.toxicity;
    const expected = 1 / (1 + (50 / 45.2) ** 6);
    expect(toxicity?.model).toBe('logistic');
    expect(toxicity?.ntcp).toBeCloseTo(expected, 12);
    expect(toxicity?.ntcp).toBeCloseTo(tcpLogistic(45.2, 50, 1.5), 12);
    expect(toxicity?.uncomplicatedControl).toBeCloseTo((results.arms[0]?.meanTcp ?? 0) * (1 - expected), 12);
  });

  it('an LKB organ keeps its results unchanged (no model key)', async () => {
    const results = await run(parsed(withOrgan('{ name: skin, dvh: [{ dose: 50, volume: 1 }], td50: 70, m: 0.12, n: 0.1, alphaBeta: 3 }')));
    expect(Object.keys(results.arms[0]?.toxicity ?? {}).sort()).toEqual(['ntcp', 'organ', 'uncomplicatedControl']);
  });
});
