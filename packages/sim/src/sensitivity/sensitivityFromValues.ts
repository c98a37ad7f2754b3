import { namedGenerator } from '../random/namedGenerator.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { sensitivityOutputLabel } from './sensitivityOutputLabel.js';
import type { SensitivityParameter, SensitivityResults } from './SensitivityResults.js';
import type { SensitivitySettings } from './SensitivitySettings.js';
import { sobolBootstrap } from './sobolBootstrap.js';
import { sobolIndices } from './sobolIndices.js';
import { tornadoRows } from './tornado.js';

/**
 * Finishes a sensitivity analysis from the output of every evaluation: the tornado from the first 2d + 1 values,
 * first-order and total Sobol indices from the Saltelli blocks A, B and A_B^(i) (N values each, in the order of
 * sensitivityDesign), and their bootstrap intervals drawn from `namedGenerator(seed, 'bootstrap', 0)`. Pure and
 * deterministic: an unsharded `rtsim sensitivity` and `rtsim merge` of its shards call it with the same values and
 * get the same results, to the last bit.
 * @param scenario - the scenario analysed (its name and seed are recorded; the seed draws the bootstrap)
 * @param ranges - the uncertain parameters with their tornado ends (sensitivityDesign's `ranges`)
 * @param values - one output per evaluation, (2d + 1) + N(d + 2) of them
 * @param settings - output, measure, N, patients per evaluation, resamples
 * @param meta - the rtsim version and scenario hash recorded in the results
 * @returns what sensitivity.json holds
 */
export function sensitivityFromValues(
  scenario: ResolvedScenario,
  ranges: readonly SensitivityParameter[],
  values: Float64Array,
  settings: SensitivitySettings,
  meta: { readonly version: string; readonly scenarioHash: string },
): SensitivityResults {
  const { output, measure, samples, patients, resamples } = settings;
  const d = ranges.length;
  const tornadoCount = 2 * d + 1;
  const tornado = tornadoRows(
    ranges.map((r) => ({ name: r.label, nominal: r.nominal, low: r.low, high: r.high })),
    Array.from(values.subarray(0, tornadoCount)),
  );
  const block = (m: number): Float64Array => values.subarray(tornadoCount + m * samples, tornadoCount + (m + 1) * samples);
  const fA = block(0);
  const fB = block(1);
  const fAB = ranges.map((_, i) => block(2 + i));
  const indices = sobolIndices(fA, fB, fAB);
  const intervals = sobolBootstrap(fA, fB, fAB, resamples, namedGenerator(scenario.seed, 'bootstrap', 0));
  return {
    rtsim: { version: meta.version, sensitivityFormat: 1 },
    scenario: { name: scenario.name, hash: meta.scenarioHash },
    seed: scenario.seed,
    patients,
    output: { ...output, measure, label: sensitivityOutputLabel(output, measure) },
    parameters: ranges,
    evaluations: values.length,
    tornado: {
      base: tornado.base,
      rows: tornado.rows.map((row) => {
        const range = ranges[row.index];
        return { label: row.name, path: range?.path ?? '', low: row.low, high: row.high, outputLow: row.outputLow, outputHigh: row.outputHigh, swing: row.swing };
      }),
    },
    sobol: {
      samples,
      resamples,
      mean: indices.mean,
      variance: indices.variance,
      indices: ranges.map((r, i) => ({
        label: r.label,
        path: r.path,
        first: indices.first[i],
        firstCi95: intervals.first[i],
        total: indices.total[i],
        totalCi95: intervals.total[i],
      })),
    },
  };
}
