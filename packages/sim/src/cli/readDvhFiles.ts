import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { DvhFileRead, DvhFiles, DvhSource } from '../scenario/DvhFiles.js';
import { dvhSourceKey } from '../scenario/DvhFiles.js';
import { dvhReferences } from '../scenario/dvhReferences.js';
import { maxDvhFileBytes } from '../dvh/maxDvhFileBytes.js';
import { fileSystemReason } from './fileSystemReason.js';

// A reference names a file or a folder: a missing one is either.
function readProblem(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : fileSystemReason(error);
}

async function readOne(path: string, name: string): Promise<DvhFileRead | { readonly error: string }> {
  const info = await stat(path);
  if (info.size > maxDvhFileBytes) return { error: `${name} is ${info.size} bytes; DVH files are limited to ${maxDvhFileBytes} bytes` };
  const bytes = new Uint8Array(await readFile(path));
  // Loaded on first use: the DICOM reader (dcmjs) is a large module that a scenario without DVH files never needs,
  // and loading it is a visible part of every command's start (docs/performance.md, B7).
  const { parseDvhFile } = await import('../dvh/parseDvhFile.js');
  return { name, parsed: parseDvhFile(bytes, basename(name, extname(name))) };
}

async function readSource(directory: string, kind: 'file' | 'folder', location: string): Promise<DvhSource> {
  const path = resolve(directory, location);
  try {
    const info = await stat(path);
    if (kind === 'file') {
      if (!info.isFile()) return { error: 'not a file' };
      const read = await readOne(path, basename(location));
      return 'error' in read ? read : { files: [read] };
    }
    if (!info.isDirectory()) return { error: 'not a folder' };
    // Sorted by code unit, not locale: the plan a patient draws must not depend on the machine's language.
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const files: DvhFileRead[] = [];
    for (const name of names) {
      const read = await readOne(resolve(path, name), name);
      if ('error' in read) return read;
      files.push(read);
    }
    return { files };
  } catch (error) {
    return { error: `cannot read: ${readProblem(error)}` };
  }
}

/**
 * Reads the DVH files and folders a scenario names (`dvh: { file | folder, structure }`, see dvhReferences),
 * relative to the scenario file's folder, and parses each file (parseDvhFile), so that validation stays pure. A
 * folder's files are its visible regular files, sorted by name (code-unit order). Never throws: what cannot be read
 * is recorded for validation to report at the reference's path.
 * @param value - the scenario as read from YAML or JSON (any value)
 * @param directory - the folder of the scenario file
 * @returns the files per source (see DvhFiles)
 */
export async function readDvhFiles(value: unknown, directory: string): Promise<DvhFiles> {
  const files = new Map<string, DvhSource>();
  for (const reference of dvhReferences(value)) {
    const key = dvhSourceKey(reference.kind === 'file' ? { file: reference.location } : { folder: reference.location });
    if (!files.has(key)) files.set(key, await readSource(directory, reference.kind, reference.location));
  }
  return files;
}
