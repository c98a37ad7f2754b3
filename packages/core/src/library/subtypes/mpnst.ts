import { carriedOver } from '../carriedOver.js';
import { defaultClonogenDensity, defaultHypoxicFraction, defaultOer, defaultRepairHalfTimeHours } from '../defaultParameters.js';
import type { SubtypeEntry } from '../SubtypeEntry.js';
import { stsDoublingTime, stsKickoffTime, stsPanelAlpha, stsPanelAlphaBeta } from './sts.js';

/** Malignant peripheral nerve sheath tumour: STS panel values, fast kinetics assumed. */
export const mpnst: SubtypeEntry = {
  id: 'mpnst',
  name: 'Malignant peripheral nerve sheath tumour (MPNST)',
  description:
    'High-grade sarcoma of nerve-sheath origin, sporadic or in neurofibromatosis type 1, described as chemoresistant (Shurell et al., Oncotarget 2016;7:72860). No subtype-specific radiobiological data were found: every value is carried over or assumed.',
  parameters: {
    alpha: carriedOver(stsPanelAlpha, 'sts', 'No MPNST clonogenic data were found; the STS panel α is carried over.'),
    alphaBeta: carriedOver(stsPanelAlphaBeta, 'sts', 'No MPNST α/β; the STS panel median is carried over.'),
    doublingTime: {
      ...stsDoublingTime,
      value: { dist: 'lognormal', median: 7, sigma: 0.5 },
      evidence: {
        ...stsDoublingTime.evidence,
        note: 'High grade, so the STS assumption (10 d) is shortened to 7 d. Otherwise as `sts`, whose note on the derivation applies.',
      },
    },
    kickoffTime: carriedOver(stsKickoffTime, 'sts', 'No MPNST data; the STS assumption is carried over.'),
    clonogenDensity: defaultClonogenDensity,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
  },
};
