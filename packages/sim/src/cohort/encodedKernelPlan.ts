import type { EnginePlan } from './EnginePlan.js';
import { encodeKernelPlan } from './encodeKernelPlan.js';
import { kernelEligibility } from './kernelEligibility.js';

/** A plan's encoding for the kernel, or null when the plan is not eligible (computed once per plan). */
const encodedPlans = new WeakMap<EnginePlan, Float64Array | null>();

/**
 * The plan as the WebAssembly kernel reads it (encodeKernelPlan), or null when kernelEligibility refuses it; cached per
 * plan object, since the trial's blocks and expected mode's slices each copy it into the kernel's memory.
 * @param plan - from compilePlan
 * @returns the encoding, or null
 */
export function encodedKernelPlan(plan: EnginePlan): Float64Array | null {
  let encoded = encodedPlans.get(plan);
  if (encoded === undefined) {
    encoded = kernelEligibility(plan).eligible ? encodeKernelPlan(plan) : null;
    encodedPlans.set(plan, encoded);
  }
  return encoded;
}
