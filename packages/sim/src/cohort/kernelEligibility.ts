import type { CompiledDistribution } from '../random/compileDistribution.js';
import { distributionKind } from '../random/compileDistribution.js';
import type { EnginePlan } from './EnginePlan.js';
import { armTableStride } from './EnginePlan.js';

/** Whether the WebAssembly block kernel can simulate a plan, and why not when it cannot. */
export interface KernelEligibility {
  readonly eligible: boolean;
  /** Empty when eligible; else the first feature of the plan that the kernel does not implement. */
  readonly reason: string;
}

/**
 * The EnginePlan fields the kernel reads or that cannot change the plain path's results (descriptions, the scenario
 * itself, its fingerprint), and the optional feature fields that must be absent. A field added to EnginePlan later
 * is in neither list, so such a plan is refused ("not known to the kernel") until the kernel is taught about it:
 * a new engine feature can never silently take the kernel path.
 */
const planFields: ReadonlySet<string> = new Set([
  'scenario', 'seed', 'patients', 'blockCount', 'fingerprint', 'arms', 'subtypes', 'subtypeCuts', 'survival', 'armTable',
  'binDays', 'timeBins', 'horizonDays', 'firstVisitDays', 'pairArms', 'layout',
]);
const absentPlanFields: ReadonlySet<string> = new Set([
  'extras', 'localControl', 'lesions', 'background', 'complications', 'metastasis', 'progression', 'pathway',
]);
/** ArmPlan fields that are constants of the plain path (or read by the compiler only); `targetDvh` must be absent. */
const armFields: ReadonlySet<string> = new Set([
  'id', 'name', 'schedule', 'survivalSchedule', 'model', 'reoxygenation', 'doseModifyingFactor', 'fractions', 'totalDose',
  'overallTime', 'treatmentSpan', 'firstEvent', 'lastEvent', 'surgery', 'residualFraction', 'marginCuts', 'toxicity',
  'prescription',
]);
const subtypeFields: ReadonlySet<string> = new Set([
  'id', 'name', 'weight', 'distributions', 'randomSlots', 'fixedDraws', 'diameter', 'hypoxic', 'repair',
  'postTreatmentDoubling', 'detectionPerVolume', 'rsi', 'rsiBeta',
]);

const refuse = (reason: string): KernelEligibility => ({ eligible: false, reason });

/** The distribution kinds the kernel's quantile implements (assembly/quantiles.ts, distributionQuantile), from the engine's own enumeration. */
const kernelKinds: ReadonlySet<number> = new Set(Object.values(distributionKind));
/** The fields of a CompiledDistribution the kernel reads: a new field may change a draw the kernel cannot know of. */
const distributionFields: ReadonlySet<string> = new Set(['kind', 'a', 'b', 'c', 'd', 'e', 'low', 'high']);
/** Residual-fraction modes of the arm table the kernel implements: 0 fixed, 1 lognormal in log space, 2 a distribution. */
const residualModes: ReadonlySet<number> = new Set([0, 1, 2]);

/** Why the kernel cannot draw this distribution (an unknown kind or field), or undefined. */
function distributionProblem(distribution: CompiledDistribution): string | undefined {
  if (!kernelKinds.has(distribution.kind)) return `a distribution of kind ${distribution.kind} (not in the kernel)`;
  const field = unknownField(distribution, distributionFields, new Set());
  return field === undefined ? undefined : `a distribution with ${field}`;
}

/** The first own field of `record` that is set (not undefined) and in neither list, or undefined. */
function unknownField(record: object, known: ReadonlySet<string>, absent: ReadonlySet<string>): string | undefined {
  for (const [key, value] of Object.entries(record)) {
    if (known.has(key)) continue;
    if (value === undefined) continue;
    return absent.has(key) ? `${key} (not in the kernel)` : `${key} (a field not known to the kernel)`;
  }
  return undefined;
}

/**
 * Whether the WebAssembly block kernel (packages/sim/assembly/kernel.ts) computes this plan's blocks, in one place:
 * the plain engine path only — no extras (markers, modifiers, GARD), local control, lesions, background, complications,
 * metastasis, progression, pathway or routing, no target DVH, no GARD prescription, no hypoxic subtype, and every
 * (arm, subtype) on the coefficient LQ survival mode 0 (surgery with any residual-fraction distribution is supported),
 * every distribution of a kind and shape the kernel draws, every residual mode one it implements.
 * Anything else, including any EnginePlan, ArmPlan or SubtypePlan field this function does not know, is refused with
 * the reason, and the TypeScript engine simulates the plan.
 * @param plan - from compilePlan
 * @returns eligible, or the reason it is not
 */
export function kernelEligibility(plan: EnginePlan): KernelEligibility {
  const planField = unknownField(plan, planFields, absentPlanFields);
  if (planField !== undefined) return refuse(`the plan has ${planField}`);
  // The kernel counts one paired endpoint, the local recurrence (4T counts per pair); the plain path has no other.
  if (plan.layout.pairEndpoints > 1) return refuse(`the layout has ${plan.layout.pairEndpoints} paired endpoints (the kernel counts 1)`);
  for (const arm of plan.arms) {
    const field = unknownField(arm, armFields, new Set(['targetDvh']));
    if (field !== undefined) return refuse(`arm ${arm.id} has ${field}`);
    if (arm.prescription) return refuse(`arm ${arm.id} is prescribed per patient (GARD)`);
    for (const distribution of arm.residualFraction) {
      const problem = distributionProblem(distribution);
      if (problem !== undefined) return refuse(`arm ${arm.id}'s residual fraction has ${problem}`);
    }
  }
  for (let a = 0; a < plan.arms.length; a++) {
    for (let margin = 0; margin < 3; margin++) {
      const mode = plan.armTable[armTableStride * a + 4 + 3 * margin];
      if (!residualModes.has(mode)) return refuse(`arm ${plan.arms[a]?.id ?? '?'} has residual mode ${mode} (not in the kernel)`);
    }
  }
  for (const subtype of plan.subtypes) {
    const field = unknownField(subtype, subtypeFields, new Set());
    if (field !== undefined) return refuse(`subtype ${subtype.id} has ${field}`);
    if (subtype.hypoxic) return refuse(`subtype ${subtype.id} is hypoxic`);
    if (subtype.distributions.length !== 15) return refuse(`subtype ${subtype.id} has ${subtype.distributions.length} slots, not 15`);
    for (const distribution of subtype.distributions) {
      const problem = distributionProblem(distribution);
      if (problem !== undefined) return refuse(`subtype ${subtype.id} has ${problem}`);
    }
  }
  for (let cell = 0; 5 * cell < plan.survival.length; cell++) {
    if (plan.survival[5 * cell] !== 0) {
      const arm = plan.arms[Math.floor(cell / plan.subtypes.length)];
      return refuse(`arm ${arm?.id ?? '?'} uses survival mode ${plan.survival[5 * cell]} (the kernel has mode 0, coefficient LQ, only)`);
    }
  }
  return { eligible: true, reason: '' };
}
