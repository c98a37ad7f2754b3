import { dirname, resolve } from 'node:path';
import { accumulatorProblem } from '../cohort/accumulatorProblem.js';
import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { mergeAccumulators } from '../cohort/mergeAccumulators.js';
import { parseAccumulator } from '../cohort/parseAccumulator.js';
import { sensitivityJson } from '../report/sensitivityJson.js';
import { sensitivityReportHtml } from '../report/sensitivityReportHtml.js';
import type { SensitivityDesign } from '../sensitivity/sensitivityDesign.js';
import { sensitivityDesign } from '../sensitivity/sensitivityDesign.js';
import { sensitivityFromValues } from '../sensitivity/sensitivityFromValues.js';
import { sensitivityOutputArms } from '../sensitivity/sensitivityOutputArms.js';
import { sensitivityPointValue } from '../sensitivity/sensitivityPointValue.js';
import type { CliIo } from './CliIo.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import { exitCodes } from './exitCodes.js';
import { missingPartsHint } from '../trial/missingPartsHint.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import type { SensitivityPart } from './parseSensitivityPart.js';
import { parseSensitivityPart } from './parseSensitivityPart.js';
import { readPartJson } from './readPartJson.js';
import { rtsimVersion } from './rtsimVersion.js';
import { uncertaintyShardUnits } from '../trial/uncertaintyShardUnits.js';
import { sensitivityTable } from './sensitivityTable.js';
import { UsageError } from './UsageError.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';
import { outputDirectoryOption } from './outputDirectoryOption.js';
import { refuseOverwritingInput } from './refuseOverwritingInput.js';
import { sensitivityFileNames } from '../sensitivity/sensitivityFileNames.js';

/** Checks that every part belongs to the analysis of the first: scenario hash, analysis and rtsim version. */
function checkSameAnalysis(parts: readonly SensitivityPart[]): void {
  const head = parts[0];
  const version = rtsimVersion();
  for (const part of parts) {
    if (part.hash !== head.hash) throw new UsageError(`rtsim merge: ${head.name} and ${part.name} come from different analyses: scenario hash ${head.hash} vs ${part.hash}`);
    const mine = JSON.stringify(part.settings);
    const theirs = JSON.stringify(head.settings);
    if (mine !== theirs) throw new UsageError(`rtsim merge: ${head.name} and ${part.name} come from different analyses: analysis ${theirs} vs ${mine} (run every shard with the same --output, --measure, --samples, --patients and --resamples)`);
    if (part.rtsim !== version) throw new UsageError(`rtsim merge: ${part.name} was computed by rtsim ${part.rtsim}, this is rtsim ${version}: run every shard and the merge with the same version`);
  }
}

/**
 * The accumulators of a part, checked against the analysis's design: one entry per evaluation, an accumulator
 * exactly for the evaluations the part's shard touches (null for the others), each one the shard's blocks of that
 * evaluation can produce (accumulatorProblem).
 */
function partAccumulators(part: SensitivityPart, design: SensitivityDesign, planOf: (evaluation: number) => EnginePlan): (Accumulator | null)[] {
  const fail = (reason: string): never => {
    throw new UsageError(`rtsim merge: ${part.name}: not an rtsim partial result of a sensitivity analysis: ${reason}`);
  };
  const { scenarios } = design;
  if (part.accumulators.length !== scenarios.length) fail(`accumulators must be a list of ${scenarios.length} entries (one per evaluation), null or an accumulator; got ${part.accumulators.length}`);
  const { index, count, split } = part.shard;
  const blocksOf = new Map<number, number[]>();
  for (const [evaluation, block] of uncertaintyShardUnits(scenarios, index, count, split)) {
    const list = blocksOf.get(evaluation);
    if (list === undefined) blocksOf.set(evaluation, [block]);
    else list.push(block);
  }
  return part.accumulators.map((entry, evaluation) => {
    const blocks = blocksOf.get(evaluation) ?? [];
    if (entry === null) {
      if (blocks.length > 0) fail(`accumulators[${evaluation}] is null, but shard ${index}/${count} computes ${blocks.length} of its blocks`);
      return null;
    }
    if (blocks.length === 0) fail(`accumulators[${evaluation}] is given, but shard ${index}/${count} computes none of its blocks`);
    let accumulator: Accumulator;
    try {
      accumulator = parseAccumulator(entry);
    } catch (error) {
      return fail(`accumulators[${evaluation}]: ${(error as Error).message}`);
    }
    const problem = accumulatorProblem(accumulator, planOf(evaluation), blocks);
    if (problem !== undefined) fail(`accumulators[${evaluation}]: ${problem}`);
    return accumulator;
  });
}

/**
 * An evaluation's accumulator merged from the parts: every block in exactly one part (an overlap names both files,
 * a gap the blocks and, when the parts share N and --split, the missing `sensitivity-partial-K-of-N.json` files).
 */
function mergedEvaluation(parts: readonly SensitivityPart[], pieces: readonly (readonly (Accumulator | null)[])[], evaluation: number, plan: EnginePlan, units: number): Accumulator {
  const owner: (string | undefined)[] = Array.from({ length: plan.blockCount }, () => undefined);
  const present: Accumulator[] = [];
  pieces.forEach((list, p) => {
    const accumulator = list[evaluation];
    if (accumulator === null || accumulator === undefined) return;
    present.push(accumulator);
    const name = parts[p].name;
    accumulator.covered.forEach((covered, block) => {
      if (covered !== 1) return;
      const previous = owner[block];
      if (previous !== undefined) {
        throw new UsageError(`rtsim merge: evaluation ${evaluation}: block ${block} is in both ${previous} and ${name}: the parts overlap (was a shard given twice, or shards of different N or --split mixed?)`);
      }
      owner[block] = name;
    });
  });
  const merged = present.length === 0 ? createAccumulator(plan) : mergeAccumulators(present);
  const missing = Array.from(merged.covered).filter((covered) => covered !== 1).length;
  if (missing > 0) {
    throw new UsageError(`rtsim merge: evaluation ${evaluation} misses ${missing} of ${merged.blockCount} blocks${missingPartsHint(parts.map((part) => part.shard), units, 'sensitivity')}`);
  }
  return merged;
}

/**
 * `rtsim merge PART... [--out DIR] [--json]` for the parts of `rtsim sensitivity --shard` (SensitivityShardFile):
 * checks every part (parseSensitivityPart; its accumulators against the analysis's design), that all share the
 * scenario hash, the analysis and the rtsim version, and that together they cover every block of every evaluation
 * exactly once (parts of different N or --split may be mixed if they do); then finishes each evaluation, computes
 * the tornado and Sobol indices (sensitivityFromValues) and writes sensitivity.json and report-sensitivity.html,
 * byte for byte those of a single `rtsim sensitivity`, and prints its tables (or sensitivity.json with --json).
 * @param args - the arguments after `merge` (the first part is a sensitivity part)
 * @param io - output streams, working directory, abort signal
 * @returns the exit status (0, 1 or 130)
 * @throws (rejects) UsageError for an invalid, mismatched, overlapping or missing part (status 2), naming the files
 */
export async function mergeSensitivityParts(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('merge', args, { out: { type: 'string' }, json: { type: 'boolean' } });
  const paths = positionals.map((name) => resolve(io.cwd, name));
  const parts: SensitivityPart[] = [];
  for (const [p, path] of paths.entries()) {
    const name = positionals[p];
    parts.push(await parseSensitivityPart(await readPartJson(path, name), name));
  }
  checkSameAnalysis(parts);
  const head = parts[0];
  const { settings, scenario } = head;
  let design: SensitivityDesign;
  try {
    design = sensitivityDesign(scenario, settings.samples, settings.patients);
  } catch (error) {
    throw new UsageError(`rtsim merge: ${head.name}: not an rtsim partial result of a sensitivity analysis: its analysis cannot be laid out: ${(error as Error).message}`);
  }
  const plans = new Map<number, EnginePlan>();
  const planOf = (evaluation: number): EnginePlan => {
    let plan = plans.get(evaluation);
    if (plan === undefined) {
      plan = compilePlan(design.scenarios[evaluation]);
      plans.set(evaluation, plan);
    }
    return plan;
  };
  const pieces = parts.map((part) => partAccumulators(part, design, planOf));
  const outDirectory = outputDirectoryOption('merge', values['out'], io.cwd) ?? dirname(paths[0]);
  await checkOutputDirectory('merge', outDirectory);
  for (const path of paths) refuseOverwritingInput('merge', outDirectory, sensitivityFileNames, path);
  const meta = { version: rtsimVersion(), scenarioHash: head.hash };
  const arms = sensitivityOutputArms(scenario, settings.output);
  const evaluations = design.scenarios.length;
  const units = evaluations * planOf(0).blockCount;
  const outputs = new Float64Array(evaluations);
  try {
    for (let evaluation = 0; evaluation < evaluations; evaluation++) {
      const plan = planOf(evaluation);
      outputs[evaluation] = sensitivityPointValue(mergedEvaluation(parts, pieces, evaluation, plan, units), plan, arms, settings.measure, meta);
      plans.delete(evaluation); // not needed again
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // What a single rtsim sensitivity would fail on too (an evaluation it cannot summarise): status 1, as there.
    io.stderr.write(`rtsim merge: failed: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const results = sensitivityFromValues(scenario, design.ranges, outputs, settings, meta);
  const json = sensitivityJson(results);
  const files = [
    { name: sensitivityFileNames[0], content: json },
    { name: sensitivityFileNames[1], content: sensitivityReportHtml(results, head.scenarioText) },
  ];
  try {
    await writeFilesAtomically(outDirectory, files, io.signal);
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write('rtsim merge: interrupted; nothing was written\n');
      return exitCodes.interrupted;
    }
    io.stderr.write(`rtsim merge: could not write the results to ${outDirectory}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  io.stdout.write(values['json'] === true ? json : sensitivityTable(results));
  io.stderr.write(`rtsim merge: ${parts.length} part${parts.length === 1 ? '' : 's'} of a sensitivity analysis merged; wrote ${files.map((f) => f.name).join(', ')} to ${outDirectory}\n`);
  return exitCodes.ok;
}
