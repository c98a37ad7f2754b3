import {
  defaultClonogenDensity,
  defaultDetectionVolume,
  defaultHypoxicFraction,
  defaultOer,
  defaultRepairHalfTimeHours,
  sarcomaHypoxicFraction,
} from './defaultParameters.js';
import type { LibraryParameter } from './LibraryParameter.js';
import type { LocalControlDefaults } from './localControlDefaults.js';
import { localControlDefaults } from './localControlDefaults.js';
import type { SubtypeEntry, SubtypeId } from './SubtypeEntry.js';
import { subtypeLibrary } from './subtypeLibrary.js';
import type { SurgeryDefaults } from './surgeryDefaults.js';
import { surgeryDefaults } from './surgeryDefaults.js';
import type { MetastasisDefaults } from './metastasisDefaults.js';
import { metastasisDefaults } from './metastasisDefaults.js';
import type { PathwayDefaults } from './pathwayDefaults.js';
import { pathwayDefaults } from './pathwayDefaults.js';
import type { ToxicityDefaults } from './toxicityDefaults.js';
import { toxicityDefaults } from './toxicityDefaults.js';

/** Everything the parameter library holds: what a scenario can read from it, with every value's evidence. */
export interface LibraryContent {
  readonly subtypes: Readonly<Record<SubtypeId, SubtypeEntry>>;
  readonly surgery: SurgeryDefaults;
  readonly defaults: {
    readonly clonogenDensity: LibraryParameter;
    readonly detectionVolume: LibraryParameter;
    readonly hypoxicFraction: LibraryParameter;
    readonly oer: LibraryParameter;
    readonly repairHalfTimeHours: LibraryParameter;
    readonly sarcomaHypoxicFraction: LibraryParameter;
  };
  /** The local-control model's values (docs/local-control-model.md), read by arms with `localControl: residual-disease`; added in library 1.1.0. */
  readonly localControl: LocalControlDefaults;
  /** The toxicity models' values (docs/toxicity-model.md), read by a scenario's `complications`; added in library 1.1.0 too. */
  readonly toxicity: ToxicityDefaults;
  /** The metastasis model's values (docs/metastasis-model.md), read by a scenario's `metastasis`; added in library 1.1.0 too. */
  readonly metastasis: MetastasisDefaults;
  /** The diagnostic-pathway model's values (docs/pathway-model.md), read by a scenario's or an arm's `pathway`; added in library 1.1.0 too. */
  readonly pathway: PathwayDefaults;
}

/**
 * The parameter library as one plain-data value: the subtypes, the surgery defaults, the cohort-level
 * defaults, the local-control, toxicity, metastasis and pathway models' values, with their units and evidence. Its canonical JSON (sorted keys, no whitespace) is what
 * {@link libraryRelease}'s `hash` is the SHA-256 of, so any change of a value, a unit or a citation changes the hash.
 */
export const libraryContent: LibraryContent = Object.freeze({
  subtypes: subtypeLibrary,
  surgery: surgeryDefaults,
  defaults: Object.freeze({
    clonogenDensity: defaultClonogenDensity,
    detectionVolume: defaultDetectionVolume,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
    sarcomaHypoxicFraction,
  }),
  localControl: localControlDefaults,
  toxicity: toxicityDefaults,
  metastasis: metastasisDefaults,
  pathway: pathwayDefaults,
});
