// Issue 15's survival properties as fast-check properties over random scenarios with `metastasis` and `background`
// (docs/metastasis-model.md, "Engine wiring"): every identity at every weekly bin of every arm, the better treatment of
// the primary never lowering OS, determinism under block order and shards, and an accumulator that does not grow with
// the patients. The fixed-seed versions of the first two, a life table alone reproducing its own survival and the
// worker/shard byte-identity of results.json are in metastasisEngine.test.ts and competingEvents.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBlock } from '../../packages/sim/src/cohort/addBlock.js';
import { competingEventsBins } from '../../packages/sim/src/cohort/competingEventsBins.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import type { Accumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import { createAccumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import { mergeAccumulators } from '../../packages/sim/src/cohort/mergeAccumulators.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { shardBlocks } from '../../packages/sim/src/cohort/shardBlocks.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { armOf } from './armOf.js';
import { parsedScenario } from './parsedScenario.js';

const meta = { version: 'test', scenarioHash: 'properties' };

/** A random trial: two arms on the same schedule length and surgery day (same span), one with more dose per fraction. */
interface Trial {
  readonly seed: number;
  /** Patients: up to 1500 keeps a run to one block of 4096 and a property to a few seconds. */
  readonly patients: number;
  readonly gradeShares: readonly [number, number, number];
  readonly deepShare: number;
  readonly recurrentShare: number;
  /** Mean age (years): the life table's hazard from middle to old age. */
  readonly ageMean: number;
  readonly lifeTable: 'us-ssa-2017' | 'de-destatis-2022-2024';
  readonly femaleShare: number;
  /** Calendar year of the metastases: the whole range the scenario accepts is 1950–2100; 1970–2030 spans the data. */
  readonly era: number;
  /** Dose per fraction of the lower arm (Gy) and the extra dose per fraction of the better one (Gy, > 0). */
  readonly dose: number;
  readonly extraDose: number;
  /** Share of R0-wide margins, the rest R1-planned (a worse margin leaves more residue: more recurrences). */
  readonly wideShare: number;
  readonly background: boolean;
}

// Bounds defined once, each with its reason: shares strictly inside (0, 1) so that every stratum can be drawn;
// doses of conventional preoperative fractions; 2 decimals, so that the scenario text holds the value exactly.
const share = fc.integer({ min: 1, max: 99 }).map((percent) => percent / 100);
const trialArbitrary: fc.Arbitrary<Trial> = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  patients: fc.integer({ min: 300, max: 1500 }),
  gradeShares: fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })).map(([a, b, c]) => [a / (a + b + c), b / (a + b + c), c / (a + b + c)] as const),
  deepShare: share,
  recurrentShare: share,
  ageMean: fc.integer({ min: 40, max: 80 }),
  lifeTable: fc.constantFrom('us-ssa-2017' as const, 'de-destatis-2022-2024' as const),
  femaleShare: share,
  era: fc.integer({ min: 1970, max: 2030 }),
  dose: fc.integer({ min: 150, max: 220 }).map((centigray) => centigray / 100),
  extraDose: fc.integer({ min: 10, max: 80 }).map((centigray) => centigray / 100),
  wideShare: share,
  background: fc.boolean(),
});

function scenarioOf(trial: Trial): ResolvedScenario {
  const [g1, g2, g3] = trial.gradeShares;
  const margins = `{ R0-wide: ${trial.wideShare}, R1-planned: ${Math.round(100 * (1 - trial.wideShare)) / 100} }`;
  const text = `version: 1
name: metastasis properties
references: ["test scenario"]
seed: ${trial.seed}
patients: ${trial.patients}
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  covariates:
    age: { dist: normal, mean: ${trial.ageMean}, sd: 12, min: 18, max: 95 }
    grade: { G1: ${g1}, G2: ${g2}, G3: ${g3} }
    depth: { deep: ${trial.deepShare}, superficial: ${Math.round(100 * (1 - trial.deepShare)) / 100} }
    presentation: { primary: ${Math.round(100 * (1 - trial.recurrentShare)) / 100}, recurrent: ${trial.recurrentShare} }
  subtypes:
    - ref: sts
arms:
  - { id: low, localControl: residual-disease, schedule: { fractions: 25, dose: ${trial.dose}, perWeek: 5 }, surgery: { day: 67, margins: ${margins} } }
  - { id: high, localControl: residual-disease, schedule: { fractions: 25, dose: ${trial.dose + trial.extraDose}, perWeek: 5 }, surgery: { day: 67, margins: ${margins} } }
followUp: { years: 10, at: [1, 2, 5, 10] }
${trial.background ? `background: { lifeTable: ${trial.lifeTable}, sex: { female: ${trial.femaleShare} } }\n` : ''}metastasis: { era: ${trial.era} }
`;
  return parsedScenario(text, 'properties.yaml');
}

async function resultsOf(scenario: ResolvedScenario): Promise<{ accumulator: Accumulator; results: TrialResults }> {
  const accumulator = await runInThread(scenario);
  return { accumulator, results: summarize(accumulator, compilePlan(scenario), meta) };
}


/** Running sums. */
const cumulative = (counts: ArrayLike<number>): number[] => {
  let total = 0;
  return Array.from(counts, (value) => (total += value));
};

// Sums of 520 floating-point terms: identities hold to rounding.
const rounding = 1e-12;

describe('metastasis properties: identities at every weekly bin', () => {
  it('OS ≤ DSS, LRFS ≤ LC, CIF(LR first) + CIF(death first) + LRFS = 1, and DMFS ≤ 1 − CIF(metastasis), every arm', async () => {
    await fc.assert(
      fc.asyncProperty(trialArbitrary, async (trial) => {
        const { results } = await resultsOf(scenarioOf(trial));
        for (const arm of results.arms) {
          const events = arm.competingEvents;
          const metastasis = events?.metastasis?.curves;
          if (events?.curves === undefined || metastasis === undefined) throw new Error('no curves');
          const { localControl, localRecurrenceIncidence, otherCauseDeathIncidence, localRecurrenceFreeSurvival } = events.curves;
          expect(metastasis.overallSurvival.length).toBe(520);
          metastasis.overallSurvival.forEach((os, j) => {
            expect(os).toBeLessThanOrEqual((metastasis.diseaseSpecificSurvival[j] ?? Number.NaN) + rounding);
            // Kaplan–Meier with death censored is at most 1 − the crude incidence (net incidence ≥ crude).
            expect(metastasis.distantMetastasisFreeSurvival[j]).toBeLessThanOrEqual(1 - (metastasis.metastasisIncidence[j] ?? Number.NaN) + rounding);
            const lrfs = localRecurrenceFreeSurvival[j] ?? Number.NaN;
            expect(lrfs).toBeLessThanOrEqual((localControl[j] ?? Number.NaN) + rounding);
            expect(Math.abs(lrfs + (localRecurrenceIncidence[j] ?? Number.NaN) + (otherCauseDeathIncidence[j] ?? Number.NaN) - 1)).toBeLessThan(rounding);
            // Every survival is a probability, and never rises.
            if (j > 0) expect(os).toBeLessThanOrEqual(metastasis.overallSurvival[j - 1] ?? Number.NaN);
            expect(os).toBeGreaterThanOrEqual(0);
          });
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('each death is counted once in every section: deaths before or after a recurrence = deaths before a metastasis, from sarcoma or after one, at every bin; after detection, deaths and the censored add up to the metastases', async () => {
    await fc.assert(
      fc.asyncProperty(trialArbitrary, async (trial) => {
        const { accumulator, results } = await resultsOf(scenarioOf(trial));
        for (const [index, arm] of results.arms.entries()) {
          const bins = competingEventsBins(accumulator, index, 0);
          const metastasis = bins.metastasis;
          if (metastasis === undefined) throw new Error('no metastasis counts');
          const metastases = cumulative(metastasis.metastases);
          const deathsBefore = cumulative(metastasis.deathsBeforeMetastasis);
          const sarcomaDeaths = cumulative(metastasis.sarcomaDeaths);
          const deathsAfter = cumulative(metastasis.deathsAfterMetastasis);
          // The local-recurrence section counts deaths from any cause, before or after a recurrence.
          const deathsAroundRecurrence = cumulative(Float64Array.from(bins.deaths, (d, j) => d + (bins.deathsAfterRecurrence[j] ?? Number.NaN)));
          const curve = arm.competingEvents?.metastasis?.curves?.metastasisIncidence ?? [];
          metastases.forEach((m, j) => {
            const d = deathsBefore[j] ?? Number.NaN;
            const s = sarcomaDeaths[j] ?? Number.NaN;
            const o = deathsAfter[j] ?? Number.NaN;
            expect(deathsAroundRecurrence[j]).toBe(d + s + o);
            // CIF(metastasis) + CIF(death before metastasis) + P(alive and metastasis-free) = 1: the last is ≥ 0.
            expect(m + d).toBeLessThanOrEqual(arm.patients);
            expect(curve[j]).toBe(m / arm.patients);
            // Only a patient whose metastasis was counted can die of sarcoma, or of another cause after it.
            expect(s + o).toBeLessThanOrEqual(m);
          });
          if (!trial.background) expect(deathsBefore.at(-1)).toBe(0);
          // Survival after detection follows every metastasis shown within the horizon to its death or the horizon,
          // and its deaths are the deaths after a metastasis, counted on the other time axis.
          const total = (counts: ArrayLike<number>): number => Array.from(counts).reduce((sum, value) => sum + value, 0);
          expect(total(metastasis.deathsAfterDetection) + total(metastasis.censoredAfterDetection)).toBe(metastases.at(-1));
          expect(total(metastasis.deathsAfterDetection)).toBe((sarcomaDeaths.at(-1) ?? Number.NaN) + (deathsAfter.at(-1) ?? Number.NaN));
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

/** Φ(x) by Abramowitz & Stegun 7.1.26 (|error| < 1.5e−7, far below the check's tolerance), written out here. */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-z * z);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

describe('metastasis: survival after detection', () => {
  it('without background it is the lognormal law of T_S at the era: median 589.6 d · e^{0.0237 (era − 2004)}, σ 1.4205 (within 4 SE)', async () => {
    for (const era of [1989, 2004, 2015]) {
      const trial: Trial = { seed: 1515, patients: 12000, gradeShares: [0.2, 0.35, 0.45], deepShare: 0.7, recurrentShare: 0.1, ageMean: 55, lifeTable: 'us-ssa-2017', femaleShare: 0.5, era, dose: 2, extraDose: 0.4, wideShare: 0.8, background: false };
      const accumulator = await runInThread(scenarioOf(trial));
      const bins = competingEventsBins(accumulator, 0, 0).metastasis;
      if (bins === undefined) throw new Error('no metastasis counts');
      // docs/metastasis-model.md, library values (revision 4): μ_S(2004) = 589.6 d, β = 0.0237 per year, σ_S = 1.4205.
      const median = 589.6 * Math.exp(0.0237 * (era - 2004));
      let atRisk = Array.from(bins.deathsAfterDetection).reduce((sum, value) => sum + value, 0) + Array.from(bins.censoredAfterDetection).reduce((sum, value) => sum + value, 0);
      expect(atRisk).toBeGreaterThan(3000);
      let survival = 1;
      let greenwood = 0;
      for (let k = 0; k < 260; k++) {
        const deaths = bins.deathsAfterDetection[k] ?? Number.NaN;
        survival *= 1 - deaths / atRisk;
        greenwood += deaths / (atRisk * (atRisk - deaths));
        atRisk -= deaths + (bins.censoredAfterDetection[k] ?? Number.NaN);
        // At 6, 12, 24, 36 and 60 months (bins end at whole weeks of 365.25/52 days).
        if ([26, 52, 104, 156, 260].includes(k + 1)) {
          const days = ((k + 1) * 365.25) / 52;
          const expected = normalCdf(-Math.log(days / median) / 1.4205);
          expect(Math.abs(survival - expected), `era ${era}, week ${k + 1}`).toBeLessThan(4 * survival * Math.sqrt(greenwood));
        }
      }
    }
  }, 60_000);
});

describe('metastasis properties: a better treatment of the primary', () => {
  // Trials in which the better arm had strictly fewer recurrences: the property is not vacuous.
  let fewerRecurrences = 0;
  it('more dose per fraction on the same span never lowers OS nor raises the metastases, at any bin', async () => {
    await fc.assert(
      fc.asyncProperty(trialArbitrary, async (trial) => {
        const { accumulator, results } = await resultsOf(scenarioOf(trial));
        const low = armOf(results, 'low').competingEvents?.metastasis?.curves?.overallSurvival ?? [];
        const high = armOf(results, 'high').competingEvents?.metastasis?.curves?.overallSurvival ?? [];
        expect(high.length).toBe(low.length);
        high.forEach((os, j) => expect(os).toBeGreaterThanOrEqual(low[j] ?? Number.NaN));
        const metastasesLow = cumulative(competingEventsBins(accumulator, 0, 0).metastasis?.metastases ?? []);
        const metastasesHigh = cumulative(competingEventsBins(accumulator, 1, 0).metastasis?.metastases ?? []);
        metastasesHigh.forEach((m, j) => expect(m).toBeLessThanOrEqual(metastasesLow[j] ?? Number.NaN));
        const recurrences = (arm: number): number => competingEventsBins(accumulator, arm, 0).recurrences.reduce((total, value) => total + value, 0);
        expect(recurrences(1)).toBeLessThanOrEqual(recurrences(0));
        if (recurrences(1) < recurrences(0)) fewerRecurrences++;
      }),
      { numRuns: 12 },
    );
    expect(fewerRecurrences).toBeGreaterThan(0);
  }, 120_000);
});

describe('metastasis properties: determinism and flat memory', () => {
  it('the same seed gives the same counts whatever the block order and shard split (two or three blocks)', async () => {
    await fc.assert(
      fc.asyncProperty(trialArbitrary, fc.integer({ min: 4097, max: 9000 }), fc.integer({ min: 1, max: 3 }), async (trial, patients, shards) => {
        const scenario = scenarioOf({ ...trial, patients });
        const plan = compilePlan(scenario);
        const reference = await runInThread(scenario);
        // Blocks simulated in reverse order, accumulated per shard, and merged: nothing depends on either.
        const partials = new Map(Array.from({ length: plan.blockCount }, (_, k) => plan.blockCount - 1 - k).map((k) => [k, simulateBlock(plan, k)]));
        const parts = Array.from({ length: shards }, (_, shard) => {
          const accumulator = createAccumulator(plan);
          for (const k of shardBlocks(plan.blockCount, shard, shards)) {
            const partial = partials.get(k);
            if (partial === undefined) throw new Error(`no block ${k}`);
            addBlock(accumulator, partial);
          }
          return accumulator;
        });
        const merged = mergeAccumulators(parts.reverse());
        expect(Array.from(merged.counts)).toEqual(Array.from(reference.counts));
        expect(merged.sums).toEqual(reference.sums);
      }),
      { numRuns: 4 },
    );
  }, 120_000);

  it('what a run keeps (counts and sums) has one size for 300 patients and for 3 million: only one byte per block of 4096 grows', () => {
    fc.assert(
      fc.property(trialArbitrary, fc.integer({ min: 1000, max: 10_000 }), (trial, factor) => {
        const small = createAccumulator(compilePlan(scenarioOf({ ...trial, patients: 300 })));
        const large = createAccumulator(compilePlan(scenarioOf({ ...trial, patients: 300 * factor })));
        expect(large.counts.length).toBe(small.counts.length);
        expect(large.sums.length).toBe(small.sums.length);
        expect(large.covered.length).toBe(Math.ceil((300 * factor) / 4096));
      }),
      { numRuns: 20 },
    );
  });
});
