import { join } from 'node:path';
import type { CalibrationParameterInput } from '../calibration/CalibrationInput.js';
import { evidenceCoverageLines, evidenceMarkdown, evidenceTermCells, evidenceTermHeader, heldOutBiasLine } from '../calibration/evidenceMarkdown.js';
import { parseEvidence } from '../calibration/parseEvidence.js';
import { runEvidenceCalibration } from '../calibration/runEvidenceCalibration.js';
import type { ScenarioText } from '../scenario/readScenarioText.js';
import { calibrationOutcome } from './calibrationOutcome.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { formatDuration } from './formatDuration.js';
import { invalidFileStatus } from './invalidFileStatus.js';
import { rtsimVersion } from './rtsimVersion.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';
import { UsageError } from './UsageError.js';
import { writeCalibrationFiles } from './writeCalibrationFiles.js';

/**
 * Reads `--fit PATH=MIN:MAX[:log],…`: parameters to fit given on the command line.
 * @param text - the option's value
 * @returns the parameters
 * @throws UsageError for a malformed item
 */
export function parseFitOption(text: string): CalibrationParameterInput[] {
  return text.split(',').map((item, j) => {
    const match = /^([^=\s]+)=([^:]+):([^:]+)(?::(log|linear))?$/.exec(item.trim());
    const min = Number(match?.[2]);
    const max = Number(match?.[3]);
    if (match === null || !Number.isFinite(min) || !Number.isFinite(max) || !(max > min)) {
      throw new UsageError(`rtsim calibrate: --fit expects PATH=MIN:MAX[:log] items separated by commas (MIN < MAX), got '${item}'`);
    }
    const scale = match[4];
    // The file's rule (calibrationParameterSchema): a log search from 0 never ends, since its lower end is −∞.
    if (scale === 'log' && !(min > 0)) throw new UsageError(`rtsim calibrate: --fit item ${j + 1} ('${item}'): a log scale needs MIN > 0, got ${min}`);
    return { path: match[1] ?? '', min, max, ...(scale === undefined ? {} : { scale: scale as 'log' | 'linear' }) };
  });
}

/** Options of {@link calibrateEvidence}, as the calibrate command read them. */
export interface CalibrateEvidenceOptions {
  readonly name: string;
  readonly directory: string;
  readonly patients?: number;
  readonly fit?: string;
  readonly noFit: boolean;
  readonly noProfile: boolean;
  readonly json: boolean;
  readonly markdown: boolean;
}

/**
 * `rtsim calibrate EVIDENCE` for a local-control evidence file (docs/calibration.md, "Local-control evidence
 * files"): validates it (problems with line and column, status 2), fits the parameters the file and `--fit` list
 * (or, with `--no-fit` or none listed, predicts every series with the library defaults), writes calibration.json
 * into the output directory, and prints the coverage per role and the term table (`--markdown`: the Markdown of
 * docs/reproductions.md; `--json`: calibration.json).
 * @param read - the file as read
 * @param options - what the command line asked
 * @param io - streams and abort signal
 * @returns the exit status
 */
export async function calibrateEvidence(read: Extract<ScenarioText, { ok: true }>, options: CalibrateEvidenceOptions, io: CliIo): Promise<number> {
  const extra = options.fit === undefined ? [] : parseFitOption(options.fit);
  if (options.noFit && extra.length > 0) throw new UsageError('rtsim calibrate: --no-fit and --fit together: choose one');
  const parsed = parseEvidence(read, { ...(options.patients === undefined ? {} : { patients: options.patients }), parameters: extra });
  if (!parsed.ok) return invalidFileStatus('calibrate', options.name, 'local-control evidence file', parsed.issues, io);
  const { setup } = parsed;
  await checkOutputDirectory('calibrate', options.directory);
  const fitting = !options.noFit && setup.parameters.length > 0;
  const roles = new Set(setup.series.map((s) => s.role));
  io.stderr.write(
    `rtsim calibrate: local-control evidence, ${setup.series.length} series (${[...roles].join(', ')}), ${setup.parts.length} population parts × ${setup.patients} virtual patients; ${fitting ? `fitting ${setup.parameters.length} parameter${setup.parameters.length === 1 ? '' : 's'}` : 'predicting with the library defaults'}\n`,
  );
  const started = Date.now();
  const outcome = await calibrationOutcome(runEvidenceCalibration(setup, { fit: fitting, profile: !options.noProfile, version: rtsimVersion(), ...(io.signal === undefined ? {} : { signal: io.signal }) }), io);
  if (!outcome.ok) return outcome.status;
  const { results } = outcome;
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const failed = await writeCalibrationFiles(options.directory, [{ name: 'calibration.json', content: json }], io);
  if (failed !== undefined) return failed;
  if (options.json) io.stdout.write(json);
  else if (options.markdown) io.stdout.write(evidenceMarkdown(results));
  else {
    const parameters = results.parameters.map((p) => `${p.path}: ${p.estimate.toPrecision(4)}${p.ci95 === null ? '' : ` [${p.ciAtBound[0] ? '≤' : ''}${p.ci95[0].toPrecision(3)}, ${p.ciAtBound[1] ? '≥' : ''}${p.ci95[1].toPrecision(3)}]`}\n`);
    const fit = results.fit === null ? '' : `−2 ln L ${results.fit.deviance.toFixed(2)} on ${results.fit.terms} terms\n`;
    const table = textTable(evidenceTermHeader, results.terms.map((t) => evidenceTermCells(t).map((c) => c.replaceAll('**', ''))), ['l', 'l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'l']);
    const coverage = [...evidenceCoverageLines(results.coverage), ...(results.heldOut === null ? [] : [heldOutBiasLine(results.heldOut)])];
    io.stdout.write(`${fit}${parameters.join('')}${table}${coverage.join('\n')}\n`);
  }
  io.stderr.write(`rtsim calibrate: done in ${formatDuration(Date.now() - started)}; wrote calibration.json to ${terminalText(join(options.directory))}\n`);
  return exitCodes.ok;
}
