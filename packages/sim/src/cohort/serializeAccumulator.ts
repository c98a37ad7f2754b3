import { formatFixedPoint } from '../stats/formatFixedPoint.js';
import type { Accumulator } from './createAccumulator.js';

/**
 * An {@link Accumulator} as JSON-safe data, the body of a shard's partial-result file.
 * - `sums`: exact decimals of the fixed-point sums (formatFixedPoint), so no digit is lost and the file is
 *   readable;
 * - `counts`: whole numbers;
 * - `blocks`: the covered block indices as arithmetic runs [first, step, count] (a strided shard is one run),
 *   so that merge can check completeness and overlap.
 */
export interface AccumulatorFile {
  readonly format: 'rtsim-partial';
  readonly formatVersion: 1;
  readonly fingerprint: string;
  readonly seed: number;
  readonly patients: number;
  readonly blockCount: number;
  readonly dimensions: {
    readonly arms: number;
    readonly subtypes: number;
    readonly histogramBins: number;
    readonly timeBins: number;
    readonly problemColumns: number;
    /**
     * Compared pairs of arms, written only when not every pair A(A − 1)/2 is compared (the layout before the
     * scenario's `comparisons` existed), so that such files keep their form.
     */
    readonly pairs?: number;
    /** Biomarker sections (see PartialLayout), written only when present so older files keep their form. */
    readonly markers?: number;
    readonly gardBands?: number;
    readonly prescribedDose?: 1;
    /** Local-control strata per arm (absent: 0). */
    readonly strata?: number;
    /** 1 when some arm treats lesions (absent: 0). */
    readonly lesions?: 1;
    /** 1 when the scenario has `background` (the competing-events section; absent: 0). */
    readonly competingEvents?: 1;
    /** Complication endpoints scored, when the scenario has `complications` (absent: 0). */
    readonly complications?: number;
    /** 1 when the scenario has `metastasis` (its counts in the competing-events section; absent: 0). */
    readonly metastasis?: 1;
    /** 1 when some arm has a diagnostic pathway (the pathway section; absent: 0). */
    readonly pathway?: 1;
    /** Complication strata per arm, when the scenario has `complications` (absent: 0). */
    readonly complicationStrata?: number;
    /** 1 when the scenario has `progression` (the progression section; absent: 0). */
    readonly progression?: 1;
    /** 1 when the paired event times are counted (a scenario with `followUp.at` and paired endpoints; absent: 0). */
    readonly pairedTimes?: 1;
  };
  readonly blocks: readonly (readonly [first: number, step: number, count: number])[];
  readonly sums: readonly string[];
  readonly counts: readonly number[];
}

/** Covered block indices, ascending, as greedy arithmetic runs [first, step, count]. */
function blockRuns(covered: Uint8Array): [number, number, number][] {
  const runs: [number, number, number][] = [];
  let run: [number, number, number] | undefined; // the last run, also held in runs (mutated in place)
  for (let k = 0; k < covered.length; k++) {
    if (covered[k] !== 1) continue;
    if (run !== undefined && run[2] === 1) {
      run[1] = k - run[0];
      run[2] = 2;
    } else if (run !== undefined && k === run[0] + run[1] * run[2]) {
      run[2]++;
    } else {
      run = [k, 1, 1];
      runs.push(run);
    }
  }
  return runs;
}

/**
 * Writes an accumulator as JSON-safe data (`JSON.stringify` it for a shard file); {@link parseAccumulator}
 * reads it back to an identical accumulator.
 * @param accumulator - the totals of a run or shard
 * @returns the file body (see {@link AccumulatorFile})
 */
export function serializeAccumulator(accumulator: Accumulator): AccumulatorFile {
  const { layout } = accumulator;
  return {
    format: 'rtsim-partial',
    formatVersion: 1,
    fingerprint: accumulator.fingerprint,
    seed: accumulator.seed,
    patients: accumulator.patients,
    blockCount: accumulator.blockCount,
    dimensions: {
      arms: layout.arms,
      subtypes: layout.subtypes,
      histogramBins: layout.histogramBins,
      timeBins: layout.timeBins,
      problemColumns: layout.problemStride,
      ...(layout.pairs === (layout.arms * (layout.arms - 1)) / 2 ? {} : { pairs: layout.pairs }),
      ...(layout.markers === 0 ? {} : { markers: layout.markers }),
      ...(layout.gardBands === 0 ? {} : { gardBands: layout.gardBands }),
      ...(layout.prescribed === 0 ? {} : { prescribedDose: 1 as const }),
      ...(layout.strata === 0 ? {} : { strata: layout.strata }),
      ...(layout.lesions === 0 ? {} : { lesions: 1 as const }),
      ...(layout.competingEvents === 0 ? {} : { competingEvents: 1 as const }),
      ...(layout.complications === 0 ? {} : { complications: layout.complications }),
      ...(layout.metastasis === 0 ? {} : { metastasis: 1 as const }),
      ...(layout.pathway === 0 ? {} : { pathway: 1 as const }),
      ...(layout.complicationStrata === 0 ? {} : { complicationStrata: layout.complicationStrata }),
      ...(layout.progression === 0 ? {} : { progression: 1 as const }),
      ...(layout.pairEndpoints === 0 ? {} : { pairedTimes: 1 as const }),
    },
    blocks: blockRuns(accumulator.covered),
    sums: accumulator.sums.map(formatFixedPoint),
    counts: Array.from(accumulator.counts),
  };
}
