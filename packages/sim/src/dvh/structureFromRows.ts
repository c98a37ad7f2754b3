import { cumulativeFromDifferential } from '@rtsim/core';
import type { DvhIssue } from './DvhIssue.js';
import type { DvhStructure } from './DvhStructure.js';

/** Curve rows of one structure as read, doses already in Gy, with the line of each row for messages. */
export interface DvhRows {
  readonly name: string;
  /** Line of the structure's header (or its first row), for a structure-wide problem. */
  readonly line?: number;
  readonly kind: 'cumulative' | 'differential';
  /** Doses in Gy: the points of a cumulative curve, or the lower bin edges of a differential one. */
  readonly doses: readonly number[];
  /** Cumulative volumes, or bin volumes, in the file's unit (cm³ or %). */
  readonly volumes: readonly number[];
  /** For a differential curve, the upper edge of the last bin in Gy. */
  readonly topDose?: number;
  readonly lines: readonly (number | undefined)[];
  readonly unit: 'cm3' | 'percent';
  /** The volume the file states for the structure, cm³, if any. */
  readonly statedVolume?: number;
}

/**
 * Checks one structure's rows and converts them to the internal form: cumulative, doses in Gy, volumes as fractions
 * of V_0 (a differential curve is summed by {@link cumulativeFromDifferential}).
 * @param rows - the structure's rows as read
 * @returns the structure, or the issues (each naming its line): no rows, a negative or non-finite volume, doses not
 *   increasing, a cumulative volume that rises with dose, no volume at all
 */
export function structureFromRows(rows: DvhRows): { readonly structure?: DvhStructure; readonly issues: readonly DvhIssue[] } {
  const issues: DvhIssue[] = [];
  const at = (index: number): { line?: number } => {
    const line = rows.lines[index] ?? rows.line;
    return line === undefined ? {} : { line };
  };
  const where = `structure '${rows.name}'`;
  if (rows.doses.length === 0) return { issues: [{ ...at(-1), message: `${where}: no DVH rows` }] };
  if (rows.kind === 'differential' && rows.doses.length < 2 && rows.topDose === undefined) {
    return { issues: [{ ...at(0), message: `${where}: a differential DVH needs at least two rows (the bin width is the dose step)` }] };
  }
  for (let index = 0; index < rows.doses.length; index += 1) {
    const dose = rows.doses[index];
    const volume = rows.volumes[index];
    if (!(dose >= 0 && dose < Infinity)) issues.push({ ...at(index), message: `${where}: dose ${dose} Gy is not a finite number ≥ 0` });
    if (!(volume >= 0 && volume < Infinity)) issues.push({ ...at(index), message: `${where}: volume ${volume} is negative or not finite` });
    if (index === 0) continue;
    const previousDose = rows.doses[index - 1];
    if (!(dose > previousDose)) issues.push({ ...at(index), message: `${where}: dose ${dose} Gy does not increase (previous row ${previousDose} Gy)` });
    const previousVolume = rows.volumes[index - 1];
    if (rows.kind === 'cumulative' && volume > previousVolume) {
      issues.push({ ...at(index), message: `${where}: cumulative volume rises from ${previousVolume} to ${volume}; a cumulative DVH never increases with dose (is the file differential?)` });
    }
  }
  if (issues.length > 0) return { issues };
  const curve = rows.kind === 'cumulative'
    ? { doses: rows.doses, volumes: rows.volumes }
    : cumulativeFromDifferential({ edges: [...rows.doses, rows.topDose ?? Number.NaN], volumes: rows.volumes });
  const total = curve.volumes[0];
  if (!(total > 0 && Number.isFinite(total))) return { issues: [{ ...at(0), message: `${where}: the structure has no volume (every volume is 0)` }] };
  const volume = rows.statedVolume ?? (rows.unit === 'cm3' ? total : undefined);
  return {
    structure: { name: rows.name, volume, cumulative: { doses: curve.doses, volumes: curve.volumes.map((value) => value / total) } },
    issues: [],
  };
}
