/** The model and parameter-library versions an rtsim release computes with. */
export interface ReleaseVersions {
  /** Version of @rtsim/sim (and of core and the command line, released together). */
  readonly rtsim: string;
  /** `modelVersion` of that release. */
  readonly model: number;
  /** Version of the parameter library it carries (`libraryRelease.version`). */
  readonly library: string;
}

/**
 * Every release that introduced a new model or parameter-library version, oldest first. A scenario pinned to a
 * pair this rtsim no longer computes is refused with the release to install from here. Add a row when either
 * version changes (test/release/versions.test.ts checks that the current pair has one).
 */
export const versionHistory: readonly ReleaseVersions[] = Object.freeze([
  { rtsim: '0.2.0', model: 1, library: '1.0.0' },
  // The next release (CHANGELOG.md, "Unreleased"): library 1.1.0 adds the local-control model's values, and model 2
  // draws every random number from Philox 4×32-10 streams (docs/determinism.md), which changes every result once.
  { rtsim: '0.3.0', model: 2, library: '1.1.0' },
]);
