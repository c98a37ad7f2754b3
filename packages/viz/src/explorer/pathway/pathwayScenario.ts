import type { ExplorerState } from '../explorerState.js';

/** Virtual patients of the pathway card's cohort run, each in both arms (paired): a few seconds in one worker at most. */
export const pathwayCohortPatients: number = 4000;

/** Seed of the cohort run: fixed, so the same sliders always show the same numbers. */
export const pathwayCohortSeed: number = 17;

/** The arm that follows the sliders, and the current-care arm it is compared with. */
export const pathwayArmIds = { current: 'current-care', slider: 'this-pathway' } as const;

/** Preoperative 50 Gy / 25 and surgery on day 67, as scenarios/pathway-fast-track.yaml (margins there assumed). */
function arm(id: string, name: string): Record<string, unknown> {
  return {
    id,
    name,
    localControl: 'residual-disease',
    schedule: { fractions: 25, dose: 2, perWeek: 5 },
    surgery: {
      day: 67,
      margins: { 'R0-wide': 0.55, 'R0-close': 0.25, 'R1-planned': 0.1, 'R1-unplanned': 0.05, R2: 0.05 },
      marginsAfterUnplannedExcision: { 'R0-close': 0.31, 'R1-unplanned': 0.69 },
    },
  };
}

/**
 * The scenario the pathway card runs: the cohort and treatment of scenarios/pathway-fast-track.yaml (preoperative
 * 50 Gy / 25, surgery, metastasis and background mortality), with the tumour's depth and its mean diameter at the
 * first doctor visit taken from the explorer, under current care (the library's pathway: medians 17, 29, 17, 22 days,
 * a local first operation) and under the sliders' pathway.
 * @param state - the explorer state: `tumourDiameter` (cm), `depth`, the four intervals (days), `referral`, `reviewShare`,
 *   `patientIntervalShare` (the share f of the usual patient interval: the slider arm's tumour at the visit is smaller)
 * @returns a scenario document (as a parsed YAML file) for the sim's validateScenario
 * @remarks The review share is passed on, but it changes no endpoint here: the arms treat every diagnosis alike
 *   (no `treatmentBySubtype`), so a misdiagnosis costs nothing in this cohort; the card says so.
 */
export function pathwayScenario(state: ExplorerState): Record<string, unknown> {
  return {
    version: 1,
    name: 'Before the first fraction: current care against the explorer’s pathway',
    references: [
      'Pathway model and library values: docs/pathway-model.md (intervals G3 Dyrop et al. Sarcoma 2016 and G8 Curtis et al. J Surg Oncol 2018; unplanned excision G11 Potter et al. 2008)',
      'Cohort, treatment, metastasis and background as scenarios/pathway-fast-track.yaml (assumed there)',
    ],
    seed: pathwayCohortSeed,
    patients: pathwayCohortPatients,
    cohort: {
      // cm at the first doctor visit around the explorer's diameter; sd as the fast-track scenario (assumed)
      diameter: { dist: 'normal', mean: state.tumourDiameter, sd: 3.5, min: 1, max: 30 },
      covariates: {
        age: { dist: 'normal', mean: 58, sd: 15, min: 18, max: 95 },
        grade: { G1: 0.2, G2: 0.35, G3: 0.45 },
        depth: state.depth === 'deep' ? { deep: 1, superficial: 0 } : { deep: 0, superficial: 1 },
        site: { extremity: 0.75, 'trunk-wall': 0.1, retroperitoneum: 0.1, 'head-neck': 0.05 },
        presentation: { primary: 1, recurrent: 0 },
      },
      subtypes: [{ ref: 'sts' }],
    },
    pathway: {},
    arms: [
      arm(pathwayArmIds.current, 'Current care'),
      {
        ...arm(pathwayArmIds.slider, 'This pathway'),
        pathway: {
          intervals: { primaryCare: state.primaryCareDays, secondaryCare: state.secondaryCareDays, sarcomaCentre: state.sarcomaCentreDays, treatment: state.treatmentDays },
          referral: state.referral,
          review: state.reviewShare,
          patientInterval: state.patientIntervalShare,
        },
      },
    ],
    followUp: { years: 5, at: [5] },
    background: { lifeTable: 'us-ssa-2017', sex: { female: 0.43 } },
    metastasis: {},
  };
}
