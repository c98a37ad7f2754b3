import type { DvhParseResult } from './DvhParseResult.js';
import { parseDicomDvh } from './parseDicomDvh.js';
import { parseDvhCsv } from './parseDvhCsv.js';
import { parseEclipseDvh } from './parseEclipseDvh.js';

/** A DICOM Part 10 file: `DICM` after the 128-byte preamble (PS3.10 §7.1). */
function isDicom(bytes: Uint8Array): boolean {
  return bytes.length >= 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d;
}

/** An Eclipse export: a `Structure:` line or one of its histogram column titles. */
function isEclipse(text: string): boolean {
  return /^\s*Structure\s*:/im.test(text) || /Ratio of Total Structure Volume|dVolume\s*\/\s*dDose|^\s*Patient Name\s*:/im.test(text);
}

/**
 * Reads a DVH file of any supported format, detected from its content: DICOM RT Dose (the `DICM` marker), the Varian
 * Eclipse text export (a `Structure:` line or an Eclipse column title), else a generic CSV.
 * @param bytes - the file's bytes
 * @param defaultName - a structure's name when the file gives none (a CSV without a structure column): the file's stem
 * @returns every structure, or every issue (with its line for text files); never part of a file
 */
export function parseDvhFile(bytes: Uint8Array, defaultName: string): DvhParseResult {
  if (isDicom(bytes)) return withFormat('dicom', parseDicomDvh(bytes));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, format: 'csv', issues: [{ message: 'neither DICOM nor UTF-8 text' }] };
  }
  return isEclipse(text) ? withFormat('eclipse', parseEclipseDvh(text)) : withFormat('csv', parseDvhCsv(text, defaultName));
}

function withFormat(format: 'eclipse' | 'csv' | 'dicom', result: ReturnType<typeof parseDicomDvh>): DvhParseResult {
  return result.issues.length > 0 ? { ok: false, format, issues: result.issues } : { ok: true, format, structures: result.structures };
}
