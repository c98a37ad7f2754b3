import type { DvhParseResult } from '../dvh/DvhParseResult.js';
import type { DoseVolumeBin } from './ResolvedScenario.js';

/** One DVH file as the caller read and parsed it (parseDvhFile): its name, for sorting and messages, and the result. */
export interface DvhFileRead {
  readonly name: string;
  readonly parsed: DvhParseResult;
}

/**
 * What one `file` or `folder` of a scenario's `dvh:` gave: its files (a folder's sorted by name), or why none, or the
 * plans already resolved per structure name (a shard file's embedded scenario, whose DVH files are not at hand).
 */
export type DvhSource =
  | { readonly files: readonly DvhFileRead[] }
  | { readonly error: string }
  | { readonly plans: ReadonlyMap<string, readonly (readonly DoseVolumeBin[])[]> };

/**
 * The DVH files a scenario names, read by the caller before validation (the command line's readDvhFiles), keyed by
 * {@link dvhSourceKey}. Validation is pure: it never reads a file itself, so a browser or a test can supply these.
 */
export type DvhFiles = ReadonlyMap<string, DvhSource>;

/**
 * The key of a `dvh:` reference's source in {@link DvhFiles}: `file:<path>` or `folder:<path>`, the path as written.
 * @param reference - a reference with file or folder
 */
export function dvhSourceKey(reference: { readonly file?: string; readonly folder?: string }): string {
  return reference.file !== undefined ? `file:${reference.file}` : `folder:${reference.folder ?? ''}`;
}
