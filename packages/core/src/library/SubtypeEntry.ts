import type { LibraryParameter } from './LibraryParameter.js';

/** Identifier of a sarcoma subtype in the parameter library. */
export type SubtypeId =
  | 'sts'
  | 'myxoid-liposarcoma'
  | 'undifferentiated-pleomorphic-sarcoma'
  | 'leiomyosarcoma'
  | 'synovial-sarcoma'
  | 'dedifferentiated-liposarcoma'
  | 'myxofibrosarcoma'
  | 'mpnst'
  | 'rhabdomyosarcoma'
  | 'ewing-sarcoma';

/**
 * The radiobiological parameters of one subtype, named as in the model contract (models.md):
 * - `alpha` [1/Gy]: LQ α, a population distribution (its SD is the σα of population TCP);
 * - `alphaBeta` [Gy]: α/β, which ties β to α;
 * - `doublingTime` [d]: effective clonogen doubling time during and after treatment (T_d);
 * - `kickoffTime` [d]: onset of accelerated repopulation (T_k);
 * - `clonogenDensity` [per cm³];
 * - `hypoxicFraction` [fraction of clonogens, 0–1] and `oer` [dimensionless];
 * - `repairHalfTimeHours` [h]: sublethal-damage repair half-time;
 * - `rsi` [dimensionless, SF2 per Scott et al.]: only where a verified subtype distribution exists;
 * - `antigenPositiveFraction` [fraction of patients]: only where a verified prevalence exists; the antigen
 *   is named in the unit and in {@link SubtypeEntry.antigens}.
 */
export interface SubtypeParameters {
  readonly alpha: LibraryParameter;
  readonly alphaBeta: LibraryParameter;
  readonly doublingTime: LibraryParameter;
  readonly kickoffTime: LibraryParameter;
  readonly clonogenDensity: LibraryParameter;
  readonly hypoxicFraction: LibraryParameter;
  readonly oer: LibraryParameter;
  readonly repairHalfTimeHours: LibraryParameter;
  readonly rsi?: LibraryParameter;
  readonly antigenPositiveFraction?: LibraryParameter;
}

/** Name of a subtype parameter (a key of {@link SubtypeParameters}). */
export type ParameterName = keyof SubtypeParameters;

/** One subtype of the sarcoma parameter library: plain data. */
export interface SubtypeEntry {
  readonly id: SubtypeId;
  /** display name */
  readonly name: string;
  /** the population the entry describes, and what sets it apart radiobiologically */
  readonly description: string;
  readonly parameters: SubtypeParameters;
  /**
   * Prevalence of tumour antigens that a cell therapy could target, keyed by antigen name (e.g. `MAGE-A4`);
   * `parameters.antigenPositiveFraction` is the first of these.
   */
  readonly antigens?: Readonly<Record<string, LibraryParameter>>;
}
