import { carriedOver } from '../carriedOver.js';
import { defaultClonogenDensity, defaultHypoxicFraction, defaultOer, defaultRepairHalfTimeHours } from '../defaultParameters.js';
import type { SubtypeEntry } from '../SubtypeEntry.js';
import { stsDoublingTime, stsKickoffTime, stsPanelAlpha, stsPanelAlphaBeta } from './sts.js';

/** Dedifferentiated liposarcoma, mostly retroperitoneal: STS panel values. */
export const dedifferentiatedLiposarcoma: SubtypeEntry = {
  id: 'dedifferentiated-liposarcoma',
  name: 'Dedifferentiated liposarcoma',
  description:
    'MDM2-amplified liposarcoma with a non-lipogenic high-grade component, mostly retroperitoneal, where dose is limited by bowel and the randomised STRASS trial found no benefit of preoperative 50.4 Gy/28.',
  parameters: {
    alpha: carriedOver(
      stsPanelAlpha,
      'sts',
      'No dedifferentiated-liposarcoma clonogenic data were found; the STS panel α is carried over. ' +
        'Clinical signal: in STRASS (retroperitoneal sarcoma, mostly liposarcoma) preoperative 50.4 Gy/28 did not improve abdominal recurrence-free survival (HR 1.01, 95% CI 0.71–1.44; Bonvalot et al., Lancet Oncol 2020;21:1366), which reflects surgery and dose limits as much as intrinsic radiosensitivity.',
    ),
    alphaBeta: carriedOver(stsPanelAlphaBeta, 'sts', 'No dedifferentiated-liposarcoma α/β; the STS panel median is carried over.'),
    doublingTime: carriedOver(stsDoublingTime, 'sts', 'No kinetics found; the STS assumption is carried over.'),
    kickoffTime: carriedOver(stsKickoffTime, 'sts', 'No data; the STS assumption is carried over.'),
    clonogenDensity: defaultClonogenDensity,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
  },
};
