import { logSurvival, overallTime, portableExp, repopulationLogGain } from '@rtsim/core';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { armLogClonogens } from '../../packages/sim/src/cohort/armLogClonogens.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { addBlock } from '../../packages/sim/src/cohort/addBlock.js';
import { certainControlLogClonogens } from '../../packages/sim/src/cohort/certainControlLogClonogens.js';
import { createAccumulator } from '../../packages/sim/src/cohort/createAccumulator.js';
import { drawPatient, patientField } from '../../packages/sim/src/cohort/drawPatient.js';
import type { EnginePlan } from '../../packages/sim/src/cohort/EnginePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { blockStream, nextBlockUniforms } from '../../packages/sim/src/random/blockStream.js';
import { patientSlots, slotsPerPatient } from '../../packages/sim/src/random/patientSlots.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { fixedPointToNumber } from '../../packages/sim/src/stats/fixedPointToNumber.js';
import { arm, fixedParameters, mixedScenario, scenario, subtype } from './cohortScenario.js';

const meta = { version: 'test', scenarioHash: 'test' };

function compileAndRun(s: ResolvedScenario): ReturnType<typeof createAccumulator> {
  const plan = compilePlan(s);
  const accumulator = createAccumulator(plan);
  for (let k = 0; k < plan.blockCount; k++) addBlock(accumulator, simulateBlock(plan, k));
  return accumulator;
}

/** TCP of the first patient in each arm (block 0, one patient: its Σ TCP). */
function singlePatientTcp(s: ResolvedScenario): number[] {
  const plan = compilePlan({ ...s, patients: 1 });
  const partial = simulateBlock(plan, 0);
  return plan.arms.map((_, a) => partial.sums[plan.layout.armSums + 2 * a * plan.subtypes.length]);
}

/** The patient records of block 0 under a plan, one Float64Array per patient. */
function drawBlock(plan: EnginePlan, patients: number): Float64Array[] {
  const stream = blockStream(plan.seed, 0);
  const u = new Float64Array(slotsPerPatient);
  return Array.from({ length: patients }, () => {
    nextBlockUniforms(stream, u, slotsPerPatient);
    const record = new Float64Array(patientField.length);
    expect(drawPatient(plan, u, record)).toBe(0);
    return record;
  });
}

describe('simulateBlock on hand-checkable patients', () => {
  it('gives TCP = exp(−N₀·S·G) for one patient with fixed parameters', () => {
    // 20 × 2.5 Gy, 5 a week from a Monday: last fraction on day 25 (models.md calendar), T = 25 d.
    // α = 0.3 /Gy, α/β = 3 Gy → β = 0.1 /Gy²: −ln S = 0.3·50 + 0.1·20·2.5² = 15 + 12.5 = 27.5.
    // Repopulation: ln 2/10 d · (25 − 20) d = 0.346574. N₀ = 10¹¹ /cm³ · 10 cm³ = 10¹², ln N₀ = 27.631021.
    // ln N_left = 27.631021 − 27.5 + 0.346574 = 0.477595, N_left = 1.61218, TCP = e^{−1.61218} = 0.19945.
    const s = scenario({
      subtypes: [subtype('only', fixedParameters({ clonogenDensity: 1e11, tumour: { volume: 10 } }))],
      arms: [arm('a', { schedule: { fractions: 20, dose: 2.5, perWeek: 5 } })],
    });
    const logLeft = Math.log(1e12) - 27.5 + (Math.LN2 / 10) * 5;
    const [tcp] = singlePatientTcp(s);
    expect(tcp).toBeCloseTo(Math.exp(-Math.exp(logLeft)), 13);
    expect(tcp).toBeCloseTo(0.19945, 5);
  });

  it('converts a diameter to a sphere volume, V = πd³/6', () => {
    const d = 2.5;
    const byVolume = singlePatientTcp(scenario({ subtypes: [subtype('v', fixedParameters({ tumour: { volume: (Math.PI / 6) * d ** 3 } }))] }));
    const byDiameter = singlePatientTcp(scenario({ subtypes: [subtype('d', fixedParameters({ tumour: { diameter: d } }))] }));
    expect(byDiameter[0]).toBeCloseTo(byVolume[0], 14);
  });

  /** The patient's uniforms with the margin and residual-fraction slots replaced. */
  function withSlots(margin: number, residual = 0.5): Float64Array {
    const u = new Float64Array(slotsPerPatient).fill(0.5);
    u[patientSlots.margin] = margin;
    u[patientSlots.residualFraction] = residual;
    return u;
  }

  it('lowers ln N_left by exactly ln f when surgery falls inside the course', () => {
    const margins = { R0: 0, R1: 1, R2: 0 };
    const residualFraction = { R0: 1e-3, R1: 0.02, R2: 0.5 };
    const plan = compilePlan(
      scenario({
        arms: [arm('rt'), arm('preop', { surgery: { day: 10, margins, residualFraction } }), arm('postop', { surgery: { day: -35, margins, residualFraction } })],
      }),
    );
    const [patient] = drawBlock(plan, 1) as [Float64Array];
    const radiotherapy = armLogClonogens(plan, 0, patient, withSlots(0.5));
    expect(armLogClonogens(plan, 1, patient, withSlots(0.5)) - radiotherapy).toBeCloseTo(Math.log(0.02), 13);
    // Surgery 35 days before the first fraction: the span grows from 32 to 67 days, all of it past T_k = 20 d.
    expect(armLogClonogens(plan, 2, patient, withSlots(0.5)) - radiotherapy).toBeCloseTo(Math.log(0.02) + (Math.LN2 / 10) * 35, 12);
  });

  it('draws the margin from the margin slot: R0 below p(R0), R1 below p(R0) + p(R1), R2 above', () => {
    const margins = { R0: 0.5, R1: 0.3, R2: 0.2 };
    const residualFraction = { R0: 1e-3, R1: 0.02, R2: 0.5 };
    const plan = compilePlan(scenario({ arms: [arm('rt'), arm('preop', { surgery: { day: 10, margins, residualFraction } })] }));
    const [patient] = drawBlock(plan, 1) as [Float64Array];
    const base = armLogClonogens(plan, 0, patient, withSlots(0.5));
    expect(armLogClonogens(plan, 1, patient, withSlots(0.49)) - base).toBeCloseTo(Math.log(1e-3), 13);
    expect(armLogClonogens(plan, 1, patient, withSlots(0.79)) - base).toBeCloseTo(Math.log(0.02), 13);
    expect(armLogClonogens(plan, 1, patient, withSlots(0.81)) - base).toBeCloseTo(Math.log(0.5), 13);
  });

  it('draws the residual fraction from its slot by inverse CDF, capped at f = 1', () => {
    // Lognormal(median 10⁻³, σ = 2) at u = Φ(1.5) = 0.9331927987311419 (Φ from tables): f = 10⁻³·e³.
    const residualFraction = { R0: { dist: 'lognormal', median: 1e-3, sigma: 2 }, R1: { dist: 'uniform', min: 0.5, max: 1.5 }, R2: 1 } as const;
    const margins = { R0: 0.5, R1: 0.5, R2: 0 };
    const plan = compilePlan(scenario({ arms: [arm('rt'), arm('preop', { surgery: { day: 10, margins, residualFraction } })] }));
    const [patient] = drawBlock(plan, 1) as [Float64Array];
    const base = armLogClonogens(plan, 0, patient, withSlots(0.25));
    expect(armLogClonogens(plan, 1, patient, withSlots(0.25, 0.9331927987311419)) - base).toBeCloseTo(Math.log(1e-3) + 3, 10);
    patient[patientField.residualNormal] = Number.NaN; // a new patient's cache
    // Uniform(0.5, 1.5): u = 0.2 gives f = 0.7; u = 0.8 gives 1.3, which counts as 1.
    expect(armLogClonogens(plan, 1, patient, withSlots(0.75, 0.2)) - base).toBeCloseTo(Math.log(0.7), 13);
    expect(armLogClonogens(plan, 1, patient, withSlots(0.75, 0.8)) - base).toBeCloseTo(0, 13);
  });

  it('takes N_detect = density × the detection volume drawn from the same slot when detectionClonogens is absent', () => {
    const withoutDetection = { ...fixedParameters({ clonogenDensity: 3e6, detectionVolume: 2 }) } as Record<string, unknown>;
    delete withoutDetection['detectionClonogens'];
    const plan = compilePlan(scenario({ subtypes: [subtype('x', withoutDetection as unknown as ReturnType<typeof fixedParameters>)] }));
    const [patient] = drawBlock(plan, 1) as [Float64Array];
    expect(patient[patientSlots.detectionClonogens]).toBe(6e6);
  });
});

describe('armLogClonogens(plan, arm, patient, uniforms) against core logSurvival', () => {
  // Every survival mode of the engine (coefficients, two compartments with fixed or drawn OER, core's general
  // path) must give ln N_left = ln N₀ + logSurvival(...) + repopulation for the patient's own parameters.
  const hypoxia = { hypoxicFraction: { dist: 'triangular', min: 0, mode: 0.1, max: 0.4 } } as const;
  const cases = [
    { name: 'LQ with a fixed repair half-time, twice daily', mode: 0, parameters: { repairHalfTimeHours: 1.5 }, arm: { schedule: { fractions: 30, dose: 1.6, perDay: 2, intervalHours: 6, perWeek: 5, durationMinutes: 20 } } },
    { name: 'LQ-L, hypoxia with a fixed OER', mode: 1, parameters: { ...hypoxia, oer: 2.8 }, arm: { schedule: { fractions: 3, dose: 18, everyDays: 2 }, survival: { model: 'lq-l', transitionDose: 6 } } },
    { name: 'LQ, hypoxia with a drawn OER and a sensitiser', mode: 2, parameters: { ...hypoxia, oer: { dist: 'uniform', min: 2, max: 3 } }, arm: { doseModifyingFactor: 1.2 } },
    { name: 'full reoxygenation (general path)', mode: 3, parameters: { ...hypoxia, oer: 2.5 }, arm: { reoxygenation: 'full' } },
    { name: 'USC (general path)', mode: 3, parameters: {}, arm: { schedule: { fractions: 5, dose: 8, everyDays: 1 }, survival: { model: 'usc', d0: 1.25 } } },
    { name: 'a drawn repair half-time (general path)', mode: 3, parameters: { repairHalfTimeHours: { dist: 'lognormal', median: 1, sigma: 0.5 } }, arm: { schedule: { fractions: 20, dose: 2, perDay: 2, intervalHours: 6 } } },
  ] as const;
  for (const c of cases) {
    it(`matches for ${c.name}`, () => {
      const s = scenario({
        subtypes: [subtype('x', fixedParameters({ alpha: { dist: 'normal', mean: 0.3, sd: 0.1, min: 0.01, max: 0.7 }, alphaBeta: { dist: 'uniform', min: 2, max: 10 }, kickoffTime: 14, ...c.parameters }))],
        arms: [arm('a', c.arm)],
      });
      const plan = compilePlan(s);
      const armPlan = plan.arms[0];
      expect(plan.survival[0]).toBe(c.mode);
      for (const patient of drawBlock(plan, 200)) {
        const cell = {
          alpha: patient[patientSlots.alpha],
          beta: patient[patientField.beta],
          reoxygenation: armPlan.reoxygenation,
          doseModifyingFactor: armPlan.doseModifyingFactor,
          ...('repairHalfTimeHours' in c.parameters ? { repairHalfTimeHours: patient[patientSlots.repairHalfTimeHours] } : {}),
          ...('hypoxicFraction' in c.parameters ? { hypoxicFraction: patient[patientSlots.hypoxicFraction], oer: patient[patientSlots.oer] } : {}),
        };
        const repopulation = repopulationLogGain(overallTime(armPlan.schedule), { doublingTime: 10, kickoffTime: 14 });
        const expected = Math.log(1e8) + logSurvival(armPlan.schedule, cell, armPlan.model) + repopulation;
        const actual = armLogClonogens(plan, 0, patient, new Float64Array(slotsPerPatient).fill(0.5));
        expect(Math.abs(actual - expected)).toBeLessThan(1e-10 * Math.max(1, Math.abs(expected)));
      }
    });
  }
});

describe('the slot layout', () => {
  it('keeps every other draw when one parameter turns from fixed into a distribution', () => {
    const base = mixedScenario(50);
    const [first, second] = base.subtypes as [ResolvedScenario['subtypes'][number], ResolvedScenario['subtypes'][number]];
    const varied: ResolvedScenario = {
      ...base,
      subtypes: [
        { ...first, parameters: { ...first.parameters, kickoffTime: { dist: 'uniform', min: 14, max: 28 }, oer: { dist: 'triangular', min: 2, mode: 2.5, max: 3 } } },
        second,
      ],
    };
    const before = drawBlock(compilePlan(base), 50);
    const after = drawBlock(compilePlan(varied), 50);
    let changed = 0;
    for (const [i, record] of before.entries()) {
      const other = after[i];
      for (let j = 0; j < patientField.length; j++) {
        if (j === patientSlots.kickoffTime || j === patientSlots.oer) continue;
        expect(other[j]).toBe(record[j]);
      }
      if (other[patientSlots.kickoffTime] !== record[patientSlots.kickoffTime]) changed++;
    }
    expect(changed).toBeGreaterThan(0);
  });

  it('leaves the other subtype’s results bit-identical when one subtype changes', () => {
    const base = mixedScenario(3 * 4096);
    const [first, second] = base.subtypes as [ResolvedScenario['subtypes'][number], ResolvedScenario['subtypes'][number]];
    const varied = { ...base, subtypes: [first, { ...second, parameters: { ...second.parameters, alphaBeta: { dist: 'uniform', min: 5, max: 15 } } }] } as ResolvedScenario;
    const planA = compilePlan(base);
    const planB = compilePlan(varied);
    let checked = 0;
    for (let k = 0; k < planA.blockCount; k++) {
      const a = simulateBlock(planA, k);
      const b = simulateBlock(planB, k);
      const subtype1Patients = a.counts[planA.layout.subtypePatients + 1];
      for (let arm = 0; arm < planA.arms.length; arm++) {
        const at = planA.layout.armSums + 2 * (arm * 2); // subtype 0
        expect(b.sums[at]).toBe(a.sums[at]);
        // Subtype 1 did change, in every arm where its TCP is neither 0 for all patients nor 1 for all (the 5 × 5 Gy
        // arm can leave every hypoxic tumour of a block at TCP = 0 exactly, whatever α/β).
        const tcpSum = a.sums[at + 2];
        if (tcpSum === 0 || tcpSum === subtype1Patients) continue;
        expect(b.sums[at + 2], `block ${k}, arm ${arm}`).not.toBe(tcpSum);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(planA.blockCount * (planA.arms.length - 1));
  });
});

describe('invalid patients', () => {
  it('are counted, kept out of every sum, and make the summary fail with the parameter named', async () => {
    const s = scenario({
      patients: 5000,
      subtypes: [subtype('loose', fixedParameters({ alpha: { dist: 'normal', mean: 0.1, sd: 0.1 } }))],
    });
    const accumulator = await runInThread(s);
    expect(accumulator.counts[accumulator.layout.invalidPatients]).toBeGreaterThan(500); // P(α < 0) = Φ(−1) ≈ 16%
    for (const sum of accumulator.sums) expect(Number.isFinite(fixedPointToNumber(sum))).toBe(true);
    expect(() => summarize(accumulator, compilePlan(s), meta)).toThrow(/subtype "loose": alpha drew values outside its domain \(alpha ≥ 0/);
  });

  it('report NaN from the survival arithmetic (USC with αD₀ ≥ 1) instead of writing it', async () => {
    const s = scenario({ patients: 10, arms: [arm('usc', { survival: { model: 'usc', d0: 5 } })] });
    const accumulator = await runInThread(s);
    expect(accumulator.counts[accumulator.layout.invalidPatients]).toBe(10);
    expect(() => summarize(accumulator, compilePlan(s), meta)).toThrow(/10 of 10 virtual patients.*\n.*survival arithmetic gave NaN in 10 patients/);
  });

  it('report a residual fraction drawn ≤ 0 under its own name', async () => {
    const surgery = { day: 40, margins: { R0: 1, R1: 0, R2: 0 }, residualFraction: { R0: { dist: 'normal', mean: 0.001, sd: 0.01 }, R1: 0.1, R2: 1 } } as const;
    const s = scenario({ patients: 500, arms: [arm('rt'), arm('preop', { surgery })] });
    expect(() => summarize(compileAndRun(s), compilePlan(s), meta)).toThrow(/residualFraction drew values outside its domain \(surgery residualFraction > 0\) in \d+ patients/);
  });

  it('report an invalid distribution (a normal with sd < 0) in every patient', async () => {
    const s = scenario({ patients: 7, subtypes: [subtype('bad', fixedParameters({ doublingTime: { dist: 'normal', mean: 10, sd: -1 } }))] });
    const accumulator = await runInThread(s);
    expect(() => summarize(accumulator, compilePlan(s), meta)).toThrow(/doublingTime drew values outside its domain .* in 7 patients/);
  });
});

// Same patients, same random numbers, same model, computed by scripts/reference/sim_cohort.py (its own Philox 4×32-10
// with Python integers and the same key and counter layout as the engine's streams, AS 241 quantiles, coefficients, surgery, repopulation
// and failure times): counts must agree exactly, float sums to 1e-9 relative (libm exp/log may differ from V8's in
// the last bit).
interface CohortReference {
  scenario: ResolvedScenario;
  expected: {
    subtypePatients: number[];
    arm: { sumTcp: number; sumTcpSquared: number; controlled: number; histogram: number[]; failures: number[] }[][];
    pair: { sumDifference: number; sumDifferenceSquared: number; aOnly: number; bOnly: number }[][];
  };
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/cohort-reference.json', import.meta.url), 'utf8')) as {
  cohort: CohortReference;
  failureTimes: {
    postTreatmentDoublingTime: number;
    detectionClonogens: number;
    firstVisitDays: number;
    years: number;
    cases: { mean: number; binProbability: number[]; censoredProbability: number }[];
  };
};

describe('the engine against the Python reference cohort', () => {
  const { scenario: reference, expected } = fixture.cohort;
  // scripts/reference/sim_cohort.py accumulates every pair of arms, (0, 1), (0, 2), …, (1, 2), …: comparisons 'all'.
  const plan = compilePlan({ ...reference, comparisons: 'all' });
  const accumulator = createAccumulator(plan);
  for (let k = 0; k < plan.blockCount; k++) addBlock(accumulator, simulateBlock(plan, k));
  const { layout, counts, sums } = accumulator;
  const S = plan.subtypes.length;

  it('draws the same subtypes', () => {
    expect(Array.from(counts.subarray(layout.subtypePatients, layout.subtypePatients + S))).toEqual(expected.subtypePatients);
    expect(counts[layout.invalidPatients]).toBe(0);
  });

  it('gives the same TCP sums, control counts, histograms and failure bins in every arm and subtype', () => {
    for (const [a, bySubtype] of expected.arm.entries()) {
      for (const [s, cell] of bySubtype.entries()) {
        const index = a * S + s;
        expect(fixedPointToNumber(sums[layout.armSums + 2 * index])).toBeCloseTo(cell.sumTcp, 6);
        expect(fixedPointToNumber(sums[layout.armSums + 2 * index + 1])).toBeCloseTo(cell.sumTcpSquared, 6);
        const at = layout.armCounts + index * layout.armStride;
        expect(counts[at]).toBe(cell.controlled);
        expect(Array.from(counts.subarray(at + 1, at + 1 + layout.histogramBins))).toEqual(cell.histogram);
        expect(Array.from(counts.subarray(at + 1 + layout.histogramBins, at + layout.armStride))).toEqual(cell.failures);
      }
    }
  });

  it('gives the same paired differences and discordant pairs', () => {
    for (const [p, bySubtype] of expected.pair.entries()) {
      for (const [s, cell] of bySubtype.entries()) {
        const index = p * S + s;
        expect(fixedPointToNumber(sums[layout.pairSums + 2 * index])).toBeCloseTo(cell.sumDifference, 6);
        expect(fixedPointToNumber(sums[layout.pairSums + 2 * index + 1])).toBeCloseTo(cell.sumDifferenceSquared, 6);
        expect(counts[layout.pairCounts + 2 * index]).toBe(cell.aOnly);
        expect(counts[layout.pairCounts + 2 * index + 1]).toBe(cell.bOnly);
      }
    }
  });
});

describe('local failure times', () => {
  // Empty course and surgery on day 0 with residual fraction m/N₀: every patient has the same expected m, K is
  // zero-truncated Poisson(m) and the failure day 30·log₂(10⁴/K), at least day 90, censored after 1 year. Bin
  // probabilities from scripts/reference/sim_cohort.py (exact pmf via lgamma). Given the failures, the bins are
  // multinomial: each within 4 SE, plus one count for rounding at the edges.
  const { postTreatmentDoublingTime, detectionClonogens, firstVisitDays, years, cases } = fixture.failureTimes;
  const clonogens = 400;
  const patients = 60_000;
  const s = scenario({
    patients,
    subtypes: [
      subtype('fixed', fixedParameters({ alpha: 0, clonogenDensity: clonogens, tumour: { volume: 1 }, postTreatmentDoublingTime, detectionClonogens })),
    ],
    arms: cases.map(({ mean }) =>
      arm(`m=${mean}`, {
        schedule: { fractions: 0, dose: 2 },
        surgery: { day: 0, margins: { R0: 1, R1: 0, R2: 0 }, residualFraction: { R0: mean / clonogens, R1: 1, R2: 1 } },
      }),
    ),
    followUp: { years, firstVisitDays },
  });
  const plan = compilePlan(s);
  const accumulator = createAccumulator(plan);
  for (let k = 0; k < plan.blockCount; k++) addBlock(accumulator, simulateBlock(plan, k));
  const { layout, counts } = accumulator;

  for (const [a, { mean, binProbability, censoredProbability }] of cases.entries()) {
    it(`bins failures at m = ${mean} as the zero-truncated Poisson model predicts`, () => {
      const at = layout.armCounts + a * layout.armStride;
      const controlled = counts[at];
      const controlProbability = Math.exp(-mean);
      expect(Math.abs(controlled - patients * controlProbability)).toBeLessThanOrEqual(4 * Math.sqrt(patients * controlProbability * (1 - controlProbability)) + 1);
      const failed = patients - controlled;
      let detected = 0;
      for (const [t, p] of binProbability.entries()) {
        const observed = counts[at + 1 + layout.histogramBins + t];
        detected += observed;
        expect(Math.abs(observed - failed * p), `bin ${t}`).toBeLessThanOrEqual(4 * Math.sqrt(failed * p * (1 - p)) + 1);
      }
      const censored = failed - detected;
      expect(Math.abs(censored - failed * censoredProbability)).toBeLessThanOrEqual(4 * Math.sqrt(failed * censoredProbability * (1 - censoredProbability)) + 1);
    });
  }
});

describe('the certain-control shortcut (certainControlLogClonogens)', () => {
  it('skips only where exp(−exp(ln N_left)) is exactly 1, so skipping the exponentials changes no bit', () => {
    expect(certainControlLogClonogens).toBeLessThanOrEqual(Math.log(2 ** -54));
    fc.assert(
      fc.property(fc.double({ min: -800, max: certainControlLogClonogens, maxExcluded: true, noNaN: true }), (logLeft) => {
        expect(portableExp(-portableExp(logLeft))).toBe(1);
      }),
      { numRuns: 2000 },
    );
    // Just above it TCP is still 1 in double precision; the shortcut is conservative, not a change of model.
    expect(portableExp(-portableExp(certainControlLogClonogens))).toBe(1);
  });

  it('gives an SBRT arm far beyond control TCP = 1 for every patient, with no failures', () => {
    const s = scenario({ patients: 4096, arms: [arm('sbrt', { schedule: { fractions: 3, dose: 18, everyDays: 2 } })] });
    const plan = compilePlan(s);
    const block = simulateBlock(plan, 0);
    const controlled = block.counts[plan.layout.armCounts];
    expect(controlled).toBe(block.counts[plan.layout.validPatients]);
    expect(block.sums[plan.layout.armSums]).toBe(block.counts[plan.layout.validPatients]);
  });
});
