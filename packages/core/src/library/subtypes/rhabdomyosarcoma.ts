import { carriedOver } from '../carriedOver.js';
import { defaultClonogenDensity, defaultHypoxicFraction, defaultOer, defaultRepairHalfTimeHours } from '../defaultParameters.js';
import type { LibraryParameter } from '../LibraryParameter.js';
import { sources } from '../sources.js';
import type { SubtypeEntry } from '../SubtypeEntry.js';
import { stsKickoffTime } from './sts.js';

/** α/β assumed for the paediatric small-round-cell sarcomas: lognormal, median 10 Gy, σ_ln 0.3. */
export const smallRoundCellAlphaBeta: LibraryParameter = {
  value: { dist: 'lognormal', median: 10, sigma: 0.3 },
  unit: 'Gy',
  evidence: {
    kind: 'assumption',
    grade: 'D',
    source: sources.rtsimAssumption,
    endpoint: 'none measured',
    model: 'LQ',
    note:
      'No α/β for rhabdomyosarcoma or Ewing sarcoma was found. Fast-proliferating, radioresponsive tumours are conventionally given the "early-responding" value of 10 Gy; σ_ln 0.3 gives 95% between 5.4 and 18 Gy. ' +
      'Paediatric schedules are 1.8 Gy per fraction, where α/β matters little; it matters for hypofractionated or stereotactic what-if arms.',
  },
};

/** Fast effective doubling time assumed for the paediatric small-round-cell sarcomas: lognormal, median 4 d. */
export const smallRoundCellDoublingTime: LibraryParameter = {
  value: { dist: 'lognormal', median: 4, sigma: 0.5 },
  unit: 'd',
  evidence: {
    kind: 'assumption',
    grade: 'D',
    source: sources.pedicini2015,
    endpoint: 'none in sarcoma; head-and-neck clinical estimate T_d 3.5 d (95% CI 3.1–3.9)',
    model: 'repopulation ln 2 / T_d per day after kick-off',
    note:
      'No kinetics were found for rhabdomyosarcoma or Ewing sarcoma. Both are fast-growing small-round-cell tumours; the head-and-neck clinical value (Pedicini et al. 2015) is taken as the order of magnitude. ' +
      'With this value a treatment break costs ln 2 / 4 = 0.17 ln units of clonogens (≈ 0.4 Gy in 1.8 Gy fractions at α 0.35) per day after kick-off, so gaps matter in these arms.',
  },
};

/** Rhabdomyosarcoma (paediatric, embryonal and alveolar): assumed α anchored to COG local-control data. */
export const rhabdomyosarcoma: SubtypeEntry = {
  id: 'rhabdomyosarcoma',
  name: 'Rhabdomyosarcoma',
  description:
    'Skeletal-muscle-lineage sarcoma of children and adolescents (embryonal, alveolar), always treated with multi-agent chemotherapy; radiotherapy doses are low (COG: 36 Gy for microscopic residual, 41.4 Gy with involved nodes, 50.4 Gy for gross disease). Values are assumptions anchored to clinical control rates.',
  parameters: {
    alpha: {
      value: { dist: 'normal', mean: 0.35, sd: 0.08, min: 0 },
      unit: '1/Gy',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.breneman2012,
        endpoint: 'loco-regional failure 15% after 36 Gy for microscopic residual disease without cyclophosphamide, 0% with it (COG D9602, 342 low-risk patients)',
        model: 'Poisson TCP, LQ at 1.8 Gy per fraction, α/β 10 Gy',
        note:
          'No rhabdomyosarcoma clonogenic SF2 was found. Check of plausibility: with α = 0.35 Gy⁻¹ and α/β = 10 Gy, 36 Gy in 20 × 1.8 Gy gives −ln S = 20 × (0.63 + 0.113) = 14.9 (S ≈ 3.5 × 10⁻⁷), and 85% control needs ≲ 5 × 10⁵ clonogens, a plausible microscopic residue. ' +
          'Chemotherapy is part of every arm and its kill is inside this α unless a scenario models it separately (dose-modifying factor or extra log kill). σα 0.08 as for the STS panel. Calibrate against D9602 and IRS-II group III (local failure 17–22%, Wharam et al.).',
      },
    },
    alphaBeta: smallRoundCellAlphaBeta,
    doublingTime: smallRoundCellDoublingTime,
    kickoffTime: carriedOver(stsKickoffTime, 'sts', 'No rhabdomyosarcoma data; the STS assumption is carried over.'),
    clonogenDensity: defaultClonogenDensity,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
  },
};
