/* global URL, performance */
import { median } from './median.mjs';

const coreIndex = new URL('../../packages/core/dist/index.js', import.meta.url);

/** The library's central value of a distribution (viz's centralValue, for the shapes these parameters have). */
const central = (d) => (typeof d === 'number' ? d : d.dist === 'fixed' ? d.value : d.dist === 'normal' ? d.mean : d.dist === 'lognormal' ? d.median : d.mode);

/**
 * B4: the explorer's R2 local-control curve with RT (core's localControlCurve with a second, gross compartment:
 * docs/viewer.md), built as packages/viz/src/explorer/patientLocalControl.ts builds it from the library's central
 * values, grade 2, 25 × 2 Gy, monthly to 10 years. Ten cases (2, 4, 6, 8, 10 cm; pre- and postoperative); the
 * figure is the median over cases of each case's mean time over `runs` calls, after a warm-up.
 * @param {{ runs: number }} options
 * @returns {Promise<{ median: number, cases: number[] }>} milliseconds per curve
 */
export async function localControlCurveBenchmark({ runs }) {
  const core = await import(coreIndex.href);
  const lc = core.localControlDefaults;
  const sts = core.librarySubtype('sts').parameters;
  const alpha = sts.alpha.value;
  const alphaBeta = central(sts.alphaBeta.value);
  const oer = central(core.defaultOer.value);
  const density = central(core.defaultClonogenDensity.value);
  const residue = lc.residualClonogens.value;
  const regrowth = lc.regrowthDoublingTime.value;
  const days = Array.from({ length: 121 }, (_, k) => (k / 12) * 365.25);
  const cases = [];
  for (const timing of ['preop', 'postop']) {
    for (const diameter of [2, 4, 6, 8, 10]) {
      const hypoxic = core.hypoxicFractionFromDiameter(diameter, central(lc.hypoxicFractionAt8cm.value));
      const tumour = (a) => core.reoxygenatedLogSurvival(a, a / alphaBeta, 2, 25, hypoxic, oer);
      const bed = (a) => core.tumourBedLogSurvival(a, a / alphaBeta, 2, 25, central(lc.tumourBedHypoxicFraction.value), oer);
      const parameters = {
        days, residualProbability: 1, logClonogens: Math.log(residue.median), logClonogensSigma: residue.sigma,
        logSurvival: timing === 'postop' ? bed : tumour,
        grossLogLeft: (a) => Math.log(density * (Math.PI / 6) * diameter ** 3) + tumour(a),
        alphaMean: alpha.mean, alphaSd: alpha.sd, detectionClonogens: density * central(core.defaultDetectionVolume.value),
        medianDoublingTime: regrowth.median, doublingTimeSigma: regrowth.sigma,
        dormantShare: central(lc.dormantShare.value), reawakeningRatePerYear: central(lc.reawakeningRate.value),
      };
      for (let r = 0; r < 2; r++) core.localControlCurve(parameters); // warm-up
      const started = performance.now();
      let sink = 0;
      for (let r = 0; r < runs; r++) sink += core.localControlCurve(parameters)[120];
      if (!Number.isFinite(sink)) throw new Error(`B4: localControlCurve returned NaN (${timing}, ${diameter} cm)`);
      cases.push((performance.now() - started) / runs);
    }
  }
  return { median: median(cases), cases };
}
