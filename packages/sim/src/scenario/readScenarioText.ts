import type { Document } from 'yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { FileContents } from './FileContents.js';
import { maxScenarioBytes } from './maxScenarioBytes.js';
import type { ScenarioIssue } from './ScenarioIssue.js';

/** The text of a scenario file read into a value, with the YAML document kept for line numbers. */
export type ScenarioText =
  | {
      readonly ok: true;
      readonly format: 'yaml' | 'json';
      readonly value: unknown;
      /** The YAML document of the text, for positions; absent for JSON too deeply nested for the YAML parser. */
      readonly document: Document | undefined;
      readonly lineCounter: LineCounter;
    }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

const filePath = '(file)';

/** A scenario file's contents (the default of readScenarioText). */
export const scenarioFileContents: FileContents = {
  one: 'one scenario',
  needs: 'a scenario needs version, name, references, seed, patients, cohort, arms and followUp',
};

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastNewline = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastNewline };
}

// V8 words JSON errors differently across versions; keep only its position and say what is wrong ourselves.
function jsonIssue(text: string, error: unknown): ScenarioIssue {
  const reported = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(reported);
  const offset = match === null ? text.length : Number(match[1]);
  const character = text[offset];
  const previous = text.slice(0, offset).trimEnd().at(-1);
  let message: string;
  if (character === undefined) message = 'the text ends before the JSON value is complete (a missing "}", "]" or closing quote?)';
  else if ((character === '}' || character === ']') && previous === ',') message = `trailing comma before '${character}' (JSON allows none)`;
  else if (character === '/' || character === '#') message = 'comments are not allowed in JSON (write the scenario in YAML to use # comments)';
  else if (character === "'") message = 'JSON needs double quotes around text and keys';
  else if (/[A-Za-z_$]/.test(character) && (previous === '{' || previous === ',')) message = 'JSON needs double quotes around keys';
  else if (/after JSON/.test(reported)) message = `unexpected ${JSON.stringify(character)} after the end of the JSON value`;
  else message = `unexpected ${JSON.stringify(character)}`;
  return { path: filePath, message: `not valid JSON: ${message}`, ...lineColumn(text, offset) };
}

// The yaml library's wording is for its API users ("please use YAML.parseAllDocuments()"): say what is wrong for people.
function yamlErrorMessage(code: string, reported: string, contents: FileContents): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear once in a mapping';
  if (code === 'MULTIPLE_DOCS') return `a second YAML document starts here (after a '---' line): the file must hold ${contents.one} document; move the other into a file of its own`;
  return /call stack/i.test(reported) ? 'nested too deeply' : reported;
}

function looksLikeJson(text: string, fileName: string | undefined): 'json' | 'yaml' | 'either' {
  if (fileName !== undefined) {
    if (/\.json$/i.test(fileName)) return 'json';
    if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  }
  return /^\s*[{[]/.test(text) ? 'either' : 'yaml';
}

/**
 * Reads the text of a scenario file: size limit, emptiness, then YAML or JSON syntax.
 *
 * JSON is chosen by a `.json` file name, YAML by `.yaml`/`.yml`; otherwise text that starts with `{` or `[`
 * is tried as JSON first and falls back to YAML (a YAML flow mapping looks the same), anything else is YAML.
 * JSON syntax errors are explained in JSON terms (trailing commas, comments, single quotes, unquoted keys).
 * Duplicate keys are errors in both. A leading byte-order mark is ignored.
 *
 * A YAML file with several documents (`---` lines between them) is refused: a file holds one document.
 *
 * @param text - the file's contents
 * @param fileName - its name, used only to choose the format
 * @param contents - what the file is meant to hold, for the messages of an empty file and of several documents
 * (default: a scenario; calibration DATA files say what they need)
 * @returns the value with its YAML document (for line numbers), or the issues at path `(file)`; never throws
 */
export function readScenarioText(text: string, fileName?: string, contents: FileContents = scenarioFileContents): ScenarioText {
  if (typeof text !== 'string') return { ok: false, issues: [{ path: filePath, message: `expected the text of a scenario file, got ${typeof text}` }] };
  // Every UTF-16 code unit takes at least one UTF-8 byte: a very long text is too large without encoding it.
  const bytes = text.length > 4 * maxScenarioBytes ? undefined : new TextEncoder().encode(text).length;
  if (bytes === undefined || bytes > maxScenarioBytes) {
    const size = bytes === undefined ? `more than ${4 * maxScenarioBytes}` : String(bytes);
    return { ok: false, issues: [{ path: filePath, message: `the file is ${size} bytes; scenario files are limited to ${maxScenarioBytes} bytes (1 MiB)` }] };
  }
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const emptyIssue: ScenarioIssue = { path: filePath, message: `the file is empty; ${contents.needs}` };
  if (source.trim() === '') return { ok: false, issues: [emptyIssue] };

  const format = looksLikeJson(source, fileName);
  let jsonValue: { value: unknown } | undefined;
  let jsonError: ScenarioIssue | undefined;
  if (format !== 'yaml') {
    try {
      jsonValue = { value: JSON.parse(source) as unknown };
    } catch (error) {
      jsonError = jsonIssue(source, error);
      if (format === 'json') return { ok: false, issues: [jsonError] };
    }
  }

  const lineCounter = new LineCounter();
  const nestedTooDeeply = (message: string): string => (/call stack/i.test(message) ? 'nested too deeply' : message);
  let document: Document | undefined;
  let value: unknown;
  try {
    document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const errors = jsonValue === undefined ? document.errors : document.errors.filter((error) => error.code === 'DUPLICATE_KEY');
    if (errors.length > 0) {
      if (jsonError !== undefined) return { ok: false, issues: [jsonError] };
      const language = jsonValue === undefined ? 'YAML' : 'JSON';
      return {
        ok: false,
        issues: errors.map((error) => {
          const position = lineCounter.linePos(error.pos[0]);
          const message = yamlErrorMessage(error.code, error.message, contents);
          return { path: filePath, message: `not valid ${language}: ${message}`, line: position.line, column: position.col };
        }),
      };
    }
    // Valid JSON that the YAML parser cannot follow (nesting deeper than its stack) keeps its value, without positions.
    if (jsonValue !== undefined && document.errors.length > 0) document = undefined;
    if (document !== undefined && document.contents === null) return { ok: false, issues: [emptyIssue] };
    value = jsonValue === undefined ? document?.toJS({ maxAliasCount: 1000 }) : jsonValue.value;
  } catch (error) {
    // toJS throws on an alias to a missing anchor or an alias explosion; deep nesting can exhaust the stack.
    const reason = nestedTooDeeply(error instanceof Error ? error.message : String(error));
    return { ok: false, issues: [{ path: filePath, message: `not valid ${jsonValue === undefined ? 'YAML' : 'JSON'}: ${reason}` }] };
  }
  return { ok: true, format: jsonValue === undefined ? 'yaml' : 'json', value, document, lineCounter };
}
