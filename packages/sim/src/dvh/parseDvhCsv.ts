import type { DvhIssue } from './DvhIssue.js';
import type { DvhStructure } from './DvhStructure.js';
import { structureFromRows, type DvhRows } from './structureFromRows.js';
import { parseDvhNumber } from './parseDvhNumber.js';

type Role =
  | { readonly kind: 'dose'; readonly toGy: number }
  | { readonly kind: 'volume'; readonly unit: 'cm3' | 'percent'; readonly differential: boolean }
  | { readonly kind: 'structure' }
  | { readonly kind: 'ignored' };

/** The unit of a header cell: `dose_Gy`, `Dose (cGy)`, `Dose [Gy]`, `volume_cm3`, `Volume (%)`. */
function headerUnit(cell: string): string {
  const bracketed = /[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(cell);
  if (bracketed !== null) return (bracketed[1] ?? '').toLowerCase();
  const suffix = /[_\s-]([a-z%³0-9]+)$/i.exec(cell);
  return (suffix?.[1] ?? '').toLowerCase();
}

function headerRole(cell: string): { readonly role?: Role; readonly message?: string } {
  const name = cell.toLowerCase();
  if (/^(structure|roi|name)\b/.test(name)) return { role: { kind: 'structure' } };
  const unit = headerUnit(cell);
  if (/^dose\b|^dose_/.test(name)) {
    if (unit === 'gy') return { role: { kind: 'dose', toGy: 1 } };
    if (unit === 'cgy') return { role: { kind: 'dose', toGy: 0.01 } };
    if (unit === '%') return { role: { kind: 'ignored' } }; // relative dose beside the absolute one
    return { message: `column '${cell}': unknown dose unit '${unit}' (write the unit in the header: dose_Gy, Dose (cGy), Dose [Gy])` };
  }
  if (/volume/.test(name)) {
    const differential = /diff|bin/.test(name);
    if (unit === 'cm3' || unit === 'cm³' || unit === 'cc') return { role: { kind: 'volume', unit: 'cm3', differential } };
    if (unit === '%' || unit === 'percent' || unit === 'pct') return { role: { kind: 'volume', unit: 'percent', differential } };
    return { message: `column '${cell}': unknown volume unit '${unit}' (write the unit in the header: volume_cm3, Volume (%), Volume [cm³])` };
  }
  return { role: { kind: 'ignored' } };
}

/**
 * Parses a generic CSV DVH: a header row naming a dose column with its unit (`dose_Gy`, `Dose (cGy)`, `Dose [Gy]`),
 * a volume column with its unit (`volume_cm3`, `Volume (%)`; a name containing `diff` or `bin` makes the curve
 * differential), an optional `structure` column (several structures, rows grouped by name, in file order) and any
 * other columns (ignored). Separator `,`, or `;` with decimal commas (`0,95`); LF or CRLF; `#` comment and blank
 * lines skipped.
 * @param text - the file's text
 * @param defaultName - the structure's name when there is no structure column (the file's stem)
 * @returns the structures (doses in Gy, cumulative volumes relative to V_0), or every issue with its line
 * @remarks A differential row (D_i, V_i) is the bin [D_i, D_{i+1}) of volume V_i, the last bin as wide as the one
 *   before (an assumption, as for the Eclipse export).
 */
export function parseDvhCsv(text: string, defaultName: string): { readonly structures: readonly DvhStructure[]; readonly issues: readonly DvhIssue[] } {
  const lines = text.split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  if (headerIndex < 0) return { structures: [], issues: [{ message: 'the file is empty: expected a header row such as dose_Gy,volume_cm3' }] };
  const headerText = lines[headerIndex];
  const separator = headerText.includes(';') ? ';' : headerText.includes('\t') ? '\t' : ',';
  const decimalComma = separator !== ',';
  const header = headerText.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
  const issues: DvhIssue[] = [];
  const roles: Role[] = [];
  for (const cell of header) {
    const read = headerRole(cell);
    if (read.role === undefined) issues.push({ line: headerIndex + 1, message: read.message ?? `column '${cell}' not understood` });
    else roles.push(read.role);
  }
  if (issues.length > 0) return { structures: [], issues };
  const doseColumn = roles.findIndex((role) => role.kind === 'dose');
  const volumeColumn = roles.findIndex((role) => role.kind === 'volume');
  const structureColumn = roles.findIndex((role) => role.kind === 'structure');
  if (doseColumn < 0 || volumeColumn < 0) {
    return { structures: [], issues: [{ line: headerIndex + 1, message: `the header needs a dose column and a volume column with units (e.g. dose_Gy,volume_cm3), got '${headerText.trim()}'` }] };
  }
  const dose = roles[doseColumn] as Extract<Role, { kind: 'dose' }>;
  const volume = roles[volumeColumn] as Extract<Role, { kind: 'volume' }>;
  const groups = new Map<string, { doses: number[]; volumes: number[]; lines: number[] }>();
  for (let index = headerIndex + 1; index < lines.length; index += 1) {
    const trimmed = (lines[index]).trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const line = index + 1;
    const cells = trimmed.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (cells.length !== header.length) {
      issues.push({ line, message: `${cells.length} values, expected ${header.length} (one per header column${decimalComma ? '' : '; a decimal comma needs the ; separator'})` });
      continue;
    }
    const doseValue = parseDvhNumber(cells[doseColumn], decimalComma);
    const volumeValue = parseDvhNumber(cells[volumeColumn], decimalComma);
    if (Number.isNaN(doseValue) || Number.isNaN(volumeValue)) {
      issues.push({ line, message: `'${Number.isNaN(doseValue) ? (cells[doseColumn] ?? '') : (cells[volumeColumn] ?? '')}' is not a number` });
      continue;
    }
    const name = structureColumn < 0 ? defaultName : (cells[structureColumn]);
    if (name === '') {
      issues.push({ line, message: 'missing structure name in the structure column' });
      continue;
    }
    const group = groups.get(name) ?? { doses: [], volumes: [], lines: [] };
    groups.set(name, group);
    group.doses.push(doseValue * dose.toGy);
    group.volumes.push(volumeValue);
    group.lines.push(line);
  }
  if (issues.length === 0 && groups.size === 0) issues.push({ line: headerIndex + 1, message: 'no DVH rows after the header' });
  const structures: DvhStructure[] = [];
  for (const [name, group] of groups) {
    const result = structureFromRows(csvRows(name, group, volume));
    for (const issue of result.issues) issues.push(issue);
    if (result.structure !== undefined) structures.push(result.structure);
  }
  return issues.length > 0 ? { structures: [], issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) } : { structures, issues };
}

function csvRows(name: string, group: { doses: number[]; volumes: number[]; lines: number[] }, volume: Extract<Role, { kind: 'volume' }>): DvhRows {
  const common = { name, doses: group.doses, volumes: group.volumes, lines: group.lines, unit: volume.unit, ...(group.lines[0] === undefined ? {} : { line: group.lines[0] }) };
  if (!volume.differential) return { ...common, kind: 'cumulative' };
  const count = group.doses.length;
  if (count < 2) return { ...common, kind: 'differential' }; // refused: no bin width
  const last = group.doses[count - 1] ?? Number.NaN;
  return { ...common, kind: 'differential', topDose: last + (last - (group.doses[count - 2] ?? Number.NaN)) };
}
