/**
 * Version of the outcome model: the engine, its random streams and the statistics it reports. It goes up by one
 * whenever the results of some fixed scenario, seed and patient count change (the parameter library has its own
 * version, `libraryRelease` of @rtsim/core). Results record it, and a scenario's `pin` names it
 * (docs/reproducibility.md). test/release/releaseFixture.test.ts holds it to the stored results of this release:
 * an engine change that alters them fails there until this number goes up and CHANGELOG.md says why.
 */
export const modelVersion: number = 2;
