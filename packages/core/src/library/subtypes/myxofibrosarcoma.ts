import { carriedOver } from '../carriedOver.js';
import { defaultClonogenDensity, defaultHypoxicFraction, defaultOer, defaultRepairHalfTimeHours } from '../defaultParameters.js';
import type { SubtypeEntry } from '../SubtypeEntry.js';
import { stsDoublingTime, stsKickoffTime, stsPanelAlpha, stsPanelAlphaBeta } from './sts.js';

/** Myxofibrosarcoma: STS panel values; its problem is infiltrative spread, which belongs to the margins. */
export const myxofibrosarcoma: SubtypeEntry = {
  id: 'myxofibrosarcoma',
  name: 'Myxofibrosarcoma',
  description:
    'Fibroblastic sarcoma of older adults with a myxoid stroma, often superficial, with infiltrative tails along fascia, a recognised cause of positive margins and local recurrence (not quantified in the verified evidence base). That is a margin effect, to be modelled through the margin probabilities and residual fractions of an arm rather than through α.',
  parameters: {
    alpha: carriedOver(
      stsPanelAlpha,
      'sts',
      'No myxofibrosarcoma clonogenic data were found (the panel contained fibrosarcoma lines, the nearest relatives); the STS panel α is carried over.',
    ),
    alphaBeta: carriedOver(stsPanelAlphaBeta, 'sts', 'No myxofibrosarcoma α/β; the STS panel median is carried over.'),
    doublingTime: carriedOver(stsDoublingTime, 'sts', 'No kinetics found; the STS assumption is carried over.'),
    kickoffTime: carriedOver(stsKickoffTime, 'sts', 'No data; the STS assumption is carried over.'),
    clonogenDensity: defaultClonogenDensity,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
  },
};
