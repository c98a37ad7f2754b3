// The parameter library's recorded hash is the SHA-256 of its content, computed here independently of core (which
// stores it, having no hash function). A change of any library value, unit or citation fails this test until the
// library version goes up, the new hash is stored, and CHANGELOG.md says what changed (docs/reproducibility.md).
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { libraryContent, libraryRelease, subtypeIds, subtypeLibrary, surgeryDefaults } from '@rtsim/core';
import { canonicalJson } from '@rtsim/sim';

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

  test('a changed value changes the hash (the hash covers the values, not only the keys)', () => {
    const changed = { ...libraryContent, surgery: { residualFraction: { ...surgeryDefaults.residualFraction, R2: { ...surgeryDefaults.residualFraction.R2, unit: 'other' } } } };
    const digest = createHash('sha256').update(canonicalJson(changed), 'utf8').digest('hex');
    expect(`sha256:${digest}`).not.toBe(libraryRelease.hash);
  });
});
