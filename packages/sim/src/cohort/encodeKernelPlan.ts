import type { CompiledDistribution } from '../random/compileDistribution.js';
import type { EnginePlan } from './EnginePlan.js';

/** f64 words of the plan header; the offsets below are those of packages/sim/assembly/kernel.ts (change both together). */
const headerWords = 24;
/** f64 words per subtype record: cut, flags, random slots, fixed draws, then 15 compiled distributions of 8 words. */
const subtypeWords = 160;
const distributionWords = 8;

function writeDistribution(out: Float64Array, at: number, compiled: CompiledDistribution): void {
  out.set([compiled.kind, compiled.a, compiled.b, compiled.c, compiled.d, compiled.e, compiled.low, compiled.high], at);
}

/**
 * The plan as the block kernel reads it (packages/sim/assembly/kernel.ts): one Float64Array of the header (counts,
 * the partial layout's offsets, the follow-up bins, where each table starts), one record per subtype (cumulative
 * weight cut, flags, random slots, fixed draws, compiled distributions), the survival coefficients and the arm
 * table exactly as EnginePlan holds them, each arm's three residual-fraction distributions, and the compared pairs.
 * Every number is copied, never recomputed, so the kernel reads the engine's own bits. Only for a plan that
 * kernelEligibility accepts.
 * @param plan - an eligible plan
 * @returns the encoded plan
 */
export function encodeKernelPlan(plan: EnginePlan): Float64Array {
  const { layout } = plan;
  const subtypes = plan.subtypes.length;
  const arms = plan.arms.length;
  const subtypesAt = headerWords;
  const survivalAt = subtypesAt + subtypeWords * subtypes;
  const armTableAt = survivalAt + plan.survival.length;
  const residualAt = armTableAt + plan.armTable.length;
  const pairArmsAt = residualAt + 3 * distributionWords * arms;
  const out = new Float64Array(pairArmsAt + plan.pairArms.length);
  out.set([
    subtypes, arms, layout.pairs, layout.histogramBins, layout.armSums, layout.armCounts, layout.armStride,
    layout.validPatients, layout.subtypePatients, layout.invalidPatients, layout.problems, layout.problemStride,
    layout.pairSums, layout.pairCounts, plan.binDays, plan.timeBins, plan.horizonDays, plan.firstVisitDays,
    subtypesAt, survivalAt, armTableAt, residualAt, pairArmsAt, layout.pairEndpoints === 0 ? -1 : layout.pairEventCounts,
  ]);
  plan.subtypes.forEach((subtype, s) => {
    const at = subtypesAt + subtypeWords * s;
    out.set([plan.subtypeCuts[s] ?? Number.NaN, subtype.diameter ? 1 : 0, subtype.hypoxic ? 1 : 0, subtype.repair ? 1 : 0,
      subtype.postTreatmentDoubling ? 1 : 0, subtype.detectionPerVolume ? 1 : 0, subtype.rsi ? 1 : 0, subtype.rsiBeta,
      subtype.randomSlots.length], at);
    out.set(subtype.randomSlots, at + 9);
    out.set(subtype.fixedDraws.subarray(0, 15), at + 24);
    subtype.distributions.forEach((compiled, j) => writeDistribution(out, at + 40 + distributionWords * j, compiled));
  });
  out.set(plan.survival, survivalAt);
  out.set(plan.armTable, armTableAt);
  plan.arms.forEach((arm, a) => {
    arm.residualFraction.forEach((compiled, margin) => writeDistribution(out, residualAt + distributionWords * (3 * a + margin), compiled));
  });
  out.set(plan.pairArms, pairArmsAt);
  return out;
}
