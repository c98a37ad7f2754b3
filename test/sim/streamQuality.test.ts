// Statistical quality of the Philox streams as the engine uses them (docs/determinism.md, "Statistical checks"):
// uniformity, serial pairs within a patient, across neighbouring patients and blocks, correlation between purposes
// and between seeds s and s + 1, and a runs test. Deterministic (fixed seed), so the statistics are fixed numbers;
// each is turned into a z-score (Wilson–Hilferty for χ², √n·r for a correlation, (R − E R)/SD for runs) and must lie
// within |z| < 4 (two-sided p > 6·10⁻⁵: a sound generator fails one of these 8 checks with probability < 5·10⁻⁴).
// The docs quote the statistics; the last test keeps that table true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockStream, nextBlockUniforms } from '../../packages/sim/src/random/blockStream.js';
import type { PatientStreamPurpose } from '../../packages/sim/src/random/streamPurposes.js';
import { namedGenerator } from '../../packages/sim/src/random/namedGenerator.js';
import { slotsPerPatient } from '../../packages/sim/src/random/patientSlots.js';

const seed = 20261126;
const blockSize = 4096;
const zBound = 4;

/** The `count` draws of every patient of blocks 0 … blocks − 1 of one stream, patient-major. */
function blockDraws(streamSeed: number, purpose: PatientStreamPurpose, blocks: number, count: number): Float64Array {
  const out = new Float64Array(blocks * blockSize * count);
  for (let k = 0; k < blocks; k++) {
    const stream = blockStream(streamSeed, k, purpose);
    for (let i = 0; i < blockSize; i++) nextBlockUniforms(stream, out.subarray((k * blockSize + i) * count, (k * blockSize + i + 1) * count), count);
  }
  return out;
}

/** Wilson–Hilferty z of a χ² statistic with `df` degrees of freedom (Johnson, Kotz & Balakrishnan, vol. 1, ch. 18). */
function chiSquareZ(chiSquare: number, df: number): number {
  const v = 2 / (9 * df);
  return (Math.cbrt(chiSquare / df) - (1 - v)) / Math.sqrt(v);
}

/** χ² of counts against equal expected counts. */
function chiSquareEqual(counts: Float64Array, total: number): number {
  const expected = total / counts.length;
  let sum = 0;
  for (const observed of counts) sum += (observed - expected) ** 2 / expected;
  return sum;
}

/** χ² uniformity of values in `bins` equal bins. */
function uniformityChiSquare(values: Float64Array, bins: number): number {
  const counts = new Float64Array(bins);
  for (const u of values) counts[Math.floor(u * bins)]++;
  return chiSquareEqual(counts, values.length);
}

/** χ² of pairs (x[i], y[i]) in a side × side grid (df side² − 1). */
function pairChiSquare(x: ArrayLike<number>, y: ArrayLike<number>, side: number): number {
  const counts = new Float64Array(side * side);
  for (let i = 0; i < x.length; i++) counts[Math.floor(x[i] * side) * side + Math.floor(y[i] * side)]++;
  return chiSquareEqual(counts, x.length);
}

/** √n times Pearson's r of two samples (≈ N(0, 1) for independent uniforms). */
function correlationZ(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return (sxy / Math.sqrt(sxx * syy)) * Math.sqrt(n);
}

/** Wald–Wolfowitz runs above and below ½: z of the run count given n₁ values above and n₂ below. */
function runsZ(values: ArrayLike<number>): number {
  let above = 0;
  let runs = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] >= 0.5) above++;
    if (i === 0 || values[i] >= 0.5 !== values[i - 1] >= 0.5) runs++;
  }
  const below = values.length - above;
  const n = values.length;
  const mean = (2 * above * below) / n + 1;
  const variance = (2 * above * below * (2 * above * below - n)) / (n * n * (n - 1));
  return (runs - mean) / Math.sqrt(variance);
}

/** One column (slot) of a patient-major matrix of draws. */
function column(draws: Float64Array, count: number, slot: number): Float64Array {
  return Float64Array.from({ length: draws.length / count }, (_, p) => draws[p * count + slot]);
}

interface Check {
  readonly name: string;
  readonly statistic: string;
  readonly z: number;
}

// 16 blocks × 4096 patients × 15 slots = 983 040 slot draws; the uniformity check tops them up to 2²⁰ from blocks 16 and 17.
const blocks = 16;
const slots = blockDraws(seed, 'slots', blocks, slotsPerPatient);

function checks(): Check[] {
  const uniform = new Float64Array(2 ** 20);
  uniform.set(slots);
  uniform.set(blockDraws(seed, 'slots', blocks + 2, slotsPerPatient).subarray(slots.length, uniform.length), slots.length);
  const uniformity = uniformityChiSquare(uniform, 1024);

  // Consecutive slots of one patient: (u_j, u_{j+1}), j = 0 … 13, every patient.
  const within: [number[], number[]] = [[], []];
  const patients = slots.length / slotsPerPatient;
  for (let p = 0; p < patients; p++) {
    for (let j = 0; j + 1 < slotsPerPatient; j++) {
      within[0].push(slots[p * slotsPerPatient + j]);
      within[1].push(slots[p * slotsPerPatient + j + 1]);
    }
  }
  const withinPatient = pairChiSquare(within[0], within[1], 32);

  // The same slot of patients i and i + 1 of a block, every slot.
  const neighbours: [number[], number[]] = [[], []];
  for (let k = 0; k < blocks; k++) {
    for (let i = 0; i + 1 < blockSize; i++) {
      for (let j = 0; j < slotsPerPatient; j++) {
        neighbours[0].push(slots[(k * blockSize + i) * slotsPerPatient + j]);
        neighbours[1].push(slots[(k * blockSize + i + 1) * slotsPerPatient + j]);
      }
    }
  }
  const acrossPatients = pairChiSquare(neighbours[0], neighbours[1], 32);

  // The same patient and slot in blocks k and k + 1.
  const adjacent: [number[], number[]] = [[], []];
  for (let k = 0; k + 1 < blocks; k++) {
    for (let i = 0; i < blockSize * slotsPerPatient; i++) {
      adjacent[0].push(slots[k * blockSize * slotsPerPatient + i]);
      adjacent[1].push(slots[(k + 1) * blockSize * slotsPerPatient + i]);
    }
  }
  const acrossBlocks = pairChiSquare(adjacent[0], adjacent[1], 32);

  // Draw 0 of the slots, local-control and metastasis streams of the same patient; the control slot under seeds s, s + 1.
  const localControl = column(blockDraws(seed, 'localControl', blocks, 1), 1, 0);
  const metastasis = column(blockDraws(seed, 'metastasis', blocks, 1), 1, 0);
  const subtypeSlot = column(slots, slotsPerPatient, 0);
  const controlSlot = column(slots, slotsPerPatient, 14);
  const nextSeedControl = column(blockDraws(seed + 1, 'slots', blocks, slotsPerPatient), slotsPerPatient, 14);

  const next = namedGenerator(seed, 'outer', 0);
  const sequential = Float64Array.from({ length: 2 ** 20 }, () => next() + 2 ** -33);

  const pairDf = 32 * 32 - 1;
  return [
    { name: 'uniformity, 2²⁰ slot draws in 1024 bins', statistic: `χ²(1023) = ${uniformity.toFixed(1)}`, z: chiSquareZ(uniformity, 1023) },
    { name: 'consecutive slots of a patient, 32 × 32 cells', statistic: `χ²(1023) = ${withinPatient.toFixed(1)}`, z: chiSquareZ(withinPatient, pairDf) },
    { name: 'same slot, neighbouring patients, 32 × 32 cells', statistic: `χ²(1023) = ${acrossPatients.toFixed(1)}`, z: chiSquareZ(acrossPatients, pairDf) },
    { name: 'same patient and slot, neighbouring blocks, 32 × 32 cells', statistic: `χ²(1023) = ${acrossBlocks.toFixed(1)}`, z: chiSquareZ(acrossBlocks, pairDf) },
    { name: 'slots vs localControl stream, same patient', statistic: `√n·r = ${correlationZ(subtypeSlot, localControl).toFixed(2)}`, z: correlationZ(subtypeSlot, localControl) },
    { name: 'localControl vs metastasis stream, same patient', statistic: `√n·r = ${correlationZ(localControl, metastasis).toFixed(2)}`, z: correlationZ(localControl, metastasis) },
    { name: 'control slot, seed s vs s + 1', statistic: `√n·r = ${correlationZ(controlSlot, nextSeedControl).toFixed(2)}`, z: correlationZ(controlSlot, nextSeedControl) },
    { name: 'runs above/below ½, 2²⁰ outer draws', statistic: `z = ${runsZ(sequential).toFixed(2)}`, z: runsZ(sequential) },
  ];
}

const results = checks();

describe('the Philox streams as the engine uses them (seed 20261126, 16 blocks of 4096 patients)', () => {
  it.each(results.map((check) => [check.name, check] as const))('%s: |z| < 4', (_, check) => {
    expect(Math.abs(check.z)).toBeLessThan(zBound);
  });

  it('docs/determinism.md quotes these statistics', () => {
    const doc = readFileSync(new URL('../../docs/determinism.md', import.meta.url), 'utf8');
    for (const check of results) expect(doc).toContain(`| ${check.name} | ${check.statistic} | ${check.z.toFixed(2)} |`);
  });
});
