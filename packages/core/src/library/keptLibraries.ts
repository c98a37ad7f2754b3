import type { LibraryContent } from './libraryContent.js';
import { libraryContent } from './libraryContent.js';
import type { LibraryRelease } from './libraryRelease.js';
import { libraryRelease } from './libraryRelease.js';

/** The library sections added after 1.0.0 (1.1.0: the local-control, toxicity, metastasis and pathway models). */
export type LaterSection = 'localControl' | 'toxicity' | 'metastasis' | 'pathway';

/** A parameter-library version whose data this build of rtsim carries, so that a scenario pinned to it resolves. */
export interface KeptLibrary {
  /** Its version and the hash results record for it. */
  readonly release: LibraryRelease;
  /**
   * Its data: `sha256:` of the canonical JSON of this is `release.hash`. A section the version did not yet have is
   * absent (the local-control, toxicity, metastasis and pathway values, added in 1.1.0).
   */
  readonly content: Omit<LibraryContent, LaterSection> & Partial<Pick<LibraryContent, LaterSection>>;
}

// Library 1.0.0 (rtsim 0.2.0) is 1.1.0 without the local-control, toxicity, metastasis and pathway sections: 1.1.0 added those and changed
// nothing else, so 1.0.0's data is the current subtypes, surgery and defaults. test/core/libraryRelease.test.ts
// checks the stored hash against them: a later change of any of them fails it until 1.0.0 keeps a copy of its own.
const library100: KeptLibrary = Object.freeze({
  release: Object.freeze({ version: '1.0.0', hash: 'sha256:ba2eada4626fce404c045619f0ab2c23749ea849e914cac24efa995db8ad8ffa' }),
  content: Object.freeze({ subtypes: libraryContent.subtypes, surgery: libraryContent.surgery, defaults: libraryContent.defaults }),
});

/**
 * Every parameter-library version this build carries, oldest first, the last being {@link libraryRelease} with
 * {@link libraryContent}. A scenario may pin any of them; results of a pinned scenario record the pinned version
 * (docs/reproducibility.md, "Older library data stays in the package").
 */
export const keptLibraries: readonly KeptLibrary[] = Object.freeze([library100, Object.freeze({ release: libraryRelease, content: libraryContent })]);
