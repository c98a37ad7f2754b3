import { formatIssuePath } from './formatIssuePath.js';
import type { ResolvedScenario } from './ResolvedScenario.js';
import { readScenarioText } from './readScenarioText.js';
import type { ScenarioInput } from './ScenarioInput.js';
import type { ScenarioIssue } from './ScenarioIssue.js';
import { sourcePosition } from './sourcePosition.js';
import { validateScenario } from './validateScenario.js';
import type { DvhFiles } from './DvhFiles.js';

/** Most issues reported for one file; beyond that the list ends with a count of the rest. */
export const maxReportedIssues = 200;

/** What {@link parseScenario} returns. */
export type ScenarioParseResult =
  | { readonly ok: true; readonly input: ScenarioInput; readonly scenario: ResolvedScenario }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/**
 * Parses, validates and resolves a scenario file in one go. Never throws: every problem of the file comes
 * back at once, each with its path (`arms[1].schedule.fractions`), a message written for people
 * (`expected a whole number ≥ 1, got -3`, `unknown key 'fractons'; did you mean 'fractions'?`) and, where it
 * can be placed, its 1-based line and column; issues are in file order.
 *
 * File-level problems (path `(file)`): larger than `maxScenarioBytes`, empty, not YAML/JSON (with the
 * parser's position). Then the schema and the cross-field checks (see `validateScenario`).
 *
 * @param text - the file's contents, YAML or JSON
 * @param fileName - its name (`.json` selects JSON and JSON wording of syntax errors); optional
 * @param dvhFiles - the DVH files and folders its `dvh:` fields name, read by the caller (readDvhFiles); absent: none
 * @returns `{ ok: true, input, scenario }` (the file as written and the resolved scenario) or `{ ok: false, issues }`
 */
export function parseScenario(text: string, fileName?: string, dvhFiles?: DvhFiles): ScenarioParseResult {
  const read = readScenarioText(text, fileName);
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
