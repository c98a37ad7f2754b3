import type { ScenarioIssue } from './ScenarioIssue.js';

/**
 * One issue as a line of text, compiler style: `scenario.yaml:12:7: arms[1].schedule.fractions: expected a
 * whole number ≥ 1, got -3` (the position only when known, the file name only when given).
 * @param issue - the issue
 * @param fileName - the file it is about, if any
 */
export function formatScenarioIssue(issue: ScenarioIssue, fileName?: string): string {
  const position = issue.line === undefined ? '' : `:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  const where = fileName === undefined ? (position === '' ? '' : `${position.slice(1)}: `) : `${fileName}${position}: `;
  return `${where}${issue.path}: ${issue.message}`;
}
