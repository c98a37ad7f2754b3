import { carriedOver } from '../carriedOver.js';
import { defaultClonogenDensity, defaultHypoxicFraction, defaultOer, defaultRepairHalfTimeHours } from '../defaultParameters.js';
import type { SubtypeEntry } from '../SubtypeEntry.js';
import { stsDoublingTime, stsKickoffTime, stsPanelAlpha, stsPanelAlphaBeta } from './sts.js';

/** Undifferentiated pleomorphic sarcoma (formerly MFH): STS panel values, flagged as probably too sensitive. */
export const undifferentiatedPleomorphicSarcoma: SubtypeEntry = {
  id: 'undifferentiated-pleomorphic-sarcoma',
  name: 'Undifferentiated pleomorphic sarcoma',
  description:
    'High-grade pleomorphic sarcoma without a line of differentiation (formerly malignant fibrous histiocytoma), the commonest STS of older adults. Does not shrink under preoperative radiotherapy, and was the main histology of the pembrolizumab + RT trial SU2C-SARC032.',
  parameters: {
    alpha: carriedOver(
      stsPanelAlpha,
      'sts',
      'No UPS clonogenic SF2 was found, so the STS panel α is carried over. Two observations suggest UPS is less radioresponsive than the panel: tumour volume did not fall after preoperative RT (MFH 264 → 273 cm³ vs myxoid liposarcoma 415 → 199 cm³, Pitson et al., IJROBP 2004), ' +
        'and a patient-derived 3D UPS culture kept 85/80/70% viability 4 days after 4/8/16 Gy against 65/50/35% for a pleomorphic liposarcoma (Roohani et al., BMC Cancer 2023, doi 10.1186/s12885-023-11013-y; viability, not clonogenic survival, so it cannot be converted to α). Calibrate; expect a lower α.',
    ),
    alphaBeta: carriedOver(stsPanelAlphaBeta, 'sts', 'No UPS-specific α/β; the STS panel median is carried over.'),
    doublingTime: {
      ...stsDoublingTime,
      value: { dist: 'lognormal', median: 7, sigma: 0.5 },
      evidence: {
        ...stsDoublingTime.evidence,
        note: 'High grade by definition, so the STS assumption (10 d) is shortened to 7 d. Otherwise as `sts`, whose note on the derivation applies.',
      },
    },
    kickoffTime: carriedOver(stsKickoffTime, 'sts', 'No UPS data; the STS assumption is carried over.'),
    clonogenDensity: defaultClonogenDensity,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
  },
};
