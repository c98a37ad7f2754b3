import { differentialFromCumulative, doseVolumeBinsFromDifferential } from '@rtsim/core';
import type * as DvhReader from '@rtsim/sim/dvh';
import type { DvhFormat } from '@rtsim/sim/dvh';
import type { LoadedStructure } from './dvhPanelViews.js';

/** A DVH file as the panel reads it: its structures, or every problem as a line-named message. */
export type DvhLoad =
  | { readonly ok: true; readonly fileName: string; readonly format: DvhFormat; readonly structures: readonly LoadedStructure[] }
  | { readonly ok: false; readonly fileName: string; readonly messages: readonly string[] };

/**
 * DVH files above this size, bytes, are refused before reading: the limit of `rtsim dvh` (maxDvhFileBytes of
 * @rtsim/sim/dvh, held equal by test/viz/dvhPanel.test.ts). Written out here because the page loads that entry,
 * with its DICOM reader, only once a file is opened.
 */
export const maxDvhPageBytes: number = 256 * 1024 * 1024;

/**
 * Reads a DVH file in the page with @rtsim/sim/dvh (loaded on first use, a chunk of its own: the DICOM reader
 * brings dcmjs, a large library): the format is detected from the content (Eclipse text, CSV, DICOM RT Dose), each structure gets the
 * metrics `rtsim dvh` prints and the bins the cohort engine scores (midpoint doses, relative volumes).
 * @param fileName - the file's name (a CSV without a structure column names its one structure after the stem)
 * @param bytes - the file's bytes
 * @returns (a promise of) the structures, or the parser's messages, each `line N: …` where the file has lines
 */
export async function loadDvhFile(fileName: string, bytes: Uint8Array): Promise<DvhLoad> {
  let reader: typeof DvhReader;
  try {
    reader = await import('@rtsim/sim/dvh');
  } catch (error) {
    return { ok: false, fileName, messages: [`the DVH reader could not be loaded (${error instanceof Error ? error.message : String(error)}): reload the page and try again`] };
  }
  const parsed = reader.parseDvhFile(bytes, fileName.replace(/\.[^.]*$/, ''));
  if (!parsed.ok) {
    return { ok: false, fileName, messages: parsed.issues.map((issue) => (issue.line === undefined ? issue.message : `line ${issue.line}: ${issue.message}`)) };
  }
  const structures = parsed.structures.map((structure): LoadedStructure => {
    const metrics = reader.dvhMetrics(structure);
    return {
      name: structure.name,
      volume: structure.volume,
      mean: metrics.mean,
      d95: metrics.d95,
      d50: metrics.d50,
      d2: metrics.d2,
      bins: doseVolumeBinsFromDifferential(differentialFromCumulative(structure.cumulative)),
    };
  });
  return { ok: true, fileName, format: parsed.format, structures };
}
