import { stat } from 'node:fs/promises';
import { readUtf8File } from './readUtf8File.js';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { avatarAnalysis } from '../avatar/avatarAnalysis.js';
import { avatarDataNotes } from '../avatar/avatarDataNotes.js';
import { avatarTumour } from '../avatar/avatarTumour.js';
import { maxAvatarVolume } from '../avatar/maxAvatarVolume.js';
import { defaultAvatarDraws, defaultAvatarSeed } from '../avatar/compareAvatarSchedules.js';
import { formatAvatarIssue } from '../avatar/formatAvatarIssue.js';
import { maxAvatarCsvBytes, parseAvatarCsv } from '../avatar/parseAvatarCsv.js';
import { parseScheduleList } from '../avatar/parseScheduleList.js';
import { avatarJson } from '../report/avatarJson.js';
import { avatarReportHtml } from '../report/avatarReportHtml.js';
import { avatarHelpText } from './avatarHelpText.js';
import { avatarTable } from './avatarTable.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { parseWholeNumber } from './parseWholeNumber.js';
import { rtsimVersion } from './rtsimVersion.js';
import { terminalText } from './terminalText.js';
import { UsageError } from './UsageError.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';
import { outputDirectoryOption } from './outputDirectoryOption.js';
import { inputFileReason } from './inputFileReason.js';
import { refuseOverwritingInput } from './refuseOverwritingInput.js';

const seeHelp = '(see rtsim avatar --help)';

function positiveNumber(option: string, text: string | undefined, allowInfinity = false): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const value = allowInfinity && /^(infinity|inf)$/i.test(trimmed) ? Infinity : /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(value > 0 && (allowInfinity || value < Infinity))) throw new UsageError(`rtsim avatar: ${option}: expected a number above 0${allowInfinity ? ' (or Infinity)' : ''}, got '${text}' ${seeHelp}`);
  return value;
}

// The volume's range is checked here too, so that the message names --volume (avatarTumour's does not know the option).
function volumeOption(text: string | undefined): number | undefined {
  const volume = positiveNumber('--volume', text);
  if (volume !== undefined && volume > maxAvatarVolume) {
    throw new UsageError(`rtsim avatar: --volume: expected a tumour volume above 0 and at most ${maxAvatarVolume} cm³, got '${text ?? ''}' ${seeHelp}`);
  }
  return volume;
}

function nonNegativeNumber(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\s*(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= 0 && value < Infinity)) throw new UsageError(`rtsim avatar: ${option}: expected a number of 0 or more, got '${text}' ${seeHelp}`);
  return value;
}

/**
 * `rtsim avatar DATA.csv --schedules LIST [--subtype ID] [--volume CM3] [--clonogens N] [--doubling-time D]
 * [--kickoff-time D] [--draws N] [--seed S] [--out DIR] [--json]` (docs/avatars.md).
 *
 * Checks the options and the schedule list (a bad one is a usage error, status 2), reads and checks the data file
 * (every problem on stderr as `row R, column "C": message`, status 2), notes rows that may be copies
 * (`rtsim avatar: note: …`), fits α and β (data that cannot support intervals, such as an exact fit without SDs, are
 * refused with the reason, status 2), compares the schedules, prints the table (or avatar.json with --json) and
 * writes avatar.json and avatar.html atomically to the output directory (default `<file-stem>-avatar/` next to the
 * file).
 * @param args - the arguments after `avatar`
 * @param io - output streams and working directory
 * @returns the exit status: 0, 1 (fit failed, files not written) or 2 (invalid input, data refused by the fit included)
 * @throws UsageError for invalid options (main prints it and returns 2)
 */
export async function avatarCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('avatar', args, {
    schedules: { type: 'string' },
    subtype: { type: 'string' },
    volume: { type: 'string' },
    clonogens: { type: 'string' },
    'doubling-time': { type: 'string' },
    'kickoff-time': { type: 'string' },
    draws: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help === true) {
    io.stdout.write(avatarHelpText);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError(`rtsim avatar: expected one data file (CSV), got ${positionals.length === 0 ? 'none' : positionals.map((p) => `'${p}'`).join(' ')} ${seeHelp}`);
  }
  const scheduleText = values.schedules;
  if (scheduleText === undefined) throw new UsageError(`rtsim avatar: --schedules is required, e.g. --schedules "25x2,5x6,3x18:everyDays=2" ${seeHelp}`);
  const schedules = parseScheduleList(scheduleText);
  if (!schedules.ok) throw new UsageError(`rtsim avatar: --schedules: ${terminalText(schedules.message)} ${seeHelp}`);
  const volume = volumeOption(values.volume);
  const clonogens = positiveNumber('--clonogens', values.clonogens);
  const doublingTime = positiveNumber('--doubling-time', values['doubling-time'], true);
  const kickoffTime = nonNegativeNumber('--kickoff-time', values['kickoff-time']);
  const draws = parseWholeNumber('rtsim avatar', '--draws', values.draws, 100, 1_000_000, ` ${seeHelp}`) ?? defaultAvatarDraws;
  const seed = parseWholeNumber('rtsim avatar', '--seed', values.seed, 0, Number.MAX_SAFE_INTEGER, ` ${seeHelp}`) ?? defaultAvatarSeed;
  const tumour = avatarTumour({
    ...(values.subtype === undefined ? {} : { subtype: values.subtype }),
    ...(volume === undefined ? {} : { volume }),
    ...(clonogens === undefined ? {} : { clonogens }),
    ...(doublingTime === undefined ? {} : { doublingTime }),
    ...(kickoffTime === undefined ? {} : { kickoffTime }),
  });
  if (!tumour.ok) throw new UsageError(`rtsim avatar: ${terminalText(tumour.message)} ${seeHelp}`);

  const name = positionals[0];
  const path = resolve(io.cwd, name);
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`rtsim avatar: ${name} is not a file`);
    if (info.size > maxAvatarCsvBytes) throw new UsageError(`rtsim avatar: ${name} is ${info.size} bytes; avatar data files are limited to ${maxAvatarCsvBytes} bytes (1 MiB)`);
    text = await readUtf8File(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`rtsim avatar: cannot read ${name}: ${inputFileReason(error)}`);
  }
  const data = parseAvatarCsv(text);
  if (!data.ok) {
    io.stderr.write(`rtsim avatar: ${terminalText(name)} is not valid avatar data (${data.issues.length} problem${data.issues.length === 1 ? '' : 's'}):\n`);
    for (const issue of data.issues) io.stderr.write(`${terminalText(formatAvatarIssue(issue))}\n`);
    return exitCodes.invalidInput;
  }

  for (const note of avatarDataNotes(data, name)) io.stderr.write(`rtsim avatar: note: ${terminalText(note)}\n`);

  const fileName = basename(path);
  const stem = extname(fileName) === '' ? fileName : fileName.slice(0, -extname(fileName).length);
  const outDirectory = outputDirectoryOption('avatar', values.out, io.cwd) ?? join(dirname(path), `${stem}-avatar`);
  await checkOutputDirectory('avatar', outDirectory);
  refuseOverwritingInput('avatar', outDirectory, ['avatar.json', 'avatar.html'], path);
  const analysis = avatarAnalysis(data, schedules.schedules, tumour.tumour, { draws, seed });
  if (analysis.fit.problem !== undefined) {
    io.stderr.write(`rtsim avatar: ${terminalText(name)}: ${analysis.fit.problem}; nothing was written\n`);
    return exitCodes.invalidInput;
  }
  if (!analysis.fit.ok || !Number.isFinite(analysis.comparison.rankingProbability)) {
    io.stderr.write(
      `rtsim avatar: ${analysis.fit.ok ? `the fit's uncertainty could not be sampled inside alpha, beta >= 0 (acceptance below 1 in 10000)` : 'the linear-quadratic fit failed on these data'}; nothing was written\n`,
    );
    return exitCodes.failed;
  }
  const json = avatarJson(analysis, { version: rtsimVersion(), dataFile: fileName, schedules: schedules.schedules });
  const files = [
    { name: 'avatar.json', content: json },
    { name: 'avatar.html', content: avatarReportHtml(analysis, { version: rtsimVersion(), dataFile: fileName }) },
  ];
  try {
    await writeFilesAtomically(outDirectory, files, io.signal);
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write('rtsim avatar: interrupted; nothing was written\n');
      return exitCodes.interrupted;
    }
    io.stderr.write(`rtsim avatar: could not write the results to ${outDirectory}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  io.stdout.write(values.json === true ? json : avatarTable(analysis, name));
  io.stderr.write(`rtsim avatar: wrote ${files.map((file) => file.name).join(', ')} to ${outDirectory}\n`);
  return exitCodes.ok;
}
