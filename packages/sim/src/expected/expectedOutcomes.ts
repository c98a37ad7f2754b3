import { defaultBlockEngine, type BlockEngine } from '../cohort/blockEngine.js';
import { compilePlan } from '../cohort/compilePlan.js';
import { namedGenerator } from '../random/namedGenerator.js';
import { patientSlots } from '../random/patientSlots.js';
import { scrambleSobol } from '../random/scrambleSobol.js';
import type { SobolScramble } from '../random/SobolScramble.js';
import { sobolDirections } from '../random/sobolDirections.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { expectedEstimate } from './expectedEstimate.js';
import { expectedModeProblems } from './expectedModeProblems.js';
import type { ExpectedOptions } from './ExpectedOptions.js';
import { expectedLimits } from './ExpectedOptions.js';
import type { ExpectedResults } from './ExpectedResults.js';
import { kernelScrambleSobol } from './kernelScrambleSobol.js';
import { kernelScramblingSums } from './kernelScramblingSums.js';
import { scramblingSums } from './scramblingSums.js';

const method =
  "randomised quasi-Monte Carlo: Sobol' points (Joe & Kuo 2008 directions, Gray-code order) over the patient's slots 0–13, " +
  "Matoušek linear matrix scramble + digital shift per scrambling; TCP averaged (the control uniform integrated out exactly)";

/** Throws a RangeError naming the option when the sizes are outside expectedLimits or the engine is not one of the two. */
function checkOptions(options: ExpectedOptions): void {
  const { points, scramblings } = options;
  const { minPoints, maxPoints, minScramblings, maxScramblings } = expectedLimits;
  if (!(Number.isInteger(points) && points >= minPoints && points <= maxPoints && (points & (points - 1)) === 0)) {
    throw new RangeError(`points must be a power of 2 from ${minPoints} to ${maxPoints} (Sobol' points are balanced in sets of 2^m), got ${points}`);
  }
  if (!(Number.isInteger(scramblings) && scramblings >= minScramblings && scramblings <= maxScramblings)) {
    throw new RangeError(`scramblings must be a whole number from ${minScramblings} to ${maxScramblings} (a standard error needs at least 2), got ${scramblings}`);
  }
  // A misspelt engine must not quietly run the other one (as RTSIM_BLOCK_ENGINE, defaultBlockEngine).
  const { engine } = options;
  if (engine !== undefined && engine !== 'auto' && engine !== 'typescript') {
    throw new RangeError(`engine must be auto or typescript (or left out), got ${JSON.stringify(engine)}`);
  }
}

/**
 * Points computed between two returns to the event loop: about 10–150 ms of work (0.1–1.2 M points/s by scenario), so
 * that an abort (Ctrl-C) is seen within a fraction of a second and a run of 2²⁴ points does not block for minutes.
 */
const slicePoints = 16384;

/** Lets pending events (an abort) run, then throws the signal's reason if it was aborted. */
async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
}

/**
 * One slice of a scrambling (scramblingSums) by the WebAssembly kernel when `engine` is `auto` and the kernel takes the
 * plan (kernelScramblingSums), else by the TypeScript engine: the same sums, state and count, bit for bit.
 */
function sliceSums(engine: BlockEngine, plan: EnginePlan, scramble: SobolScramble, point: Uint32Array, from: number, to: number, sums: Float64Array): number {
  const kernelInvalid = engine === 'auto' ? kernelScramblingSums(plan, scramble, point, from, to, sums) : undefined;
  return kernelInvalid ?? scramblingSums(plan, scramble, point, from, to, sums);
}

/**
 * One scrambling's estimate of every arm's expected TCP: the mean of TCP over its `points` valid points (NaN in every
 * arm when none is valid), taken in slices with a {@link checkpoint} after each.
 * The scrambling is made by the kernel when `engine` is `auto` and the kernel runs (kernelScrambleSobol), else by
 * scrambleSobol: the same words either way.
 * @returns the number of invalid points
 */
async function scramblingMeans(
  plan: EnginePlan,
  directions: Uint32Array,
  r: number,
  points: number,
  out: Float64Array,
  engine: BlockEngine,
  signal: AbortSignal | undefined,
): Promise<number> {
  // The kernel's scramble where the kernel runs (the same words; much cheaper before V8 has optimised anything).
  const scramble = (engine === 'auto' ? kernelScrambleSobol(directions, plan.seed, r) : undefined) ?? scrambleSobol(directions, namedGenerator(plan.seed, 'sobol', r));
  const point = new Uint32Array(scramble.dimensions);
  const sums = new Float64Array(plan.arms.length);
  let invalid = 0;
  for (let from = 0; from < points; from += slicePoints) {
    invalid += sliceSums(engine, plan, scramble, point, from, Math.min(points, from + slicePoints), sums);
    await checkpoint(signal);
  }
  const valid = points - invalid;
  for (let a = 0; a < out.length; a++) out[a] = valid > 0 ? sums[a] / valid : Number.NaN;
  return invalid;
}

/**
 * Expected mode: each arm's expected control probability over the virtual population, by randomised quasi-Monte Carlo
 * (docs/expected-mode.md). For r = 0…R−1, scrambling r of the Sobol' points (scrambleSobol with
 * namedGenerator(seed, 'sobol', r)) gives one estimate per arm (scramblingMeans); the R estimates give the mean, its
 * standard error and a t interval (expectedEstimate). Every arm sees the same points (common random numbers), so a
 * comparison's replicate is the difference of the two arms' replicates, with its own SE.
 *
 * Runs in the calling thread, returning to the event loop every 16384 points (so an abort is seen); the result is a
 * function of the scenario, the seed, `points` and `scramblings` only. A kernel-eligible plan (kernelEligibility) is
 * integrated by the WebAssembly kernel where it runs, with the same bits as the TypeScript engine, which integrates
 * every other plan, and every plan under `engine: 'typescript'` or RTSIM_BLOCK_ENGINE=typescript (defaultBlockEngine).
 * @param scenario - a validated scenario (its `patients` is not used)
 * @param options - points per scrambling, scramblings, version, and optionally the engine and an abort signal
 * @returns the results (a promise)
 * @throws RangeError for sizes outside expectedLimits, for a scenario with a feature expected mode cannot integrate
 *   (the message lists them by field), or when every point of a scrambling is invalid; the signal's reason when it aborts
 */
export async function expectedOutcomes(scenario: ResolvedScenario, options: ExpectedOptions): Promise<ExpectedResults> {
  checkOptions(options);
  const plan = compilePlan(scenario);
  const problems = expectedModeProblems(plan);
  if (problems.length > 0) {
    throw new RangeError(`expected mode cannot integrate this scenario: ${problems.join('; ')}. Run it as a trial (without --mode expected)`);
  }
  const { points, scramblings } = options;
  const armCount = plan.arms.length;
  const replicates = Array.from({ length: armCount }, () => new Float64Array(scramblings));
  const directions = sobolDirections(patientSlots.control);
  const means = new Float64Array(armCount);
  const engine = options.engine ?? defaultBlockEngine();
  let invalidPoints = 0;
  for (let r = 0; r < scramblings; r++) {
    invalidPoints += await scramblingMeans(plan, directions, r, points, means, engine, options.signal);
    if (Number.isNaN(means[0])) throw new RangeError(`every one of the ${points} points of scrambling ${r} drew an invalid patient (see the trial's invalid-patient report)`);
    for (let a = 0; a < armCount; a++) replicates[a][r] = means[a];
  }
  const arms = plan.arms.map((arm, a) => ({ id: arm.id, name: arm.name, ...expectedEstimate(replicates[a]) }));
  const comparisons = [];
  for (let pair = 0; pair < plan.pairArms.length / 2; pair++) {
    const a = plan.pairArms[2 * pair];
    const b = plan.pairArms[2 * pair + 1];
    const differences = replicates[a].map((value, r) => value - replicates[b][r]);
    comparisons.push({ a: plan.arms[a]?.id ?? '', b: plan.arms[b]?.id ?? '', ...expectedEstimate(differences) });
  }
  return {
    kind: 'rtsim-expected',
    version: options.version,
    scenario: scenario.name,
    seed: plan.seed,
    points,
    scramblings,
    dimensions: patientSlots.control,
    method,
    invalidPoints,
    arms,
    comparisons,
  };
}
