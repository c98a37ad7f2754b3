import { formatIssuePath } from './formatIssuePath.js';
import type { ResolvedScenario } from './ResolvedScenario.js';
import type { ScenarioInput } from './ScenarioInput.js';
import type { ScenarioIssue } from './ScenarioIssue.js';
import type { ScenarioText } from './readScenarioText.js';
import { sourcePosition } from './sourcePosition.js';
import { validateScenario } from './validateScenario.js';
import type { DvhFiles } from './DvhFiles.js';

/** Most issues reported for one file; beyond that the list ends with a count of the rest. */
export const maxReportedIssues = 200;

/** What {@link parseScenarioText} (and parseScenario) returns. */
export type ScenarioParseResult =
  | { readonly ok: true; readonly input: ScenarioInput; readonly scenario: ResolvedScenario }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/**
 * parseScenario after its first step: validates and resolves a scenario file already read by readScenarioText, and
 * places each issue at its line and column in the file, in file order, at most maxReportedIssues of them. Why apart:
 * the command line reads the text once, looks in it for the DVH files to read, then validates that same reading
 * (readScenarioFile) instead of parsing the YAML a second time.
 * @param read - the file read into a value (readScenarioText), or its file-level issues
 * @param dvhFiles - the DVH files and folders its `dvh:` fields name, read by the caller (readDvhFiles); absent: none
 * @returns `{ ok: true, input, scenario }` or `{ ok: false, issues }`, as parseScenario
 */
export function parseScenarioText(read: ScenarioText, dvhFiles?: DvhFiles): ScenarioParseResult {
  if (!read.ok) return { ok: false, issues: read.issues };
  const validation = validateScenario(read.value, dvhFiles);
  if (validation.ok) return validation;
  const placed: ScenarioIssue[] = validation.issues.map((issue) => {
    const position = read.document === undefined ? undefined : sourcePosition(read.document, read.lineCounter, issue.path, issue.atKey === true);
    const path = formatIssuePath(issue.path);
    return position === undefined ? { path, message: issue.message } : { path, message: issue.message, line: position.line, column: position.column };
  });
  const ordered = placed
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.index - b.index)
    .map(({ issue }) => issue);
  if (ordered.length <= maxReportedIssues) return { ok: false, issues: ordered };
  return {
    ok: false,
    issues: [
      ...ordered.slice(0, maxReportedIssues),
      { path: '(file)', message: `${ordered.length - maxReportedIssues} more problems not shown` },
    ],
  };
}
