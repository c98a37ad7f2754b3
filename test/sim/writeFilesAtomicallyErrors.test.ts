import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkOutputDirectory } from '../../packages/sim/src/cli/checkOutputDirectory.js';
import { writeFilesAtomically } from '../../packages/sim/src/cli/writeFilesAtomically.js';

// File system failures that cannot be produced for real everywhere (a read-only mount needs root and a privileged
// container; a rename that fails half-way through a set needs a fault), injected into node:fs for paths that contain
// a marker word; every other path uses the real file system.
const { failing, renameFails } = vi.hoisted(() => {
  const failing = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: injected`), { code });
  let renames = 0;
  // The third file of a set under "rename-fails" cannot be renamed into place (whether renamed in sync or not).
  const renameFails = (from: string, to: string): boolean => to.includes('rename-fails') && !from.includes('/old/') && ++renames % 3 === 0;
  return { failing, renameFails };
});
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return {
    ...actual,
    renameSync: (from: string, to: string): void => {
      if (renameFails(from, to)) throw failing('EIO');
      actual.renameSync(from, to);
    },
  };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    rename: (from: string, to: string): Promise<void> => (renameFails(from, to) ? Promise.reject(failing('EIO')) : actual.rename(from, to)),
    mkdir: (path: string, options?: fs.MakeDirectoryOptions): Promise<string | undefined> =>
      String(path).includes('read-only') ? Promise.reject(failing('EROFS')) : actual.mkdir(path, options),
  };
});

const directory = mkdtempSync(join(tmpdir(), 'rtsim-write-errors-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const set = (text: string): { name: string; content: string }[] => ['results.json', 'arms.csv', 'report.html'].map((name) => ({ name, content: `${text} ${name}` }));

describe('writeFilesAtomically(directory, files) when the file system fails', () => {
  it('a failed third rename puts the first two earlier files back: the directory holds the complete earlier set', async () => {
    const out = join(directory, 'rename-fails');
    fs.mkdirSync(out);
    for (const file of set('old')) writeFileSync(join(out, file.name), file.content);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    await expect(writeFilesAtomically(out, set('new'))).rejects.toThrow(/^report\.html: injected \(EIO\)$/);
    expect(readdirSync(out).sort()).toEqual(['arms.csv', 'notes.txt', 'report.html', 'results.json']);
    for (const file of set('old')) expect(readFileSync(join(out, file.name), 'utf8')).toBe(file.content);
  });

  it('a failed third rename into a directory without an earlier set removes the two new files', async () => {
    const out = join(directory, 'rename-fails-empty');
    fs.mkdirSync(out);
    await expect(writeFilesAtomically(out, set('new'))).rejects.toThrow(/EIO/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a read-only file system is reported as such, with its code, and nothing is left', async () => {
    const out = join(directory, 'read-only', 'out');
    await expect(writeFilesAtomically(out, set('new'))).rejects.toMatchObject({ code: 'EROFS', message: 'read-only file system' });
    expect(readdirSync(directory).filter((name) => name.startsWith('read-only') || name.startsWith('.'))).toEqual([]);
    fs.mkdirSync(join(directory, 'is-read-only'));
    await expect(checkOutputDirectory('run', join(directory, 'is-read-only', 'out'))).rejects.toThrow(/^rtsim run: cannot write to .*: cannot create it in .*: read-only file system$/);
  });
});
