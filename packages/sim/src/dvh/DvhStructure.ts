import type { CumulativeDvh } from '@rtsim/core';

/** One structure (target or organ) read from a DVH file, in the one internal form every format converts to. */
export interface DvhStructure {
  /** The structure's name as the file gives it (Eclipse `Structure:`, a CSV structure column, a DICOM ROI name). */
  readonly name: string;
  /** The structure's volume in cm³: the file's stated volume, else the curve's own total; undefined when the file gives only relative volumes. */
  readonly volume: number | undefined;
  /** Cumulative DVH: doses in Gy, volumes as fractions of the structure (V_0 = 1). */
  readonly cumulative: CumulativeDvh;
}
