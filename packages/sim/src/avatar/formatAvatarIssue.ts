import type { AvatarCsvIssue } from './parseAvatarCsv.js';

/**
 * One avatar data problem as a line for people: `row 4, column "survivingFraction": expected a number in (0, 1],
 * got 1.3`; `column "dose": …` or the bare message when the problem has no row or column.
 * @param issue - from {@link parseAvatarCsv}
 * @returns the line, without a trailing newline
 */
export function formatAvatarIssue(issue: AvatarCsvIssue): string {
  const where = [issue.row === undefined ? '' : `row ${issue.row}`, issue.column === undefined ? '' : `column ${JSON.stringify(issue.column)}`].filter((part) => part !== '');
  return where.length === 0 ? issue.message : `${where.join(', ')}: ${issue.message}`;
}
