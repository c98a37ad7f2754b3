// Properties of the diagnostic pathway over random scenarios (issue 17; docs/scenarios.md, "The diagnostic
// pathway"): with the same patients (common random numbers), a wait no longer in any interval and an earlier first
// visit never lower local control nor add a metastasis, and a pathway with no wait and no unplanned excision gives the results of the same
// scenario without one, bit for bit. (A reference centre against a local first operation is tested in
// pathwayEngine.test.ts: only in expectation, since the margin uniform maps to another class list after an
// unplanned excision.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { armOf } from './armOf.js';
import { parsedScenario } from './parsedScenario.js';

const meta = { version: 'test', scenarioHash: 'properties' };

/** A random trial: the library's pathway against one whose every interval median is shortened by its own factor. */
interface Trial {
  readonly seed: number;
  readonly patients: number;
  readonly deepShare: number;
  readonly medianDiameterCm: number;
  /** Medians of the four intervals of the longer pathway (days), and the factor (0 to 1) each is cut by. */
  readonly medians: readonly number[];
  readonly cuts: readonly number[];
  readonly sigma: number;
}

const trialArbitrary: fc.Arbitrary<Trial> = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  patients: fc.integer({ min: 300, max: 1500 }),
  deepShare: fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100),
  medianDiameterCm: fc.integer({ min: 20, max: 160 }).map((mm) => mm / 10),
  medians: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 4, maxLength: 4 }),
  cuts: fc.array(fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100), { minLength: 4, maxLength: 4 }),
  sigma: fc.integer({ min: 0, max: 120 }).map((percent) => percent / 100),
});

const intervals = ['primaryCare', 'secondaryCare', 'sarcomaCentre', 'treatment'];
const pathwayText = (medians: readonly number[], sigma: number, extra = ''): string =>
  `{ intervals: { ${intervals.map((name, i) => `${name}: { median: ${medians[i] ?? 0}, sigma: ${sigma} }`).join(', ')} }${extra} }`;

async function resultsOf(trial: Trial, arms: readonly string[]): Promise<TrialResults> {
  const margins = '{ R0-wide: 0.55, R0-close: 0.25, R1-planned: 0.1, R1-unplanned: 0.05, R2: 0.05 }';
  const text = `version: 1
name: pathway properties
references: ["test scenario"]
seed: ${trial.seed}
patients: ${trial.patients}
cohort:
  diameter: { dist: lognormal, median: ${trial.medianDiameterCm}, sigma: 0.6 }
  covariates:
    depth: { deep: ${trial.deepShare}, superficial: ${Math.round(100 * (1 - trial.deepShare)) / 100} }
  subtypes:
    - ref: sts
arms:
${arms.map((arm) => `  - { ${arm}, localControl: residual-disease, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: ${margins}, marginsAfterUnplannedExcision: { R0-close: 0.31, R1-unplanned: 0.69 } } }`).join('\n')}
followUp: { years: 10, at: [5, 10] }
metastasis: {}
`;
  const scenario = parsedScenario(text, 'properties.yaml');
  return summarize(await runInThread(scenario), compilePlan(scenario), meta);
}

const metastases = (results: TrialResults, id: string): number => armOf(results, id).competingEvents?.metastasis?.metastasesFirst ?? Number.NaN;

describe('pathway properties (fast-check, random cohorts and pathways)', () => {
  it('a wait no longer in any interval never lowers control (patient by patient) nor adds a metastasis', async () => {
    await fc.assert(
      fc.asyncProperty(trialArbitrary, async (trial) => {
        const shorter = trial.medians.map((median, i) => Math.round(median * (trial.cuts[i] ?? 1) * 100) / 100);
        const results = await resultsOf(trial, [
          `id: longer, pathway: ${pathwayText(trial.medians, trial.sigma, ', unplannedExcision: none')}`,
          `id: shorter, pathway: ${pathwayText(shorter, trial.sigma, ', unplannedExcision: none')}`,
        ]);
        const pair = results.comparisons.find((c) => c.a === 'longer' && c.b === 'shorter');
        // patient by patient: nobody controlled after the longer wait fails after the shorter one
        expect(pair?.discordant.aOnly).toBe(0);
        expect(metastases(results, 'shorter')).toBeLessThanOrEqual(metastases(results, 'longer'));
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('an earlier first visit (a shorter patient interval) never lowers control (patient by patient) nor adds a metastasis', async () => {
    await fc.assert(
      fc.asyncProperty(trialArbitrary, fc.integer({ min: 10, max: 100 }), async (trial, percent) => {
        const results = await resultsOf(trial, [
          `id: longer, pathway: ${pathwayText(trial.medians, trial.sigma, ', unplannedExcision: none')}`,
          `id: shorter, pathway: ${pathwayText(trial.medians, trial.sigma, `, unplannedExcision: none, patientInterval: ${percent / 100}`)}`,
        ]);
        const pair = results.comparisons.find((c) => c.a === 'longer' && c.b === 'shorter');
        expect(pair?.discordant.aOnly).toBe(0);
        expect(metastases(results, 'shorter')).toBeLessThanOrEqual(metastases(results, 'longer'));
      }),
      { numRuns: 5 },
    );
  }, 120_000);

  it('no wait, no unplanned excision: every count of the scenario without a pathway, bit for bit', async () => {
    await fc.assert(
      fc.asyncProperty(trialArbitrary, async (trial) => {
        const zero = pathwayText([0, 0, 0, 0], trial.sigma, ', unplannedExcision: none');
        const plain = await resultsOf(trial, ['id: a']);
        const zeroed = await resultsOf(trial, [`id: a, pathway: ${zero}`]);
        const arm = Object.fromEntries(Object.entries(armOf(zeroed, 'a')).filter(([key]) => key !== 'pathway'));
        expect(arm).toEqual(armOf(plain, 'a'));
      }),
      { numRuns: 4 },
    );
  }, 120_000);
});
