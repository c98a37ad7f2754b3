import type { DvhIssue } from './DvhIssue.js';
import type { DvhStructure } from './DvhStructure.js';

/** A DVH file's format, detected from its content. */
export type DvhFormat = 'eclipse' | 'csv' | 'dicom';

/** The structures of a DVH file, or every reason it is refused (never part of a file: nothing half-read). */
export type DvhParseResult =
  | { readonly ok: true; readonly format: DvhFormat; readonly structures: readonly DvhStructure[] }
  | { readonly ok: false; readonly format: DvhFormat; readonly issues: readonly DvhIssue[] };
