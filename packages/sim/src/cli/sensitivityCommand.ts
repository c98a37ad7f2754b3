import { resolve } from 'node:path';
import { nodeSpawn } from '../pool/nodeSpawn.js';
import { defaultWorkerCount } from '../pool/defaultWorkerCount.js';
import { sensitivityJson } from '../report/sensitivityJson.js';
import { sensitivityReportHtml } from '../report/sensitivityReportHtml.js';
import { maxPatients } from '../scenario/scenarioSchema.js';
import { scenarioHash } from '../scenario/scenarioHash.js';
import { correlationRefusal } from '../sensitivity/correlationRefusal.js';
import { defaultSensitivityPatients, defaultSensitivityResamples, defaultSensitivitySamples, runSensitivity } from '../sensitivity/runSensitivity.js';
import { parseSensitivityMeasure } from '../sensitivity/parseSensitivityMeasure.js';
import { sensitivityMeasureProblem } from '../sensitivity/sensitivityMeasureProblem.js';
import type { SensitivityOutput } from '../sensitivity/SensitivityResults.js';
import type { CliIo } from './CliIo.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import { createProgressBar } from './createProgressBar.js';
import { defaultOutputDirectory } from './defaultOutputDirectory.js';
import { exitCodes } from './exitCodes.js';
import { noEffectNote } from './noEffectNote.js';
import { plausibilityNoteLines } from './plausibilityNoteLines.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { parseSensitivityOutput } from './parseSensitivityOutput.js';
import { parseWholeNumber } from './parseWholeNumber.js';
import { parseWorkers } from './parseWorkers.js';
import { readScenarioFile } from './readScenarioFile.js';
import { rtsimVersion } from './rtsimVersion.js';
import { sensitivityHelpText } from './sensitivityHelpText.js';
import { sensitivityShardCommand } from './sensitivityShardCommand.js';
import { sensitivityShardOption } from './sensitivityShardOption.js';
import { sensitivityTable } from './sensitivityTable.js';
import { terminalText } from './terminalText.js';
import { runFailureStatus } from './runFailureStatus.js';
import { UsageError } from './UsageError.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';
import { writeScenarioIssues } from './writeScenarioIssues.js';
import { outputDirectoryOption } from './outputDirectoryOption.js';
import { sensitivityMeasureForms } from '../sensitivity/sensitivityEndpoints.js';
import { refuseOverwritingInput } from './refuseOverwritingInput.js';
import { shardPartName } from '../trial/shardPartName.js';
import { sensitivityFileNames } from '../sensitivity/sensitivityFileNames.js';
import { minimumSensitivitySamples } from '../sensitivity/minimumSensitivitySamples.js';
import { samplesHint } from '../sensitivity/samplesHint.js';

/**
 * `rtsim sensitivity FILE [--output arm:ID | diff:A,B] [--measure M] [--samples N]
 * [--patients N] [--resamples N] [--workers N] [--out DIR] [--json] [--shard K/N [--split S]]`
 * (docs/uncertainty.md): tornado and Sobol indices of one output over the scenario's uncertain parameters (runSensitivity), on worker threads with a
 * progress bar. Prints the tables (or sensitivity.json with --json) and writes sensitivity.json and
 * report-sensitivity.html atomically. A scenario without an uncertainty section, one whose uncertain parameters
 * are correlated (correlationRefusal), or an unknown arm, is invalid input (status 2). With --shard K/N it
 * computes only its share and writes sensitivity-partial-K-of-N.json for rtsim merge (sensitivityShardCommand).
 * @param args - the arguments after `sensitivity`
 * @param io - output streams, working directory, abort signal
 * @returns the exit status (0, 1, 2 or 130)
 * @throws UsageError for invalid options
 */
export async function sensitivityCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('sensitivity', args, {
    output: { type: 'string' },
    measure: { type: 'string' },
    samples: { type: 'string' },
    patients: { type: 'string' },
    resamples: { type: 'string' },
    workers: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    shard: { type: 'string' },
    split: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout.write(sensitivityHelpText);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError(`rtsim sensitivity: expected one scenario file, got ${positionals.length === 0 ? 'none' : positionals.map((p) => `'${p}'`).join(' ')} (see rtsim sensitivity --help)`);
  }
  const measureText = values.measure ?? 'control-rate';
  const measure = parseSensitivityMeasure(measureText);
  if (measure === undefined) {
    throw new UsageError(`rtsim sensitivity: --measure: expected ${sensitivityMeasureForms} (T in years), got '${measureText}'`);
  }
  const samples = parseWholeNumber('rtsim sensitivity', '--samples', values.samples, minimumSensitivitySamples, 1_000_000, samplesHint);
  const patients = parseWholeNumber('rtsim sensitivity', '--patients', values.patients, 1, maxPatients);
  const resamples = parseWholeNumber('rtsim sensitivity', '--resamples', values.resamples, 1, 100_000);
  const workers = parseWorkers('rtsim sensitivity', values.workers) ?? defaultWorkerCount();
  const requested = values.output === undefined ? undefined : parseSensitivityOutput(values.output);
  const shard = sensitivityShardOption(values.shard, values.split);
  const path = resolve(io.cwd, positionals[0]);
  const outDirectory = outputDirectoryOption('sensitivity', values.out, io.cwd) ?? defaultOutputDirectory(path);

  const file = await readScenarioFile(path);
  if (!file.ok) return writeScenarioIssues(io, 'sensitivity', positionals[0], file.issues);
  const scenario = file.scenario;
  if (scenario.uncertainty === undefined) {
    io.stderr.write(`rtsim sensitivity: ${positionals[0]} has no uncertainty section: say which parameters are uncertain (docs/uncertainty.md)\n`);
    return exitCodes.invalidInput;
  }
  const refusal = correlationRefusal(scenario);
  if (refusal !== undefined) {
    io.stderr.write(`rtsim sensitivity: ${positionals[0]}: ${terminalText(refusal)}\n`);
    return exitCodes.invalidInput;
  }
  const measureProblem = sensitivityMeasureProblem(scenario, measure);
  if (measureProblem !== undefined) {
    io.stderr.write(`rtsim sensitivity: ${positionals[0]}: ${terminalText(measureProblem)}\n`);
    return exitCodes.invalidInput;
  }
  const [first, second] = scenario.arms;
  const output: SensitivityOutput =
    requested ?? (second === undefined ? { kind: 'arm', arm: first?.id ?? '' } : { kind: 'difference', a: first?.id ?? '', b: second.id });
  const ids = scenario.arms.map((arm) => arm.id);
  for (const id of output.kind === 'arm' ? [output.arm] : [output.a, output.b]) {
    if (!ids.includes(id)) throw new UsageError(`rtsim sensitivity: --output: unknown arm '${id}' (arms: ${ids.join(', ')})`);
  }
  await checkOutputDirectory('sensitivity', outDirectory);
  refuseOverwritingInput('sensitivity', outDirectory, shard === undefined ? sensitivityFileNames : [shardPartName('sensitivity', shard)], path);
  io.stderr.write(plausibilityNoteLines('rtsim sensitivity', file.input));
  io.stderr.write(noEffectNote('rtsim sensitivity', scenario, measure));
  const hash = await scenarioHash(scenario);
  if (shard !== undefined) {
    const settings = { output, measure, samples: samples ?? defaultSensitivitySamples, patients: patients ?? defaultSensitivityPatients, resamples: resamples ?? defaultSensitivityResamples };
    return sensitivityShardCommand({ scenario, hash, file, settings, shard, workers, json: values.json === true, outDirectory }, io);
  }
  const threads = workers === 0 ? 'in the main thread' : `on ${workers} worker thread${workers === 1 ? '' : 's'}`;
  const parameterCount = scenario.uncertainty.parameters.length;
  const n = samples ?? defaultSensitivitySamples;
  io.stderr.write(
    `rtsim sensitivity: ${terminalText(scenario.name)}: ${parameterCount} parameters, ${(2 * parameterCount + 1) + n * (parameterCount + 2)} evaluations of ${patients ?? defaultSensitivityPatients} patients, ${threads}\n`,
  );
  const bar = createProgressBar(io.stderr);
  const started = Date.now();
  let results;
  try {
    results = await runSensitivity(scenario, {
      output,
      measure,
      ...(samples === undefined ? {} : { samples }),
      ...(patients === undefined ? {} : { patients }),
      ...(resamples === undefined ? {} : { resamples }),
      workers,
      ...(workers === 0 ? {} : { spawn: () => nodeSpawn() }),
      onProgress: (progress) => bar.update(progress),
      ...(io.signal === undefined ? {} : { signal: io.signal }),
      meta: { version: rtsimVersion(), scenarioHash: hash },
    });
  } catch (error) {
    return runFailureStatus(io, bar, error, 'sensitivity', 'the analysis');
  }
  bar.clear();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const json = sensitivityJson(results);
  const files = [
    { name: sensitivityFileNames[0], content: json },
    { name: sensitivityFileNames[1], content: sensitivityReportHtml(results, file.text) },
  ];
  try {
    await writeFilesAtomically(outDirectory, files, io.signal);
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write('rtsim sensitivity: interrupted; nothing was written\n');
      return exitCodes.interrupted;
    }
    io.stderr.write(`rtsim sensitivity: could not write the results to ${outDirectory}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  io.stdout.write(values.json === true ? json : sensitivityTable(results));
  io.stderr.write(`rtsim sensitivity: ${results.evaluations} evaluations in ${seconds} s; wrote ${files.map((f) => f.name).join(', ')} to ${outDirectory}\n`);
  return exitCodes.ok;
}
