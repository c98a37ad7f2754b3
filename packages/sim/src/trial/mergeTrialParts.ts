import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import { mergeAccumulators } from '../cohort/mergeAccumulators.js';
import { summarize } from '../cohort/summarize.js';
import type { TrialResults } from '../cohort/TrialResults.js';
import type { DrawOutcome } from '../uncertainty/drawOutcome.js';
import { drawOutcome } from '../uncertainty/drawOutcome.js';
import { parameterSets } from '../uncertainty/parameterSets.js';
import { summarizeUncertainty } from '../uncertainty/summarizeUncertainty.js';
import { missingPartsHint } from './missingPartsHint.js';
import { shardVersionsProblem } from './shardVersionsProblem.js';
import type { PlainTrialPart, TwoLevelTrialPart } from './TrialPart.js';
import { TrialPartsError } from './TrialPartsError.js';

/** A merged run: its results and the scenario file they came from (for trialFiles). */
export interface TrialMerge {
  readonly results: TrialResults;
  readonly scenarioText: string;
}

const listed = (numbers: readonly number[], most = 10): string =>
  numbers.length <= most ? numbers.join(', ') : `${numbers.slice(0, most).join(', ')}, … (${numbers.length} in all)`;

/**
 * Combines the partial results of one run's shards into the results of the whole run (docs/sharding.md): byte for
 * byte, through trialFiles, what runTrial of the whole run gives. The parts must share scenario hash (and, for a
 * plain run, seed and patient count), each be computed by this rtsim version with the model and parameter library
 * this rtsim computes its scenario with (its `model`, and `library` version and hash, compared: a part built by hand
 * or a file resealed can claim anything), and together cover every block (of every parameter set) exactly once;
 * parts of different N or --split may be mixed if they do. Each set's exact totals are merged and summarised; a
 * two-level run's draws are then summarised over the sets.
 * @param parts - the parts, read and checked one by one (all plain or all two-level), at least one
 * @param version - this rtsim's version: parts of other versions are refused; recorded in the results
 * @returns the results and the scenario file's text
 * @throws TrialPartsError naming the files when the parts are of different runs, rtsim versions, models or
 *   parameter libraries, overlap or leave blocks uncovered; Error when a set cannot be summarised, or a part's
 *   scenario pins a library this rtsim does not carry (a scenario built by hand)
 */
export function mergeTrialParts(parts: readonly PlainTrialPart[] | readonly TwoLevelTrialPart[], version: string): TrialMerge {
  const [head] = parts;
  if (head === undefined) throw new TrialPartsError('expected one or more partial results');
  return head.kind === 'plain' ? mergePlainParts(parts as readonly PlainTrialPart[], version) : mergeTwoLevelParts(parts as readonly TwoLevelTrialPart[], version);
}

function mergePlainParts(parts: readonly PlainTrialPart[], version: string): TrialMerge {
  checkPlainParts(parts, version);
  const first = parts[0];
  const accumulator = mergeAccumulators(parts.map((part) => part.accumulator));
  const results = summarize(accumulator, compilePlan(first.scenario), { version, scenarioHash: first.scenarioHash });
  return { results, scenarioText: first.scenarioText };
}

/**
 * Checks that a part was computed by this rtsim version, and with the model and parameter library this rtsim
 * computes its scenario with: totals of another would merge into results no program computed.
 */
function checkVersions(part: PlainTrialPart | TwoLevelTrialPart, version: string): void {
  if (part.rtsim !== version) {
    throw new TrialPartsError(`${part.name} was computed by rtsim ${part.rtsim}, this is rtsim ${version}: run every shard and the merge with the same version`);
  }
  const problem = shardVersionsProblem(part, part.scenario, version);
  if (problem !== undefined) throw new TrialPartsError(`${part.name} ${problem}`);
}

/**
 * Checks that a part is of the first part's run. The scenario hash covers the seed and the patient count (a --seed or
 * --patients override changes it), so those are compared first: a user told `seed 20261205 vs 7` knows which
 * option differed, where two hashes say only that something did. The hash then catches every other difference.
 */
function checkSameRun(first: PlainTrialPart | TwoLevelTrialPart, part: PlainTrialPart | TwoLevelTrialPart): void {
  const differences: string[] = [];
  if (part.scenario.seed !== first.scenario.seed) differences.push(`seed ${first.scenario.seed} vs ${part.scenario.seed}`);
  if (part.scenario.patients !== first.scenario.patients) differences.push(`patients ${first.scenario.patients} vs ${part.scenario.patients}`);
  if (differences.length === 0 && part.scenarioHash !== first.scenarioHash) differences.push(`scenario hash ${first.scenarioHash} vs ${part.scenarioHash}`);
  if (differences.length === 0) return;
  throw new TrialPartsError(`${first.name} and ${part.name} come from different runs: ${differences.join(', ')} (run every shard with the same scenario file, --seed and --patients)`);
}

/** Checks that the parts belong to one run and cover each of its blocks exactly once. */
function checkPlainParts(parts: readonly PlainTrialPart[], version: string): void {
  const first = parts[0];
  for (const part of parts) {
    if (part.kind !== 'plain') throw new TrialPartsError(`${part.name} is not a part of a plain run, as ${first.name} is`);
    checkSameRun(first, part);
    checkVersions(part, version);
  }
  const { blockCount } = first.accumulator;
  const owner = new Int32Array(blockCount).fill(-1);
  parts.forEach((part, p) => {
    for (let k = 0; k < blockCount; k++) {
      if (part.accumulator.covered[k] !== 1) continue;
      const previous = owner[k];
      if (previous >= 0) {
        throw new TrialPartsError(`block ${k} is in both ${parts[previous]?.name} and ${part.name}: the parts overlap (was a shard given twice, or shards of different N or --split mixed?)`);
      }
      owner[k] = p;
    }
  });
  const missing: number[] = [];
  owner.forEach((p, k) => {
    if (p < 0) missing.push(k);
  });
  if (missing.length === 0) return;
  throw new TrialPartsError(`${missing.length} of ${blockCount} blocks are not covered by any part (blocks ${listed(missing)})${missingPartsHint(parts.map((part) => part.shard), blockCount)}`);
}

function mergeTwoLevelParts(parts: readonly TwoLevelTrialPart[], version: string): TrialMerge {
  const head = parts[0];
  for (const part of parts) {
    if (part.kind !== 'two-level') throw new TrialPartsError(`${part.name} is not a part of a two-level run, as ${head.name} is`);
    checkSameRun(head, part);
    checkVersions(part, version);
  }
  // Every part's scenario is validated and has the head's hash, so every part holds one accumulator per set of these.
  const sets = parameterSets(head.scenario);
  const meta = { version, scenarioHash: head.scenarioHash };
  let nominal: TrialResults | undefined;
  const outcomes: DrawOutcome[] = [];
  for (let set = 0; set < sets.scenarios.length; set++) {
    const pieces = parts.map((part) => part.accumulators[set]).filter((accumulator): accumulator is Accumulator => accumulator !== null && accumulator !== undefined);
    const plan = compilePlan(sets.scenarios[set]);
    checkOverlap(parts, set, plan.blockCount);
    const merged = pieces.length === 0 ? createAccumulator(plan) : mergeAccumulators(pieces);
    const missing = Array.from(merged.covered).filter((covered) => covered !== 1).length;
    if (missing > 0) {
      const units = sets.scenarios.length * merged.blockCount;
      throw new TrialPartsError(`parameter set ${set} misses ${missing} of ${merged.blockCount} blocks${missingPartsHint(parts.map((part) => part.shard), units)}`);
    }
    const results = summarize(merged, plan, meta);
    if (set === 0) nominal = results;
    else outcomes.push(drawOutcome(results));
  }
  const results: TrialResults = { ...(nominal as TrialResults), uncertainty: summarizeUncertainty(sets, nominal as TrialResults, outcomes) };
  return { results, scenarioText: head.scenarioText };
}

/** Checks that no block of parameter set `set` is in two parts. */
function checkOverlap(parts: readonly TwoLevelTrialPart[], set: number, blockTotal: number): void {
  const owner: (string | undefined)[] = Array.from({ length: blockTotal }, () => undefined);
  for (const part of parts) {
    const covered = part.accumulators[set]?.covered;
    if (covered === undefined) continue;
    for (let k = 0; k < covered.length; k++) {
      if (covered[k] !== 1) continue;
      const previous = owner[k];
      if (previous !== undefined) {
        throw new TrialPartsError(`parameter set ${set}: block ${k} is in both ${previous} and ${part.name}: the parts overlap (was a shard given twice, or shards of different N or --split mixed?)`);
      }
      owner[k] = part.name;
    }
  }
}
