import type { DvhIssue } from './DvhIssue.js';
import type { DvhStructure } from './DvhStructure.js';
import { structureFromRows, type DvhRows } from './structureFromRows.js';
import { parseDvhNumber } from './parseDvhNumber.js';

/** A column of the histogram block, by its title and bracketed unit. */
type Column =
  | { readonly kind: 'dose'; readonly toGy: number }
  | { readonly kind: 'relativeDose' }
  | { readonly kind: 'volume'; readonly unit: 'cm3' | 'percent' }
  | { readonly kind: 'density'; readonly unit: 'cm3' | 'percent'; readonly perGy: number };

const doseUnits = new Map([['gy', 1], ['cgy', 0.01]]);
const volumeUnits = new Map<string, 'cm3' | 'percent'>([['cm³', 'cm3'], ['cm3', 'cm3'], ['cc', 'cm3'], ['%', 'percent']]);

/** Reads a column header line such as `Dose [cGy]   Relative dose [%]   Ratio of Total Structure Volume [%]`. */
function readColumns(text: string): { readonly columns?: readonly Column[]; readonly message?: string } {
  const columns: Column[] = [];
  for (const match of text.matchAll(/([^[\]]+?)\s*\[([^\]]*)\]/g)) {
    const title = (match[1] ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    const unit = (match[2] ?? '').trim().toLowerCase().replace(/\s+/g, '');
    if (title === 'dose') {
      const toGy = doseUnits.get(unit);
      if (toGy === undefined) return { message: `unknown dose unit '[${match[2] ?? ''}]' (expected Gy or cGy)` };
      columns.push({ kind: 'dose', toGy });
    } else if (title === 'relative dose') columns.push({ kind: 'relativeDose' });
    else if (title === 'ratio of total structure volume' || title === 'structure volume') {
      const volumeUnit = volumeUnits.get(unit);
      if (volumeUnit === undefined) return { message: `unknown volume unit '[${match[2] ?? ''}]' (expected cm³ or %)` };
      columns.push({ kind: 'volume', unit: volumeUnit });
    } else if (title === 'dvolume / ddose' || title === 'dvolume/ddose') {
      const [volumePart = '', dosePart = ''] = unit.split('/');
      const volumeUnit = volumeUnits.get(volumePart);
      const toGy = doseUnits.get(dosePart);
      if (volumeUnit === undefined || toGy === undefined) return { message: `unknown differential unit '[${match[2] ?? ''}]' (expected cm³ / Gy, cm³ / cGy, % / Gy or % / cGy)` };
      columns.push({ kind: 'density', unit: volumeUnit, perGy: 1 / toGy });
    } else return { message: `unknown column '${(match[1] ?? '').trim()} [${match[2] ?? ''}]'` };
  }
  if (!columns.some((column) => column.kind === 'dose')) return { message: 'the histogram header has no absolute dose column (Dose [Gy] or Dose [cGy])' };
  if (!columns.some((column) => column.kind === 'volume' || column.kind === 'density')) return { message: 'the histogram header has no volume column' };
  return { columns };
}

interface Block {
  name: string;
  line: number;
  statedVolume?: number;
  columns?: readonly Column[];
  doses: number[];
  values: number[];
  lines: number[];
}

/**
 * Parses a Varian Eclipse text DVH export: a file header (`Patient Name`, `Type : Cumulative Dose Volume Histogram`
 * or `Differential …`), then per structure a block `Structure: NAME`, `Volume [cm³]: V` and statistics lines, a
 * column header (`Dose [Gy|cGy]`, optionally `Relative dose [%]`, and `Ratio of Total Structure Volume [%]`,
 * `Structure Volume [cm³]` or, differential, `dVolume / dDose [cm³ / cGy]`) and whitespace-separated rows.
 * Lines end in LF or CRLF; decimals may use a comma; blank lines anywhere.
 * @param text - the file's text
 * @returns the structures (doses in Gy, cumulative volumes relative to V_0, the stated volume in cm³), or every
 *   issue with its line: a row before any `Structure:` line, a row before the column header, an unknown column or
 *   unit, a row with the wrong number of values or a value that is not a number, and the checks of {@link structureFromRows}
 * @remarks A differential row (D_i, dV/dD_i) is read as the bin [D_i, D_{i+1}) of volume dV/dD_i·(D_{i+1} − D_i),
 *   the last bin as wide as the one before (an assumption: the export does not state its bin edges).
 */
export function parseEclipseDvh(text: string): { readonly structures: readonly DvhStructure[]; readonly issues: readonly DvhIssue[] } {
  const lines = text.split(/\r?\n/);
  const issues: DvhIssue[] = [];
  const blocks: Block[] = [];
  let differentialFile = false;
  let current: Block | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const structure = /^Structure\s*:(.*)$/i.exec(trimmed);
    if (structure !== null) {
      current = { name: (structure[1] ?? '').trim(), line, doses: [], values: [], lines: [] };
      if (current.name === '') issues.push({ line, message: 'a structure header with no name' });
      blocks.push(current);
      return;
    }
    if (/^Type\s*:/i.test(trimmed)) differentialFile = /differential/i.test(trimmed);
    const volume = /^Volume\s*\[(cm³|cm3|cc)\]\s*:(.*)$/i.exec(trimmed);
    if (volume !== null && current !== undefined && current.columns === undefined) {
      const value = parseDvhNumber((volume[2] ?? '').trim(), true);
      if (value > 0 && value < Infinity) current.statedVolume = value;
      return;
    }
    if (/^dose\s*\[/i.test(trimmed) || /^dvolume/i.test(trimmed)) {
      if (current === undefined) {
        issues.push({ line, message: "missing structure header: a histogram before any 'Structure:' line" });
        return;
      }
      const read = readColumns(trimmed);
      if (read.columns === undefined) issues.push({ line, message: `structure '${current.name}': ${read.message ?? 'unreadable column header'}` });
      else current.columns = read.columns;
      return;
    }
    const cells = trimmed.split(/\s+/);
    const numeric = (cell: string): boolean => /^[+-]?[\d.,]/.test(cell);
    // Header and statistics lines (`Min Dose [cGy]: 36.7`) are skipped; under a column header a line that starts with
    // a number is a DVH row, so a row with a word in it (`5000 abc`) is reported below, not skipped as a header.
    const dataRow = cells.every(numeric) || (current?.columns !== undefined && numeric(cells[0] ?? ''));
    if (!dataRow) return;
    if (current === undefined) {
      issues.push({ line, message: "missing structure header: DVH rows before any 'Structure:' line" });
      return;
    }
    const columns = current.columns;
    if (columns === undefined) {
      issues.push({ line, message: `structure '${current.name}': DVH rows before the column header (Dose [Gy] …)` });
      return;
    }
    if (cells.length !== columns.length) {
      issues.push({ line, message: `structure '${current.name}': ${cells.length} values, expected ${columns.length} (one per column)` });
      return;
    }
    const numbers = cells.map((cell) => parseDvhNumber(cell, true));
    const bad = numbers.findIndex((value) => Number.isNaN(value));
    if (bad >= 0) {
      issues.push({ line, message: `structure '${current.name}': '${cells[bad] ?? ''}' is not a number` });
      return;
    }
    columns.forEach((column, columnIndex) => {
      const value = numbers[columnIndex];
      if (column.kind === 'dose') current?.doses.push(value * column.toGy);
      else if (column.kind === 'volume' || column.kind === 'density') current?.values.push(value);
    });
    current.lines.push(line);
  });
  const structures: DvhStructure[] = [];
  for (const block of blocks) {
    const rows = blockRows(block, differentialFile);
    if (rows === undefined) {
      if (block.columns === undefined) issues.push({ line: block.line, message: `structure '${block.name}': no column header (Dose [Gy] …) and no DVH rows` });
      continue;
    }
    const result = structureFromRows(rows);
    for (const issue of result.issues) issues.push(issue);
    if (result.structure !== undefined) structures.push(result.structure);
  }
  if (blocks.length === 0 && issues.length === 0) issues.push({ message: "missing structure header: no 'Structure:' line in the file" });
  return issues.length > 0 ? { structures: [], issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) } : { structures, issues };
}

/** The rows of one block in the common form; a density column becomes bin volumes. */
function blockRows(block: Block, differentialFile: boolean): DvhRows | undefined {
  const volumeColumn = block.columns?.find((column) => column.kind === 'volume' || column.kind === 'density');
  if (volumeColumn === undefined || (volumeColumn.kind !== 'volume' && volumeColumn.kind !== 'density')) return undefined;
  const common = {
    name: block.name,
    line: block.line,
    doses: block.doses,
    lines: block.lines,
    unit: volumeColumn.unit,
    ...(block.statedVolume === undefined ? {} : { statedVolume: block.statedVolume }),
  };
  if (volumeColumn.kind === 'volume' && !differentialFile) return { ...common, kind: 'cumulative', volumes: block.values };
  const count = block.doses.length;
  const width = (index: number): number => {
    const next = block.doses[index + 1];
    const low = block.doses[index];
    return next === undefined ? low - (block.doses[index - 1] ?? Number.NaN) : next - low;
  };
  const perGy = volumeColumn.kind === 'density' ? volumeColumn.perGy : Number.NaN;
  const volumes = volumeColumn.kind === 'density' ? block.values.map((density, index) => density * perGy * width(index)) : block.values;
  if (count < 2) return { ...common, kind: 'differential', volumes }; // refused: no bin width
  return { ...common, kind: 'differential', volumes, topDose: (block.doses[count - 1] ?? Number.NaN) + width(count - 1) };
}
