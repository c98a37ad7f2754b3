/** A released version of the parameter library and the fingerprint of its content. */
export interface LibraryRelease {
  /**
   * Semantic version of the library data: major when a value a scenario can read changes (its results change),
   * minor when subtypes or parameters are added (existing results unchanged), patch when only evidence text
   * (citations, notes) changes.
   */
  readonly version: string;
  /** `sha256:` + hex SHA-256 of the canonical JSON (sorted keys, no whitespace, UTF-8) of {@link libraryContent}. */
  readonly hash: string;
}

/**
 * The parameter library this build of rtsim carries. Results record it, and a scenario may pin it
 * (docs/reproducibility.md). The hash is stored rather than computed, so core stays free of a hash function;
 * test/core/libraryRelease.test.ts recomputes it and fails when the data changed without a new version.
 */
export const libraryRelease: LibraryRelease = Object.freeze({
  version: '1.1.0',
  hash: 'sha256:564af323ef6610cb978e8c2098fadffa66ad2736b63229225fc2eb13c8799a7c',
});
