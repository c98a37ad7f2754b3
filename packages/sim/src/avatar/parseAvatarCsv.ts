import type { ColonyPoint, LqPoint } from '@rtsim/core';
import { didYouMean } from '../scenario/didYouMean.js';
import { maxAvatarDose } from './maxAvatarDose.js';

/**
 * One problem with an avatar data file. `row` is the line number a spreadsheet shows (the first line of the file is
 * row 1, comment and blank lines count); `column` the header name of the cell. Either is absent when the problem is
 * not in one row or one column (an empty file, too few dose levels).
 */
export interface AvatarCsvIssue {
  readonly row?: number;
  readonly column?: string;
  readonly message: string;
}

/** Surviving fractions measured on a patient-derived model (organoids, spheroids), one row per well or replicate. */
export interface SurvivingFractionData {
  readonly kind: 'survivingFraction';
  /** Doses in Gy, surviving fractions in (0, 1], optional SD of each SF (all rows or none). */
  readonly points: readonly LqPoint[];
  /** Spreadsheet row of each point, for messages and the report. */
  readonly rows: readonly number[];
}

/** Colony counts of a clonogenic assay, one row per flask or well. */
export interface ColonyData {
  readonly kind: 'colonies';
  readonly points: readonly ColonyPoint[];
  readonly rows: readonly number[];
}

/** What {@link parseAvatarCsv} reads: one patient's dose–response data. */
export type AvatarData = SurvivingFractionData | ColonyData;

/** Result of {@link parseAvatarCsv}: the data with `ok: true`, or every problem found. */
export type AvatarCsvResult = ({ readonly ok: true } & AvatarData) | { readonly ok: false; readonly issues: readonly AvatarCsvIssue[] };

/** Largest avatar file accepted, bytes of UTF-16 text (1 MiB): a dose–response experiment has tens of rows. */
export const maxAvatarCsvBytes = 1_048_576;
/** Most problems listed; the rest are counted in one last issue. */
const maxIssues = 50;

const layouts = {
  survivingFraction: { required: ['dose', 'survivingFraction'], optional: ['sd'] },
  colonies: { required: ['dose', 'cellsSeeded', 'colonies'], optional: [] },
} as const;
const knownColumns = ['dose', 'survivingFraction', 'sd', 'cellsSeeded', 'colonies'];
const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Splits one line on the delimiter, honouring double quotes (RFC 4180: `""` inside quotes is a quote).
 * @remarks Not d3-dsv: it reads the whole text at once (a stray quote swallows the rest of the file, with no error and
 *   no row numbers), takes a quote only as a field's first character (so `1, "0.5"` gives ` "0.5"`) and knows no
 *   comment lines; and it would bring its command-line tools' dependencies (commander, iconv-lite, rw) into sim.
 */
function splitCells(line: string, delimiter: string): string[] | undefined {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const character = line[i];
    if (quoted) {
      if (character === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"' && cell.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      cell = '';
    } else if (character === delimiter) {
      cells.push(cell.trim());
      cell = '';
      wasQuoted = false;
    } else cell += character;
  }
  if (quoted) return undefined;
  cells.push(cell.trim());
  return cells;
}

const shown = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Reads one patient's dose–response data from CSV text, checking every cell.
 *
 * Two layouts, chosen by the header (names case-insensitive, any order):
 * - `dose, survivingFraction[, sd]`: surviving fraction SF ∈ (0, 1] normalised to the unirradiated control, dose in
 *   Gy (0 to {@link maxAvatarDose}, in both layouts), optional standard deviation of SF (> 0, on every row or none: with it the fit uses absolute weights);
 * - `dose, cellsSeeded, colonies`: cells seeded (whole number > 0) and colonies counted (whole number, 0 … cells
 *   seeded) per flask or well; the plating efficiency is fitted.
 * Replicates (several rows at one dose) are welcome. Lines starting with `#` and blank lines are skipped; the
 * delimiter is `,` (or `;` or a tab when the header uses one); fields may be double-quoted; a UTF-8 byte-order mark
 * is ignored. At least three distinct dose levels are needed for α and β with an error estimate.
 * @param text - the file's text
 * @returns the points with their row numbers, or every problem (row as a spreadsheet numbers it, header = the first
 *   non-comment line, column by its header name), e.g. `row 4, column "survivingFraction": expected a number in
 *   (0, 1], got 1.3` once formatted by {@link formatAvatarIssue}
 */
export function parseAvatarCsv(text: string): AvatarCsvResult {
  if (text.length > maxAvatarCsvBytes) {
    return { ok: false, issues: [{ message: `the file is ${text.length} characters long; avatar data files are limited to ${maxAvatarCsvBytes} (1 MiB)` }] };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const content = lines.map((line, index) => ({ line, row: index + 1 })).filter(({ line }) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const header = content[0];
  if (header === undefined) {
    return {
      ok: false,
      issues: [{ message: 'the file is empty: expected a header row (dose,survivingFraction[,sd] or dose,cellsSeeded,colonies) and at least three dose levels' }],
    };
  }
  const delimiter = header.line.includes('\t') ? '\t' : header.line.includes(';') && !header.line.includes(',') ? ';' : ',';
  const names = splitCells(header.line, delimiter) ?? [];
  const headerIssues: AvatarCsvIssue[] = [];
  const columns: string[] = [];
  names.forEach((name, index) => {
    const canonical = knownColumns.find((known) => known.toLowerCase() === name.toLowerCase());
    if (name === '') {
      headerIssues.push({ row: header.row, message: `the header's cell ${index + 1} is empty; name every column` });
    } else if (canonical === undefined) {
      const guess = didYouMean(name, knownColumns);
      headerIssues.push({
        row: header.row,
        column: name,
        message: `unknown column${guess === undefined ? '' : `; did you mean "${guess}"?`} (columns: dose, survivingFraction, sd, or dose, cellsSeeded, colonies)`,
      });
    } else if (columns.includes(canonical)) {
      headerIssues.push({ row: header.row, column: canonical, message: 'this column appears twice in the header' });
    }
    columns.push(canonical ?? name);
  });
  const hasSurvival = columns.includes('survivingFraction') || columns.includes('sd');
  const hasColonies = columns.includes('cellsSeeded') || columns.includes('colonies');
  if (hasSurvival && hasColonies) {
    headerIssues.push({ row: header.row, message: 'give surviving fractions (dose, survivingFraction[, sd]) or colony counts (dose, cellsSeeded, colonies), not both' });
  }
  const kind: AvatarData['kind'] = hasColonies && !hasSurvival ? 'colonies' : 'survivingFraction';
  for (const name of layouts[kind].required) {
    if (!columns.includes(name)) {
      headerIssues.push({
        row: header.row,
        column: name,
        message: `missing column: the header needs ${kind === 'colonies' ? 'dose, cellsSeeded and colonies' : 'dose and survivingFraction (and optionally sd)'}, got ${names.map((n) => `"${n}"`).join(', ')}`,
      });
    }
  }
  if (headerIssues.length > 0) return { ok: false, issues: headerIssues };

  const issues: AvatarCsvIssue[] = [];
  const sfPoints: LqPoint[] = [];
  const colonyPoints: ColonyPoint[] = [];
  const rows: number[] = [];
  let rowsWithSd = 0;
  const dataRows = content.slice(1);
  for (const { line, row } of dataRows) {
    const cells = splitCells(line, delimiter);
    if (cells === undefined) {
      issues.push({ row, message: 'a quoted field is not closed' });
      continue;
    }
    if (cells.length !== columns.length) {
      issues.push({ row, message: `expected ${columns.length} cells (${columns.join(', ')}), got ${cells.length}` });
      continue;
    }
    const values = new Map<string, number>();
    let rowOk = true;
    columns.forEach((column, index) => {
      const cell = cells[index];
      if (column === 'sd' && cell === '') return; // checked below: all rows or none
      if (!numberPattern.test(cell)) {
        const hint = /^[+-]?\d+,\d+$/.test(cell) ? ' (use a decimal point)' : '';
        issues.push({ row, column, message: cell === '' ? 'expected a number, got an empty cell' : `expected a number, got ${shown(cell)}${hint}` });
        rowOk = false;
        return;
      }
      values.set(column, Number(cell));
    });
    if (!rowOk) continue;
    const check = (column: string, ok: (value: number) => boolean, expected: string): void => {
      const value = values.get(column);
      if (value === undefined || ok(value)) return;
      issues.push({ row, column, message: `expected ${expected}, got ${String(value)}` });
      rowOk = false;
    };
    check('dose', (d) => d >= 0 && d <= maxAvatarDose, `a dose from 0 to ${maxAvatarDose} Gy`);
    if (kind === 'survivingFraction') {
      check('survivingFraction', (sf) => sf > 0 && sf <= 1, 'a number in (0, 1]');
      check('sd', (sd) => sd > 0 && Number.isFinite(sd), 'a standard deviation > 0');
    } else {
      check('cellsSeeded', (n) => Number.isSafeInteger(n) && n > 0, 'a whole number of cells > 0');
      check('colonies', (c) => Number.isSafeInteger(c) && c >= 0, 'a whole number of colonies ≥ 0');
      const seeded = values.get('cellsSeeded');
      const colonies = values.get('colonies');
      if (rowOk && seeded !== undefined && colonies !== undefined && colonies > seeded) {
        issues.push({ row, column: 'colonies', message: `${colonies} colonies from ${seeded} cells seeded: a colony grows from one cell` });
        rowOk = false;
      }
    }
    if (!rowOk) continue;
    const dose = values.get('dose') as number;
    rows.push(row);
    if (kind === 'survivingFraction') {
      const sd = values.get('sd');
      if (sd !== undefined) rowsWithSd++;
      sfPoints.push({ dose, survivingFraction: values.get('survivingFraction') as number, ...(sd === undefined ? {} : { sd }) });
    } else {
      colonyPoints.push({ dose, cellsSeeded: values.get('cellsSeeded') as number, colonies: values.get('colonies') as number });
    }
  }
  if (issues.length === 0 && kind === 'survivingFraction' && rowsWithSd > 0 && rowsWithSd < sfPoints.length) {
    const firstMissing = sfPoints.findIndex((point) => point.sd === undefined);
    issues.push({ row: rows[firstMissing], column: 'sd', message: `expected a standard deviation > 0 on every row or on none (${rowsWithSd} of ${sfPoints.length} rows have one)` });
  }
  if (issues.length === 0) {
    const doses = [...new Set((kind === 'survivingFraction' ? sfPoints : colonyPoints).map((point) => point.dose))].sort((a, b) => a - b);
    if (doses.length < 3) {
      const where = dataRows.length === 0 ? 'there are no data rows' : `rows ${dataRows[0]?.row}–${dataRows[dataRows.length - 1]?.row} have ${doses.length === 0 ? 'none' : `${doses.length} (${doses.join(', ')} Gy)`}`;
      issues.push({ column: 'dose', message: `at least three distinct dose levels are needed to fit α and β with an error estimate; ${where}` });
    } else if (kind === 'colonies' && colonyPoints.every((point) => point.colonies === 0)) {
      issues.push({ column: 'colonies', message: 'no colonies were counted at any dose: the plating efficiency cannot be estimated' });
    }
  }
  if (issues.length > 0) {
    if (issues.length <= maxIssues) return { ok: false, issues };
    return { ok: false, issues: [...issues.slice(0, maxIssues), { message: `${issues.length - maxIssues} more problems not shown` }] };
  }
  return kind === 'survivingFraction' ? { ok: true, kind, points: sfPoints, rows } : { ok: true, kind, points: colonyPoints, rows };
}
