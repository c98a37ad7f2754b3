import { stat } from 'node:fs/promises';
import { readUtf8File } from './readUtf8File.js';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CalibrationSetup } from '../calibration/CalibrationSetup.js';
import { runCalibration } from '../calibration/runCalibration.js';
import { validateCalibrationText } from '../calibration/validateCalibrationText.js';
import { calibrationReportHtml } from '../report/calibrationReportHtml.js';
import { maxScenarioBytes } from '../scenario/maxScenarioBytes.js';
import { maxPatients } from '../scenario/scenarioSchema.js';
import type { ScenarioText } from '../scenario/readScenarioText.js';
import { readScenarioText } from '../scenario/readScenarioText.js';
import { calibrationFileContents } from '../calibration/calibrationFileContents.js';
import { calibrateEvidence } from './calibrateEvidence.js';
import { calibrateHelpText } from './calibrateHelpText.js';
import { calibrationTable } from './calibrationTable.js';
import { calibrationOutcome } from './calibrationOutcome.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { formatDuration } from './formatDuration.js';
import { invalidFileStatus } from './invalidFileStatus.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { rtsimVersion } from './rtsimVersion.js';
import { terminalText } from './terminalText.js';
import { parseWholeNumber } from './parseWholeNumber.js';
import { UsageError } from './UsageError.js';
import { writeCalibrationFiles } from './writeCalibrationFiles.js';
import { outputDirectoryOption } from './outputDirectoryOption.js';
import { inputFileReason } from './inputFileReason.js';
import { refuseOverwritingInput } from './refuseOverwritingInput.js';

/** The text of a DATA file, or why it cannot be read (refused before reading when too large, as scenarios are). */
async function readDataFile(path: string): Promise<string | { readonly problem: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { problem: 'not a file' };
    if (info.size > maxScenarioBytes) return { problem: `the file is ${info.size} bytes; DATA files are limited to ${maxScenarioBytes} bytes` };
    return await readUtf8File(path);
  } catch (error) {
    return { problem: inputFileReason(error) };
  }
}

/** A local-control evidence file is told by its top-level `series` list (DATA files have `cohorts`). */
function isEvidenceFile(file: ScenarioText): file is Extract<ScenarioText, { ok: true }> {
  return file.ok && typeof file.value === 'object' && file.value !== null && Array.isArray((file.value as { series?: unknown }).series);
}

/**
 * Fits a validated DATA file with progress on stderr (redrawn in place on a terminal), then writes
 * calibration.json and calibration.html and prints the tables (or the JSON).
 */
async function fitDataFile(setup: CalibrationSetup, text: string, directory: string, options: { readonly profile: boolean; readonly json: boolean }, io: CliIo): Promise<number> {
  await checkOutputDirectory('calibrate', directory);
  const fitted = setup.cohorts.filter((c) => c.role === 'fit').length;
  io.stderr.write(
    `rtsim calibrate: ${setup.parameters.length} parameter${setup.parameters.length === 1 ? '' : 's'}, ${fitted} fitted and ${setup.cohorts.length - fitted} held-out series, ${setup.patients} virtual patients per series\n`,
  );
  const started = Date.now();
  const tty = io.stderr.isTTY === true;
  let drawn = false;
  const run = runCalibration(setup, {
    profile: options.profile,
    version: rtsimVersion(),
    ...(io.signal === undefined ? {} : { signal: io.signal }),
    onProgress: (progress) => {
      if (!tty) return;
      const what = progress.stage === 'profile' ? `profile ${(progress.parameter ?? 0) + 1}/${progress.parameters}` : progress.stage;
      io.stderr.write(`\r${what}: ${progress.evaluations} evaluations, −2 ln L ${progress.deviance.toFixed(3)}, ${formatDuration(Date.now() - started)}\u001b[K`);
      drawn = true;
    },
  });
  const outcome = await calibrationOutcome(
    run.finally(() => {
      if (drawn) io.stderr.write('\r\u001b[K');
    }),
    io,
  );
  if (!outcome.ok) return outcome.status;
  const json = `${JSON.stringify(outcome.results, null, 2)}\n`;
  const files = [
    { name: 'calibration.json', content: json },
    { name: 'calibration.html', content: calibrationReportHtml(outcome.results, text) },
  ];
  const failed = await writeCalibrationFiles(directory, files, io);
  if (failed !== undefined) return failed;
  io.stdout.write(options.json ? json : calibrationTable(outcome.results));
  io.stderr.write(`rtsim calibrate: done in ${formatDuration(Date.now() - started)}; wrote calibration.json and calibration.html to ${terminalText(directory)}\n`);
  return exitCodes.ok;
}

/**
 * `rtsim calibrate DATA [--patients N] [--out DIR] [--no-profile] [--json]` (docs/calibration.md): reads and
 * validates a calibration DATA file (problems to stderr as `path: message (line:column)`, status 2), fits its
 * parameters (runCalibration), prints the parameter and series tables (or calibration.json with --json), and
 * writes calibration.json and calibration.html into the output directory (default `<file-stem>-calibration/`
 * next to the file), both only once the fit is complete. Progress on stderr: redrawn in place on a terminal,
 * a start and an end line otherwise. Ctrl-C stops between evaluations and writes nothing (status 130). A
 * local-control evidence file (a top-level `series` list) goes to calibrateEvidence; the file is parsed once.
 * @param args - the arguments after `calibrate`
 * @param io - streams, working directory, abort signal
 * @returns the exit status: 0, 1 (the fit failed or files could not be written), 2 (invalid input), 130
 * @throws UsageError for invalid options
 */
export async function calibrateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('calibrate', args, {
    patients: { type: 'string' },
    out: { type: 'string' },
    'no-profile': { type: 'boolean' },
    json: { type: 'boolean' },
    'no-fit': { type: 'boolean' },
    fit: { type: 'string' },
    markdown: { type: 'boolean' },
  });
  if (values.help === true) {
    io.stdout.write(calibrateHelpText);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) throw new UsageError('rtsim calibrate: expected one DATA file (see rtsim calibrate --help)');
  const patients = parseWholeNumber('rtsim calibrate', '--patients', typeof values.patients === 'string' ? values.patients : undefined, 1, maxPatients);
  const name = positionals[0];
  const path = resolve(io.cwd, name);
  const text = await readDataFile(path);
  if (typeof text !== 'string') {
    io.stderr.write(`rtsim calibrate: cannot read ${terminalText(name)}: ${terminalText(text.problem)}\n`);
    return exitCodes.invalidInput;
  }
  const stem = extname(name) === '' ? basename(name) : basename(name).slice(0, -extname(name).length);
  const directory = outputDirectoryOption('calibrate', values.out, io.cwd) ?? join(dirname(path), `${stem}-calibration`);
  refuseOverwritingInput('calibrate', directory, ['calibration.json', 'calibration.html'], path);
  const file = readScenarioText(text, basename(path), calibrationFileContents);
  if (isEvidenceFile(file)) {
    return calibrateEvidence(file, {
      name,
      directory,
      ...(patients === undefined ? {} : { patients }),
      ...(typeof values.fit === 'string' ? { fit: values.fit } : {}),
      noFit: values['no-fit'] === true,
      noProfile: values['no-profile'] === true,
      json: values.json === true,
      markdown: values.markdown === true,
    }, io);
  }
  if (values['no-fit'] === true || values.fit !== undefined || values.markdown === true) {
    throw new UsageError('rtsim calibrate: --no-fit, --fit and --markdown are for local-control evidence files (a top-level series list)');
  }
  const parsed = file.ok ? validateCalibrationText(file, patients === undefined ? {} : { patients }) : file;
  if (!parsed.ok) return invalidFileStatus('calibrate', name, 'calibration file', parsed.issues, io);
  return fitDataFile(parsed.setup, text, directory, { profile: values['no-profile'] !== true, json: values.json === true }, io);
}
