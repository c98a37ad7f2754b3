import { fixedDistributionValue, toxicityDefaults } from '@rtsim/core';

/** LKB parameters of one organ for the DVH panel, and where they come from. */
export interface OrganLkbParameters {
  /** TD₅₀, the uniform whole-organ EQD2 for 50 % complication, Gy (> 0). */
  readonly td50: number;
  /** m, the probit slope in units of TD₅₀ (> 0). */
  readonly m: number;
  /** n, the volume parameter (> 0; gEUD exponent 1/n). */
  readonly n: number;
  /** α/β of the organ, Gy (> 0): bin doses are converted to EQD2 with the reference schedule's number of fractions. */
  readonly alphaBeta: number;
}

/** A library model that an organ's name selects: its parameters, endpoint and source, as the page states them. */
export interface LibraryOrganModel {
  readonly parameters: OrganLkbParameters;
  readonly endpoint: string;
  readonly source: string;
}

const pneumonitis = toxicityDefaults.pneumonitis;

/**
 * The library's grade ≥ 2 radiation pneumonitis fit (core toxicityDefaults.pneumonitis, evidence grade B): LKB on the
 * mean lung EQD2, TD₅₀ 30.8 Gy, m 0.37, n 1 (Seppenwoolde et al. IJROBP 2003;55:724), α/β 3 Gy (Kwa et al. IJROBP
 * 1998;42:1, assumed). Read from the library, so a library change shows here.
 */
const pneumonitisModel: LibraryOrganModel = {
  parameters: {
    td50: fixedDistributionValue(pneumonitis.td50.value),
    m: fixedDistributionValue(pneumonitis.m.value),
    n: fixedDistributionValue(pneumonitis.n.value),
    alphaBeta: fixedDistributionValue(pneumonitis.alphaBeta.value),
  },
  endpoint: 'grade ≥ 2 radiation pneumonitis',
  source: 'rtsim library (Seppenwoolde 2003; α/β: Kwa 1998)',
};

/**
 * The library model an organ's structure name selects: a name containing `lung` (Lung, Lungs, Lung_L, Lung-GTV,
 * Lungs-ITV) gives the pneumonitis fit. The library has no other organ-level LKB fit (docs/toxicity-model.md).
 * @param structureName - the structure's name as the DVH file gives it
 * @returns the model, or undefined when the user must set the parameters
 */
export function libraryOrganModel(structureName: string): LibraryOrganModel | undefined {
  return /lung/i.test(structureName) ? pneumonitisModel : undefined;
}

/**
 * Starting values of the user-set LKB fields for an organ the library has no fit for. Assumption: placeholders of
 * a typical magnitude (TD₅₀ 50 Gy, m 0.2, n 0.5; α/β 3 Gy, the textbook late-tissue value, Thames & Hendry 1987),
 * not a fit for any organ: the page asks for the organ's own values.
 */
export const userLkbDefaults: OrganLkbParameters = { td50: 50, m: 0.2, n: 0.5, alphaBeta: 3 };
