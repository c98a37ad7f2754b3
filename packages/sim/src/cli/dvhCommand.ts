import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { dvhMetrics } from '../dvh/dvhMetrics.js';
import { maxDvhFileBytes } from '../dvh/maxDvhFileBytes.js';
import { parseDvhFile } from '../dvh/parseDvhFile.js';
import type { CliIo } from './CliIo.js';
import { dvhHelpText } from './dvhHelpText.js';
import { dvhTable } from './dvhTable.js';
import { exitCodes } from './exitCodes.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { terminalText } from './terminalText.js';
import { UsageError } from './UsageError.js';
import { inputFileReason } from './inputFileReason.js';



/** The names that occur more than once, each with its count, in order of first occurrence. */
function repeatedNames(names: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1);
}
/**
 * `rtsim dvh FILE [--json]`: reads a DVH file ({@link parseDvhFile}), prints the metrics of each structure as a
 * table or JSON.
 * @param args - the arguments after `dvh`
 * @param io - output streams and working directory
 * @returns 0, or 2 for a file that cannot be read or is malformed (every issue on stderr)
 * @throws UsageError for invalid options or an unreadable file (main prints it and returns 2)
 */
export async function dvhCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('dvh', args, { json: { type: 'boolean' } });
  if (values.help === true) {
    io.stdout.write(dvhHelpText);
    return exitCodes.ok;
  }
  const [name] = positionals;
  if (name === undefined || positionals.length !== 1) {
    throw new UsageError(`rtsim dvh: expected one DVH file, got ${positionals.length === 0 ? 'none' : positionals.map((p) => `'${p}'`).join(' ')} (see rtsim dvh --help)`);
  }
  const path = resolve(io.cwd, name);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`rtsim dvh: ${name} is not a file`);
    if (info.size > maxDvhFileBytes) throw new UsageError(`rtsim dvh: ${name} is ${info.size} bytes; DVH files are limited to ${maxDvhFileBytes} bytes`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`rtsim dvh: cannot read ${name}: ${inputFileReason(error)}`);
  }
  const stem = basename(path, extname(path));
  const parsed = parseDvhFile(bytes, stem);
  if (!parsed.ok) {
    io.stderr.write(`rtsim dvh: ${terminalText(name)} is not a valid ${parsed.format} DVH file (${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}):\n`);
    for (const issue of parsed.issues) io.stderr.write(`${terminalText(name)}${issue.line === undefined ? '' : `:${issue.line}`}: ${terminalText(issue.message)}\n`);
    return exitCodes.invalidInput;
  }
  const metrics = parsed.structures.map(dvhMetrics);
  // Listed as read, but a scenario that names such a structure is refused (resolveDvhReferences): say it now.
  for (const [structure, count] of repeatedNames(parsed.structures.map((s) => s.name))) {
    io.stderr.write(`rtsim dvh: note: ${terminalText(name)} has ${count} structures named '${terminalText(structure)}'; a scenario that names it is refused until they are renamed in the planning system\n`);
  }
  if (values.json === true) {
    const rows = metrics.map((row) => ({ ...row, volume: row.volume ?? null, v20Volume: row.v20Volume ?? null }));
    io.stdout.write(`${JSON.stringify({ file: basename(path), format: parsed.format, structures: rows }, null, 2)}\n`);
  } else {
    io.stdout.write(`${terminalText(basename(path))}: ${parsed.format} DVH, ${metrics.length} structure${metrics.length === 1 ? '' : 's'}\n`);
    io.stdout.write(dvhTable(metrics));
  }
  return exitCodes.ok;
}
