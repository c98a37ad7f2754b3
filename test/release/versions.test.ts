// One version for the three packages, and the release files that carry it: CHANGELOG.md (with the model and
// library versions of the release, or of the next one in an "Unreleased" entry at the top), CITATION.cff (Citation
// File Format 1.2.0, for the released version) and LICENSE.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keptLibraries, libraryRelease } from '@rtsim/core';
import { modelVersion, versionHistory } from '@rtsim/sim';
import { readScenarioText } from '../../packages/sim/src/scenario/readScenarioText.js';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = (name: string): { version: string; license?: string; private?: boolean } => JSON.parse(read(`packages/${name}/package.json`));
const version = manifest('sim').version;
const changelog = read('CHANGELOG.md');
/** The first entry of the changelog: its heading and first line. */
const first = /^## (.+)\n\n(.*)$/m.exec(changelog);
/** Whether the changelog starts with changes not yet released (they name the model and library of the next release). */
const unreleased = first?.[1] === 'Unreleased';
/** Whether MAJOR.MINOR.PATCH version `a` is later than `b`. */
const later = (a: string, b: string): boolean => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  const index = [0, 1, 2].find((i) => x[i] !== y[i]);
  return index !== undefined && (x[index] ?? 0) > (y[index] ?? 0);
};

describe('package versions', () => {
  it('core, sim and the viewer share one MAJOR.MINOR.PATCH version', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect([manifest('core').version, manifest('viz').version]).toEqual([version, version]);
  });

  it('the published packages are MIT, as LICENSE says', () => {
    expect([manifest('core').license, manifest('sim').license]).toEqual(['MIT', 'MIT']);
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });

  it('versionHistory names a release for this model and library pair: this version, or a later one while unreleased', () => {
    const entry = versionHistory.find((release) => release.model === modelVersion && release.library === libraryRelease.version);
    expect(entry, `add { rtsim: '${version}', model: ${modelVersion}, library: '${libraryRelease.version}' } to versionHistory`).toBeDefined();
    if (unreleased) expect(later(entry?.rtsim ?? '', version), `${entry?.rtsim} is the next release, after ${version}`).toBe(true);
    else expect(entry?.rtsim).toBe(version);
  });
});

describe('CHANGELOG.md', () => {
  const latest = /^## (\S+) — (\d{4}-\d{2}-\d{2})\n\n(.*)$/m.exec(changelog);

  it('has this version as its latest release', () => {
    expect(latest?.[1]).toBe(version);
  });

  it('starts with this version, or with the Unreleased changes of the next release', () => {
    expect(first?.[1]).toBe(unreleased ? 'Unreleased' : `${version} — ${latest?.[2]}`);
  });

  it('whose first line names this model version and this parameter library with its hash', () => {
    expect(first?.[2]).toBe(`Model ${modelVersion} · parameter library ${libraryRelease.version} (\`${libraryRelease.hash}\`) ·`);
  });
});

describe('CITATION.cff', () => {
  const parsed = readScenarioText(read('CITATION.cff'), 'CITATION.cff');
  if (!parsed.ok) throw new Error('CITATION.cff is not YAML');
  const cff = parsed.value as Record<string, unknown>;
  // Keys and required keys of the CFF 1.2.0 schema (https://citation-file-format.github.io/1.2.0/schema.json).
  const topLevelKeys = [
    'abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords', 'license',
    'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact', 'repository-code', 'title',
    'type', 'url', 'version',
  ];

  it('has the required keys of CFF 1.2.0 and no others than the schema allows', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['authors', 'message', 'title']) expect(cff[key], key).toBeTruthy();
    expect(Object.keys(cff).filter((key) => !topLevelKeys.includes(key))).toEqual([]);
    expect(['software', 'dataset']).toContain(cff['type']);
  });

  it('names this version, a YYYY-MM-DD release date that is the changelog\'s, and the MIT licence', () => {
    expect(cff['version']).toBe(version);
    expect(cff['date-released']).toBe(/^## \S+ — (\d{4}-\d{2}-\d{2})$/m.exec(read('CHANGELOG.md'))?.[1]);
    expect(cff['license']).toBe('MIT');
  });

  it('authors are entities with a name (no persons invented), every reference has authors, title and a CFF type', () => {
    for (const author of cff['authors'] as Record<string, unknown>[]) expect(typeof author['name']).toBe('string');
    for (const reference of cff['references'] as Record<string, unknown>[]) {
      expect((reference['authors'] as unknown[]).length).toBeGreaterThan(0);
      expect(typeof reference['title']).toBe('string');
      expect(['data', 'database', 'software']).toContain(reference['type']);
    }
  });

  it('cites the parameter library of the release it names, with that library\'s version and hash', () => {
    const library = (cff['references'] as Record<string, unknown>[]).find((reference) => reference['title'] === 'rtsim sarcoma parameter library');
    const released = versionHistory.find((release) => release.rtsim === version)?.library;
    const kept = keptLibraries.find((entry) => entry.release.version === released);
    expect(kept, `library ${released} of release ${version} is kept`).toBeDefined();
    expect(library?.['version']).toBe(kept?.release.version);
    expect(String(library?.['notes']).replace(/\s+/g, ' ')).toContain(kept?.release.hash);
  });
});
