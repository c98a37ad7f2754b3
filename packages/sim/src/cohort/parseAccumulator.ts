import { fixedPointBits } from '../stats/fixedPointBits.js';
import { parseFixedPoint } from '../stats/parseFixedPoint.js';
import { blockSize } from './blockSize.js';
import type { Accumulator } from './createAccumulator.js';
import { partialLayout } from './partialLayout.js';

const isWhole = (x: unknown, min = 0): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= min;

// The reason alone: the caller says which file and which of its fields ("NAME: not an rtsim partial result: accumulator: …").
function fail(reason: string): never {
  throw new SyntaxError(reason);
}

/** sums[i] read back exactly; parseFixedPoint's own messages name the function, these the field and why. */
function parseSum(text: unknown, i: number): bigint {
  if (typeof text !== 'string') fail(`sums[${i}] must be a decimal string`);
  try {
    return parseFixedPoint(text);
  } catch (error) {
    return fail(
      error instanceof RangeError
        ? `sums[${i}] is ${String(text)}, which is not a multiple of 2^-${fixedPointBits}: rtsim writes its sums exactly, as such multiples`
        : `sums[${i}] must be a plain decimal number (digits, optionally a point and more digits), got ${JSON.stringify(text)}`,
    );
  }
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} must be an object`);
  return value as Record<string, unknown>;
}

/**
 * Reads the data written by {@link serializeAccumulator} (after `JSON.parse`) back into an accumulator, checking
 * everything a hand-edited or truncated file could break.
 * @param value - the parsed JSON of a shard's partial-result file
 * @returns the accumulator (identical to the one serialised)
 * @throws SyntaxError naming the first problem by its field, without saying which file (the caller does): wrong
 *   format tag or version, missing field, lengths that do not
 *   match the dimensions, a sum that is not an exact fixed-point decimal, a count that is not a whole number, or
 *   a block outside the run or listed twice, a block count that is not ⌈patients / 4096⌉
 */
export function parseAccumulator(value: unknown): Accumulator {
  const file = record(value, 'it');
  if (file['format'] !== 'rtsim-partial') fail('format must be "rtsim-partial"');
  if (file['formatVersion'] !== 1) fail(`unsupported formatVersion ${String(file['formatVersion'])}`);
  const { fingerprint, seed, patients, blockCount } = file;
  if (typeof fingerprint !== 'string') fail('fingerprint must be a string');
  if (!(typeof seed === 'number' && Number.isInteger(seed))) fail('seed must be a whole number');
  if (!isWhole(patients, 1)) fail('patients must be a whole number ≥ 1');
  if (!isWhole(blockCount, 1)) fail('blockCount must be a whole number ≥ 1');
  if (blockCount !== Math.ceil(patients / blockSize)) fail(`blockCount ${blockCount} is not ⌈patients / ${blockSize}⌉ = ${Math.ceil(patients / blockSize)}`);
  const dimensions = record(file['dimensions'], 'dimensions');
  const { arms, subtypes, histogramBins, timeBins, problemColumns } = dimensions;
  if (!(isWhole(arms, 1) && isWhole(subtypes, 1) && isWhole(histogramBins, 1) && isWhole(timeBins, 1) && isWhole(problemColumns, 1))) {
    fail('dimensions must be whole numbers ≥ 1');
  }
  const { markers = 0, gardBands = 0, prescribedDose = 0 } = dimensions;
  if (!(isWhole(markers) && isWhole(gardBands) && (prescribedDose === 0 || prescribedDose === 1))) {
    fail('dimensions markers and gardBands must be whole numbers ≥ 0, prescribedDose 1 when given');
  }
  const { pairs = (arms * (arms - 1)) / 2, strata = 0 } = dimensions;
  if (!isWhole(pairs)) fail('dimensions pairs must be a whole number ≥ 0 when given');
  if (!isWhole(strata)) fail('dimensions strata must be a whole number ≥ 0 when given');
  const { lesions = 0 } = dimensions;
  if (lesions !== 0 && lesions !== 1) fail('dimensions lesions must be 1 when given');
  const { competingEvents = 0 } = dimensions;
  if (competingEvents !== 0 && competingEvents !== 1) fail('dimensions competingEvents must be 1 when given');
  const { complications = 0 } = dimensions;
  if (!(isWhole(complications) && complications <= 4)) fail('dimensions complications must be a whole number from 0 to 4 when given');
  const { complicationStrata = 0 } = dimensions;
  if (!(complicationStrata === 0 || ((complicationStrata === 3 || complicationStrata === 10) && complications > 0))) {
    fail('dimensions complicationStrata must be 3 or 10 when given, and needs complications');
  }
  const { metastasis = 0 } = dimensions;
  if (metastasis !== 0 && metastasis !== 1) fail('dimensions metastasis must be 1 when given');
  if (metastasis === 1 && competingEvents === 0) fail('dimensions metastasis needs competingEvents');
  const { pathway = 0 } = dimensions;
  if (pathway !== 0 && pathway !== 1) fail('dimensions pathway must be 1 when given');
  if (pathway === 1 && strata === 0) fail('dimensions pathway needs strata');
  const { progression = 0 } = dimensions;
  if (progression !== 0 && progression !== 1) fail('dimensions progression must be 1 when given');
  if (progression === 1 && lesions === 0) fail('dimensions progression needs lesions');
  const { pairedTimes = 0 } = dimensions;
  if (pairedTimes !== 0 && pairedTimes !== 1) fail('dimensions pairedTimes must be 1 when given');
  const layout = partialLayout(arms, subtypes, histogramBins, timeBins, problemColumns, {
    pairs,
    markers,
    gardBands,
    prescribed: prescribedDose === 1,
    strata,
    lesions: lesions === 1,
    competingEvents: competingEvents === 1,
    complications,
    metastasis: metastasis === 1,
    pathway: pathway === 1,
    complicationStrata,
    progression: progression === 1,
    pairedTimes: pairedTimes === 1,
  });
  const sums = file['sums'];
  const counts = file['counts'];
  if (!Array.isArray(sums) || sums.length !== layout.sumLength) fail(`sums must be an array of ${layout.sumLength} decimals`);
  if (!Array.isArray(counts) || counts.length !== layout.countLength) fail(`counts must be an array of ${layout.countLength} numbers`);
  const covered = new Uint8Array(blockCount);
  const runs = file['blocks'];
  if (!Array.isArray(runs)) fail('blocks must be an array of [first, step, count] runs');
  for (const run of runs as unknown[]) {
    if (!(Array.isArray(run) && run.length === 3 && isWhole(run[0]) && isWhole(run[1], 1) && isWhole(run[2], 1))) {
      fail('each block run must be [first ≥ 0, step ≥ 1, count ≥ 1]');
    }
    const [first, step, count] = run as [number, number, number];
    for (let i = 0; i < count; i++) {
      const k = first + i * step;
      if (k >= blockCount) fail(`block ${k} is outside the run (blocks 0…${blockCount - 1})`);
      if (covered[k] === 1) fail(`block ${k} is listed twice`);
      covered[k] = 1;
    }
  }
  return {
    fingerprint,
    seed,
    patients,
    blockCount,
    layout,
    sums: (sums as unknown[]).map(parseSum),
    counts: Float64Array.from(counts as unknown[], (count, i) => (isWhole(count) ? count : fail(`counts[${i}] must be a whole number ≥ 0`))),
    covered,
  };
}
