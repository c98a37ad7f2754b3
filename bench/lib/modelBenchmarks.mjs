/* global URL, performance */
import { median } from './median.mjs';

const coreIndex = new URL('../../packages/core/dist/index.js', import.meta.url);

/** The four R1 schedules (bench/scenarios/r1.yaml), as core ScheduleSpecs. */
const r1Schedules = [
  { fractions: 25, dose: 2, perWeek: 5 },
  { fractions: 5, dose: 6, perWeek: 5 },
  { fractions: 18, dose: 2, perWeek: 5 },
  { fractions: 3, dose: 18, everyDays: 2 },
];

/** Cohort-level values of a typical viewer state: N₀ = 10⁷ × 200 cm³, α/β 4 Gy, T_d 20 d, T_k 21 d. */
const clonogens = 2e9;

async function loadCore() {
  const core = await import(coreIndex.href);
  if (typeof core.tcpPopulation === 'function' && typeof core.schedule === 'function') return core;
  // Until the barrel lists it, take tcpPopulation from its own module (same code).
  const own = await import(new URL('../../packages/core/dist/tcpPopulation.js', import.meta.url).href);
  return { ...core, tcpPopulation: own.tcpPopulation };
}

/**
 * B4: population TCP (core's tcpPopulation, quadrature) evaluations per second, and the time to compute the
 * TCP-against-total-dose curves of 4 schedules × 200 points (each schedule keeps its fractions and timing, the
 * dose per fraction scales: the viewer's TCP–dose chart), both in this Node process after a warm-up.
 *
 * Evaluations: a fixed sweep over the 4 R1 schedules, ᾱ 0.15–0.50 /Gy and σ_α 0.02–0.15 /Gy (both quadrature
 * rules and the truncation path are exercised), repopulation on; the figure is the median rate of `runs` runs
 * of `evaluations` calls. Curves: the median of `curveRuns` timings of all 800 points.
 * @param {{ evaluations: number, runs: number, curveRuns: number }} options
 */
export async function modelBenchmarks({ evaluations, runs, curveRuns }) {
  const { schedule, tcpPopulation } = await loadCore();
  const schedules = r1Schedules.map((spec) => schedule(spec));
  const parameters = [];
  for (const s of schedules) {
    for (let i = 0; i < 16; i++) {
      for (let j = 0; j < 8; j++) {
        parameters.push({ schedule: s, alphaMean: 0.15 + 0.35 * (i / 15), alphaSd: 0.02 + 0.13 * (j / 7), alphaBeta: 4, clonogens, doublingTime: 20, kickoffTime: 21 });
      }
    }
  }
  let sink = 0;
  const sweep = (count) => {
    for (let i = 0; i < count; i++) sink += tcpPopulation(parameters[i % parameters.length]);
  };
  sweep(Math.min(evaluations, 200_000)); // warm-up: let the JIT tier up before timing
  const rates = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    sweep(evaluations);
    rates.push(evaluations / ((performance.now() - started) / 1000));
  }

  const maxTotal = 1.5 * Math.max(...r1Schedules.map((s) => s.fractions * s.dose));
  const totals = Array.from({ length: 200 }, (_, i) => (maxTotal * i) / 199);
  const curves = () => {
    const out = [];
    for (const s of schedules) {
      const n = s.length;
      out.push(totals.map((total) => tcpPopulation({ schedule: s.map((f) => ({ ...f, dose: total / n })), alphaMean: 0.3, alphaSd: 0.08, alphaBeta: 4, clonogens, doublingTime: 20, kickoffTime: 21 })));
    }
    return out;
  };
  for (let r = 0; r < 5; r++) sink += curves()[0][100];
  const curveTimes = [];
  let points = 0;
  for (let r = 0; r < curveRuns; r++) {
    const started = performance.now();
    const result = curves();
    curveTimes.push(performance.now() - started);
    points = result.reduce((total, curve) => total + curve.length, 0);
    sink += result[1][50];
  }
  if (!Number.isFinite(sink)) throw new Error('B4: tcpPopulation returned NaN on the benchmark sweep');
  return {
    evaluationsPerSecond: { median: median(rates), runs: rates },
    curveMilliseconds: { median: median(curveTimes), runs: curveTimes, max: Math.max(...curveTimes), points },
  };
}
