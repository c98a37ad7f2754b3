import type { ScenarioIssue } from '../scenario/ScenarioIssue.js';

/**
 * One scenario problem as a line of the command's output: `path: message (line:column)`, e.g.
 * `arms[1].schedule.fractions: expected a whole number ≥ 1, got -3 (14:18)`; the position only when known.
 * @param issue - a problem reported by parseScenario
 * @returns the line, without a newline
 */
export function formatIssueLine(issue: ScenarioIssue): string {
  if (issue.line === undefined) return `${issue.path}: ${issue.message}`;
  return `${issue.path}: ${issue.message} (${issue.line}:${issue.column ?? 1})`;
}
