/* global process */
// The B1 floor: the numpy reference's own work (bench/reference/r1_numpy.py: mean TCP per arm of workload R1
// and nothing else) written as the fastest single-threaded plain JavaScript we could, to show how far any
// JavaScript engine design can go against vectorised numpy on this machine. It is a measuring stick, not an
// engine: it has no slot layout, no blocks, no failure times, histograms or paired statistics, and it takes
// shortcuts the engine does not (below).
//
// - Whole chunks of patients as columns (as numpy does): one pass draws a column, the next transforms it.
// - Uniforms from Marsaglia's xorshift128 (J Stat Softw 2003;8(14)), a few integer operations per draw, instead
//   of the engine's Philox 4×32-10 (ten rounds of 32 × 32-bit products per four draws, several times slower per draw).
// - Normals by inversion with core's normalQuantile (Wichura AS 241), as the engine draws them.
// - exp by a 64-entry table of 2^(j/64) and a degree-6 polynomial on |r| ≤ ln 2/128 (relative error below
//   4e-16 on the range used here), about 4× faster than V8's Math.exp, which is a call into a C library. Not
//   core's portableExp, which the engine uses: that one covers the whole double range and its special values,
//   and in this loop it measured slower (11.1 M against 15–19 M patient-arms/s); the floor takes the fastest.
// - TCP = exp(−exp(x)) skipped where it is exactly 1 (x < −38) or below 10⁻³¹⁹ (x > 6.6, N_left > 735).

import { normalQuantile } from '../../packages/core/dist/index.js';

const weights = [0.40, 0.35, 0.25];
const alphaMedian = [0.30, 0.28, 0.45]; // 1/Gy
const alphaSigma = [0.30, 0.30, 0.25];
const alphaBetaMedian = [4, 3, 5]; // Gy
const alphaBetaSigma = 0.3;
const doublingMedian = [20, 25, 15]; // days
const doublingSigma = 0.4;
const logClonogensMedian = Math.log(1e7 * 200); // ln(density per cm³ × median volume cm³)
const volumeSigma = 1.0;
// Per arm: Σd = n·d (Gy), Σd² = n·d² (Gy²), days of repopulation max(0, T − T_k) with T_k = 21 d.
const arms = [
  { id: 'conventional-25x2', doseSum: 50, doseSquareSum: 100, lateDays: 11 },
  { id: 'hypo-5x6', doseSum: 30, doseSquareSum: 180, lateDays: 0 },
  { id: 'short-18x2', doseSum: 36, doseSquareSum: 72, lateDays: 2 },
  { id: 'sbrt-3x18', doseSum: 54, doseSquareSum: 972, lateDays: 0 },
];

const chunk = 4096;
const twoToMinus32 = 2 ** -32;
const roundingShift = 1.5 * 2 ** 52; // x + shift − shift rounds x to a whole number (|x| < 2⁵¹)
const tableScale = 64 / Math.LN2;
// ln 2/64 in two parts (Cody–Waite): the high part has trailing zero bits, so k·high is exact for |k| < 2²⁰.
const tableStepHigh = 6.93147180369123816490e-1 / 64;
const tableStepLow = 1.90821492927058770002e-10 / 64;
const fractionPowers = Float64Array.from({ length: 64 }, (_, j) => 2 ** (j / 64));
const wholePowers = Float64Array.from({ length: 2100 }, (_, k) => 2 ** (k - 1074));

/** e^x for −740 < x < 700: 2^(k/64)·e^r with k = round(64x/ln 2), r = x − k·ln 2/64. */
function tableExp(x) {
  const k = x * tableScale + roundingShift - roundingShift;
  const r = x - k * tableStepHigh - k * tableStepLow;
  const whole = k | 0;
  const polynomial = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720))))));
  return fractionPowers[whole & 63] * polynomial * wholePowers[(whole >> 6) + 1074];
}

/** Fills out[0 … m) with xorshift128 uniforms on the 2⁻³² grid, shifted by `offset` (state: Int32Array(4), updated). */
function drawUniforms(state, out, m, offset) {
  let x = state[0];
  let y = state[1];
  let z = state[2];
  let w = state[3];
  for (let i = 0; i < m; i++) {
    const t = x ^ (x << 11);
    x = y;
    y = z;
    z = w;
    w = w ^ (w >>> 19) ^ (t ^ (t >>> 8));
    out[i] = (w >>> 0) * twoToMinus32 + offset;
  }
  state[0] = x;
  state[1] = y;
  state[2] = z;
  state[3] = w;
}

/** Replaces each uniform of column[0 … m) by Φ⁻¹ of it. */
function toNormals(column, m) {
  for (let i = 0; i < m; i++) column[i] = normalQuantile(column[i]);
}

/**
 * Simulates `patients` R1 patients and returns Σ TCP and Σ TCP² per arm.
 * @param {number} patients
 * @param {number} seed - a whole number; seeds the xorshift128 state
 */
function simulate(patients, seed) {
  const state = Int32Array.of(seed | 0 || 123456789, 362436069, 521288629, 88675123);
  const subtypeUniform = new Float64Array(chunk);
  const columns = Array.from({ length: 4 }, () => new Float64Array(chunk)); // z of α, α/β, T_d, volume
  const sums = new Float64Array(arms.length);
  const squares = new Float64Array(arms.length);
  const cutA = weights[0];
  const cutB = weights[0] + weights[1];
  const logAlphaMedian = Float64Array.from(alphaMedian, Math.log);
  const logAlphaBetaMedian = Float64Array.from(alphaBetaMedian, Math.log);
  const logDoublingMedian = Float64Array.from(doublingMedian, Math.log);
  const sigmaAlpha = Float64Array.from(alphaSigma);
  const doseSum = Float64Array.from(arms, (a) => a.doseSum);
  const doseSquareSum = Float64Array.from(arms, (a) => a.doseSquareSum);
  const lateDays = Float64Array.from(arms, (a) => a.lateDays);
  for (let start = 0; start < patients; start += chunk) {
    const m = Math.min(chunk, patients - start);
    drawUniforms(state, subtypeUniform, m, 0);
    for (const column of columns) {
      drawUniforms(state, column, m, twoToMinus32 / 2); // cell midpoints: never 0 or 1
      toNormals(column, m);
    }
    const [zAlpha, zAlphaBeta, zDoubling, zVolume] = columns;
    for (let i = 0; i < m; i++) {
      const u = subtypeUniform[i];
      const s = u < cutA ? 0 : u < cutB ? 1 : 2;
      const logAlpha = logAlphaMedian[s] + sigmaAlpha[s] * zAlpha[i];
      const alpha = tableExp(logAlpha);
      const beta = tableExp(logAlpha - logAlphaBetaMedian[s] - alphaBetaSigma * zAlphaBeta[i]);
      const growth = Math.LN2 * tableExp(-logDoublingMedian[s] - doublingSigma * zDoubling[i]); // ln 2/T_d per day
      const logClonogens = logClonogensMedian + volumeSigma * zVolume[i];
      for (let a = 0; a < 4; a++) {
        const logLeft = logClonogens - alpha * doseSum[a] - beta * doseSquareSum[a] + growth * lateDays[a];
        const tcp = logLeft < -38 ? 1 : logLeft > 6.6 ? 0 : tableExp(-tableExp(logLeft));
        sums[a] += tcp;
        squares[a] += tcp * tcp;
      }
    }
  }
  return { sums, squares };
}

/**
 * Times the floor kernel: one untimed warm-up of a tenth of the size, then `runs` timed runs (compute only,
 * process.hrtime), same seed each run.
 * @param {{ patients: number, runs: number, seed?: number }} options
 * @returns {{ patientArmsPerSecond: number, seconds: number, runs: number[], arms: string[], meanTcp: number[], se: number[] }}
 */
export function runJavascriptFloor({ patients, runs, seed = 20261126 }) {
  simulate(Math.max(chunk, Math.floor(patients / 10)), seed);
  const seconds = [];
  let last;
  for (let r = 0; r < runs; r++) {
    const started = process.hrtime.bigint();
    last = simulate(patients, seed);
    seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const meanTcp = Array.from(last.sums, (s) => s / patients);
  const se = meanTcp.map((mean, a) => Math.sqrt(Math.max(0, (last.squares[a] - patients * mean * mean) / (patients - 1)) / patients));
  return { patientArmsPerSecond: (patients * arms.length) / median, seconds: median, runs: seconds, arms: arms.map((a) => a.id), meanTcp, se };
}
