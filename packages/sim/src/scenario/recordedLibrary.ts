import type { LibraryRelease } from '@rtsim/core';
import { keptLibraries, libraryRelease } from '@rtsim/core';
import type { ResolvedScenario } from './ResolvedScenario.js';

/**
 * The parameter library results of a scenario record (results.json `rtsim.library`, shard files' `library`): the
 * older library its pin named and it was resolved against (`scenario.library`), else this rtsim's {@link libraryRelease}.
 * @param scenario - a resolved scenario
 * @returns the library's version and content hash
 * @throws Error when `scenario.library` names a version this rtsim does not carry (a resolved scenario built by
 * hand; resolveScenario never makes one)
 */
export function recordedLibrary(scenario: ResolvedScenario): LibraryRelease {
  if (scenario.library === undefined) return libraryRelease;
  const kept = keptLibraries.find((library) => library.release.version === scenario.library);
  if (kept === undefined) {
    const versions = keptLibraries.map((library) => library.release.version).join(', ');
    throw new Error(`scenario.library: parameter library ${scenario.library} is not carried by this rtsim (it carries ${versions})`);
  }
  return kept.release;
}
