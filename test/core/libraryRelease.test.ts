// The parameter library's recorded hash is the SHA-256 of its content, computed here independently of core (which
// stores it, having no hash function). A change of any library value, unit or citation fails this test until the
// library version goes up, the new hash is stored, and CHANGELOG.md says what changed (docs/reproducibility.md).
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { keptLibraries, libraryContent, libraryRelease, localControlDefaults, metastasisDefaults, pathwayDefaults, toxicityDefaults, subtypeIds, subtypeLibrary, surgeryDefaults } from '@rtsim/core';
import { readFileSync } from 'node:fs';
import { canonicalJson, modelVersion } from '@rtsim/sim';

describe('libraryRelease', () => {
  test('hash is sha256 of the canonical JSON of libraryContent (bump the version and store the new hash when this fails)', () => {
    const digest = createHash('sha256').update(canonicalJson(libraryContent), 'utf8').digest('hex');
    expect(libraryRelease.hash, `the library changed: new hash sha256:${digest}`).toBe(`sha256:${digest}`);
  });

  test('version is MAJOR.MINOR.PATCH', () => {
    expect(libraryRelease.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('libraryContent holds every subtype and the surgery defaults that scenarios read', () => {
    expect(Object.keys(libraryContent.subtypes).sort()).toEqual([...subtypeIds].sort());
    expect(libraryContent.subtypes.sts).toBe(subtypeLibrary.sts);
    expect(libraryContent.surgery).toBe(surgeryDefaults);
  });

  test('libraryContent holds the local-control model\'s defaults, which arms with localControl: residual-disease read', () => {
    expect(libraryContent.localControl).toBe(localControlDefaults);
  });

  test('a changed value changes the hash (the hash covers the values, not only the keys)', () => {
    const changed = { ...libraryContent, surgery: { residualFraction: { ...surgeryDefaults.residualFraction, R2: { ...surgeryDefaults.residualFraction.R2, unit: 'other' } } } };
    const digest = createHash('sha256').update(canonicalJson(changed), 'utf8').digest('hex');
    expect(`sha256:${digest}`).not.toBe(libraryRelease.hash);
  });
});

describe('keptLibraries', () => {
  const sha256 = (value: unknown): string => `sha256:${createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex')}`;

  test('each kept version\'s stored hash is sha256 of the canonical JSON of its content', () => {
    for (const kept of keptLibraries) expect(kept.release.hash, kept.release.version).toBe(sha256(kept.content));
  });

  test('1.0.0 is kept with the hash rtsim 0.2.0 recorded (CHANGELOG.md, test/fixtures/release/0.2.0)', () => {
    const kept = keptLibraries.find((library) => library.release.version === '1.0.0');
    expect(kept?.release.hash).toBe('sha256:ba2eada4626fce404c045619f0ab2c23749ea849e914cac24efa995db8ad8ffa');
  });

  test('the last kept version is this build\'s libraryRelease with libraryContent', () => {
    expect(keptLibraries.at(-1)?.release).toBe(libraryRelease);
    expect(keptLibraries.at(-1)?.content).toBe(libraryContent);
  });

  test('1.1.0 only adds the local-control, toxicity, metastasis and pathway sections to 1.0.0 (a minor version: no value 1.0.0 has changed)', () => {
    const [first, second] = keptLibraries;
    expect([first?.release.version, second?.release.version]).toEqual(['1.0.0', '1.1.0']);
    const { localControl, toxicity, metastasis, pathway, ...rest } = libraryContent;
    expect(pathway).toBe(pathwayDefaults);
    expect(localControl).toBe(localControlDefaults);
    expect(toxicity).toBe(toxicityDefaults);
    expect(metastasis).toBe(metastasisDefaults);
    expect(sha256(rest)).toBe(first?.release.hash);
    expect(first?.content.localControl).toBeUndefined();
    expect(first?.content.toxicity).toBeUndefined();
    expect(first?.content.metastasis).toBeUndefined();
    expect(first?.content.pathway).toBeUndefined();
  });
});

describe('docs/reproducibility.md', () => {
  test('its sample results.json header and methods sentence name the model and library this rtsim computes with', () => {
    const doc = readFileSync(new URL('../../docs/reproducibility.md', import.meta.url), 'utf8');
    expect(doc).toContain(`"library": { "version": "${libraryRelease.version}", "hash": "${libraryRelease.hash}" },\n  "model": ${modelVersion}`);
    expect(doc).toContain(`(model ${modelVersion}, sarcoma parameter\nlibrary ${libraryRelease.version}, ${libraryRelease.hash.slice(0, 15)}…;`);
  });
});
