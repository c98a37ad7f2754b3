import { carriedOver } from '../carriedOver.js';
import { defaultClonogenDensity, defaultHypoxicFraction, defaultOer, defaultRepairHalfTimeHours } from '../defaultParameters.js';
import type { SubtypeEntry } from '../SubtypeEntry.js';
import { stsDoublingTime, stsKickoffTime, stsPanelAlpha, stsPanelAlphaBeta } from './sts.js';

/** Leiomyosarcoma (extremity and trunk, non-uterine): STS panel values. */
export const leiomyosarcoma: SubtypeEntry = {
  id: 'leiomyosarcoma',
  name: 'Leiomyosarcoma',
  description:
    'Smooth-muscle sarcoma of the extremity, trunk or retroperitoneum (uterine leiomyosarcoma is a different disease and is not covered). Leiomyosarcoma lines were part of the STS panel; their group SF2 is not in the abstract.',
  parameters: {
    alpha: carriedOver(
      stsPanelAlpha,
      'sts',
      'Leiomyosarcoma lines were in the 14-line panel and were significantly less radiosensitive than synovial sarcoma lines (P = 0.024), so their SF2 is above 0.35, but the group value is not in the stored abstract: the panel median is carried over.',
    ),
    alphaBeta: carriedOver(stsPanelAlphaBeta, 'sts', 'No leiomyosarcoma-specific α/β; the STS panel median is carried over.'),
    doublingTime: carriedOver(stsDoublingTime, 'sts', 'No leiomyosarcoma kinetics found; the STS assumption is carried over.'),
    kickoffTime: carriedOver(stsKickoffTime, 'sts', 'No leiomyosarcoma data; the STS assumption is carried over.'),
    clonogenDensity: defaultClonogenDensity,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
  },
};
