import { formatIssuePath } from '../scenario/formatIssuePath.js';
import type { ScenarioText } from '../scenario/readScenarioText.js';
import type { ScenarioIssue } from '../scenario/ScenarioIssue.js';
import type { PathIssue } from '../scenario/schemaIssues.js';
import { sourcePosition } from '../scenario/sourcePosition.js';

/** Where an issue's path names a command-line option (`['--fit', 0, …]`): the option and its 1-based item. */
function optionPath(path: PathIssue['path']): string | undefined {
  const [first, item, ...rest] = path;
  if (typeof first !== 'string' || !first.startsWith('--')) return undefined;
  return `${first} item ${Number(item) + 1}${rest.length > 0 ? ` (${rest.join('.')})` : ''}`;
}

/**
 * The problems of a calibration or evidence file as people read them, in file order: each path formatted
 * (`cohorts[2].observed.failures`) with its 1-based line and column where the YAML document can place it (stable
 * among issues at one place). A path that starts with an option (`--fit`) names something given on the command
 * line, which has no place in the file: it reads `--fit item 2 (path)` and sorts first.
 * @param read - the file as readScenarioText read it
 * @param issues - the validator's problems, paths as key lists
 * @returns the placed problems
 */
export function placedIssues(read: Extract<ScenarioText, { ok: true }>, issues: readonly PathIssue[]): ScenarioIssue[] {
  const placed = issues.map((issue, index) => {
    const option = optionPath(issue.path);
    const position = read.document === undefined || option !== undefined ? undefined : sourcePosition(read.document, read.lineCounter, issue.path, issue.atKey === true);
    const path = option ?? formatIssuePath(issue.path);
    const placedIssue: ScenarioIssue = position === undefined ? { path, message: issue.message } : { path, message: issue.message, line: position.line, column: position.column };
    return { issue: placedIssue, index };
  });
  placed.sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.index - b.index);
  return placed.map(({ issue }) => issue);
}
