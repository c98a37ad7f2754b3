import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { defaultSensitivityPatients, defaultSensitivitySamples } from '../sensitivity/runSensitivity.js';
import { sensitivityDesign } from '../sensitivity/sensitivityDesign.js';
import { parseSensitivityMeasure } from '../sensitivity/parseSensitivityMeasure.js';
import { sensitivityMeasureProblem } from '../sensitivity/sensitivityMeasureProblem.js';
import { sensitivityOutputArms } from '../sensitivity/sensitivityOutputArms.js';
import { parseSensitivityOutput } from './parseSensitivityOutput.js';
import type { SlurmSensitivity } from './SlurmJob.js';
import { parseWholeNumber } from './parseWholeNumber.js';
import { UsageError } from './UsageError.js';
import { sensitivityMeasureForms } from '../sensitivity/sensitivityEndpoints.js';
import { minimumSensitivitySamples } from '../sensitivity/minimumSensitivitySamples.js';
import { samplesHint } from '../sensitivity/samplesHint.js';

/** The options of `rtsim slurm` that belong to `rtsim sensitivity`, as parsed (strings, booleans). */
export interface SlurmSensitivityValues {
  readonly sensitivity?: boolean;
  readonly output?: string;
  readonly measure?: string;
  readonly samples?: string;
  readonly resamples?: string;
  readonly seed?: string;
}

/**
 * Reads `--sensitivity` and the `rtsim sensitivity` options of `rtsim slurm` (`--output`, `--measure`,
 * `--samples`, `--resamples`), in the ranges `rtsim sensitivity` accepts, so that a typo fails once on the login
 * node rather than in every task.
 * @param values - the parsed options
 * @returns the sensitivity options for SlurmJob, or undefined without --sensitivity
 * @throws UsageError for a bad value, one of these options without --sensitivity, or --seed with it (rtsim
 *   sensitivity uses the scenario's seed)
 */
export function slurmSensitivity(values: SlurmSensitivityValues): SlurmSensitivity | undefined {
  const given = (['output', 'measure', 'samples', 'resamples'] as const).filter((name) => values[name] !== undefined);
  if (values.sensitivity !== true) {
    if (given.length > 0) throw new UsageError(`rtsim slurm: --${given[0]} is an option of rtsim sensitivity: add --sensitivity to run a sensitivity analysis`);
    return undefined;
  }
  if (values.seed !== undefined) throw new UsageError("rtsim slurm: --seed: rtsim sensitivity runs with the scenario's seed; change the seed in the file");
  if (values.output !== undefined) parseSensitivityOutput(values.output);
  const measure = values.measure === undefined ? undefined : parseSensitivityMeasure(values.measure);
  if (values.measure !== undefined && measure === undefined) {
    throw new UsageError(`rtsim slurm: --measure: expected ${sensitivityMeasureForms} (T in years), got '${values.measure}'`);
  }
  const samples = parseWholeNumber('rtsim slurm', '--samples', values.samples, minimumSensitivitySamples, 1_000_000, samplesHint);
  const resamples = parseWholeNumber('rtsim slurm', '--resamples', values.resamples, 1, 100_000);
  return {
    ...(values.output === undefined ? {} : { output: values.output }),
    ...(measure === undefined ? {} : { measure }),
    ...(samples === undefined ? {} : { samples }),
    ...(resamples === undefined ? {} : { resamples }),
  };
}

/**
 * What would make every task of a Slurm sensitivity analysis fail on this scenario, checked on the login node: no
 * uncertainty section, an `--output` arm it does not have, a `--measure` it does not report, correlated parameters or an invalid point
 * (sensitivityDesign).
 * @param scenario - the scenario, validated
 * @param sensitivity - the analysis's options
 * @param patients - patients per evaluation (--patients), when given
 * @returns the reason, or undefined when the analysis can run
 */
export function slurmSensitivityProblem(scenario: ResolvedScenario, sensitivity: SlurmSensitivity, patients: number | undefined): string | undefined {
  if (scenario.uncertainty === undefined) return 'has no uncertainty section: say which parameters are uncertain (docs/uncertainty.md)';
  try {
    if (sensitivity.output !== undefined) sensitivityOutputArms(scenario, parseSensitivityOutput(sensitivity.output));
    const measureProblem = sensitivityMeasureProblem(scenario, sensitivity.measure ?? 'control-rate');
    if (measureProblem !== undefined) return measureProblem;
    sensitivityDesign(scenario, sensitivity.samples ?? defaultSensitivitySamples, patients ?? defaultSensitivityPatients);
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}
