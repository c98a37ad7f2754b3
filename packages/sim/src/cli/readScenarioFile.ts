import { stat } from 'node:fs/promises';
import { readUtf8File } from './readUtf8File.js';
import { basename, dirname } from 'node:path';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ScenarioInput } from '../scenario/scenarioSchema.js';
import type { ScenarioIssue } from '../scenario/ScenarioIssue.js';
import { maxScenarioBytes } from '../scenario/maxScenarioBytes.js';
import { parseScenarioText } from '../scenario/parseScenarioText.js';
import { readScenarioText } from '../scenario/readScenarioText.js';
import { readDvhFiles } from './readDvhFiles.js';
import { inputFileReason } from './inputFileReason.js';

/** A scenario file read from disk: parsed and resolved, or every problem found. */
export type ScenarioFile =
  | { readonly ok: true; readonly text: string; readonly fileName: string; readonly input: ScenarioInput; readonly scenario: ResolvedScenario }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/**
 * Reads and parses a scenario file: refuses a missing file, a directory or one larger than `maxScenarioBytes`
 * before reading it, then parses it as `parseScenario` does (YAML or JSON by the file name) with the DVH files it names,
 * read relative to its folder (readDvhFiles).
 * @param path - path of the file
 * @returns the text, file name and resolved scenario, or the issues (path `(file)` for the file itself)
 */
export async function readScenarioFile(path: string): Promise<ScenarioFile> {
  const fileIssue = (message: string): ScenarioFile => ({ ok: false, issues: [{ path: '(file)', message }] });
  // Messages name the file, not the absolute path the command resolved it to: the header line names it as given.
  const fileName = basename(path);
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fileIssue(`${fileName} is not a file`);
    if (info.size > maxScenarioBytes) return fileIssue(`the file is ${info.size} bytes; scenario files are limited to ${maxScenarioBytes} bytes (1 MiB)`);
    text = await readUtf8File(path);
  } catch (error) {
    return fileIssue(`cannot read ${fileName}: ${inputFileReason(error)}`);
  }
  const read = readScenarioText(text, fileName);
  const dvhFiles = read.ok ? await readDvhFiles(read.value, dirname(path)) : undefined;
  // The reading that found the DVH files is the one validated: the YAML is parsed once.
  const parsed = parseScenarioText(read, dvhFiles);
  if (!parsed.ok) return parsed;
  return { ok: true, text, fileName, input: parsed.input, scenario: parsed.scenario };
}
