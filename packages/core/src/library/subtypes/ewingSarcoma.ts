import { carriedOver } from '../carriedOver.js';
import { defaultClonogenDensity, defaultHypoxicFraction, defaultOer, defaultRepairHalfTimeHours } from '../defaultParameters.js';
import { sources } from '../sources.js';
import type { SubtypeEntry } from '../SubtypeEntry.js';
import { smallRoundCellAlphaBeta, smallRoundCellDoublingTime } from './rhabdomyosarcoma.js';
import { stsKickoffTime } from './sts.js';

/** Ewing sarcoma (bone and extraskeletal): assumed α anchored to definitive-radiotherapy local control. */
export const ewingSarcoma: SubtypeEntry = {
  id: 'ewing-sarcoma',
  name: 'Ewing sarcoma',
  description:
    'EWSR1-ETS translocated small-round-cell sarcoma of bone and soft tissue in adolescents and young adults, treated with multi-agent chemotherapy plus surgery and/or radiotherapy (definitive doses about 45–60 Gy in 1.8 Gy fractions). Values are assumptions anchored to clinical control rates.',
  parameters: {
    alpha: {
      value: { dist: 'normal', mean: 0.3, sd: 0.08, min: 0 },
      unit: '1/Gy',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.burnet1997,
        endpoint: '5-year local control 56% in 96 patients; doses below 40 Gy ineffective, no dose-response between 40 and 66 Gy',
        model: 'population TCP, LQ at 1.8 Gy per fraction, α/β 10 Gy',
        note:
          'No Ewing clonogenic SF2 was found. A flat dose-response between 40 and 66 Gy with local control near 50% is what a population TCP with a wide α spread and large N₀ produces: the value chosen is radioresponsive on average (α 0.30) with the panel spread (σα 0.08). ' +
          'Local recurrence after definitive RT fell from 50% (CESS 81) to 14% (CESS 86) with better planning and chemotherapy (Dunst et al., Klin Padiatr 1994), and local control depended on chemotherapy response (62% CR/PR vs 17% NR/PD, Arai et al., St Jude): chemotherapy is inside this α unless modelled separately. Calibrate against the Ewing 2008 and CESS series.',
      },
    },
    alphaBeta: smallRoundCellAlphaBeta,
    doublingTime: smallRoundCellDoublingTime,
    kickoffTime: carriedOver(stsKickoffTime, 'sts', 'No Ewing sarcoma data; the STS assumption is carried over.'),
    clonogenDensity: defaultClonogenDensity,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
  },
};
