import { addBlock } from '../cohort/addBlock.js';
import { compilePlan } from '../cohort/compilePlan.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { simulateBlock } from '../cohort/simulateBlock.js';
import { summarize } from '../cohort/summarize.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { TrialResults } from '../cohort/TrialResults.js';

/**
 * A scenario simulated by the cohort engine in the calling thread, every block in order (simulateBlock and
 * addBlock, the path runInThread takes, synchronously), and summarized: what both calibrations read local control
 * from. The same scenario, seed and patients give the same summary (common random numbers across evaluations).
 * @param scenario - a resolved scenario
 * @returns the engine plan (bins, treatment spans) and the summary
 * @throws Error when the summary refuses the run (invalid patients: see summarize)
 */
export function simulatedSummary(scenario: ResolvedScenario): { readonly plan: EnginePlan; readonly results: TrialResults } {
  const plan = compilePlan(scenario);
  const accumulator = createAccumulator(plan);
  for (let k = 0; k < plan.blockCount; k++) addBlock(accumulator, simulateBlock(plan, k));
  return { plan, results: summarize(accumulator, plan, { version: 'calibration', scenarioHash: '' }) };
}
