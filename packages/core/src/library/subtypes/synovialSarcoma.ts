import { carriedOver } from '../carriedOver.js';
import { defaultClonogenDensity, defaultHypoxicFraction, defaultOer, defaultRepairHalfTimeHours } from '../defaultParameters.js';
import type { LibraryParameter } from '../LibraryParameter.js';
import { sources } from '../sources.js';
import type { SubtypeEntry } from '../SubtypeEntry.js';
import { stsDoublingTime, stsKickoffTime, stsPanelAlphaBeta } from './sts.js';

const mageA4: LibraryParameter = {
  value: { dist: 'triangular', min: 0.53, mode: 0.69, max: 0.82 },
  unit: 'fraction of patients (MAGE-A4 IHC-positive)',
  evidence: {
    kind: 'genomic',
    grade: 'B',
    source: sources.deCock2024,
    doi: '10.1016/j.tranon.2024.102057',
    endpoint: 'MAGE-A4 immunohistochemistry on a tissue microarray of 91 synovial sarcoma samples: 69% positive',
    model: 'prevalence (proportion of patients positive)',
    note:
      'Range over the verified series: 52.9% (Kakimoto et al., Oncol Lett 2019;17:3937, small series), 65% by RNA sequencing in 133 French NETSARC samples (PMID 39224047; authors and journal not verified), 69% (De Cock et al. 2024) and 82% (89/108, Iura et al., Hum Pathol 2017;61:130). ' +
      'MAGE-A4 is the target of afamitresgene autoleucel; eligibility also requires HLA-A*02, whose frequency is not in the library, so the treatable fraction is smaller than this.',
  },
};

const nyEso1: LibraryParameter = {
  value: { dist: 'triangular', min: 0.56, mode: 0.61, max: 0.65 },
  unit: 'fraction of patients (NY-ESO-1 IHC-positive)',
  evidence: {
    kind: 'genomic',
    grade: 'B',
    source: sources.iura2017,
    doi: '10.1016/j.humpath.2016.12.006',
    endpoint: 'NY-ESO-1 immunohistochemistry in 108 synovial sarcomas: 66 positive (61%)',
    model: 'prevalence (proportion of patients positive)',
    note:
      'Other verified series: 56% (De Cock et al. 2024, 91 samples, higher in metastases than in primaries), 58.8% (Kakimoto et al. 2019), 65% by RNA sequencing (NETSARC, PMID 39224047). Older reports of about 80% were not verified and are not used.',
  },
};

/** Synovial sarcoma: the most radiosensitive STS subtype in vitro (SF2 0.35). */
export const synovialSarcoma: SubtypeEntry = {
  id: 'synovial-sarcoma',
  name: 'Synovial sarcoma',
  description:
    'SS18-SSX translocated sarcoma of young adults, high grade. The most radiosensitive group of the STS cell-line panel, and a target of cancer-testis-antigen T-cell therapies (MAGE-A4, NY-ESO-1).',
  parameters: {
    alpha: {
      value: { dist: 'normal', mean: 0.373, sd: 0.08, min: 0 },
      unit: '1/Gy',
      evidence: {
        kind: 'cell-line',
        grade: 'C',
        source: sources.haas2021,
        doi: '10.1667/RADE-20-00226.1',
        endpoint: 'mean SF2 of the synovial sarcoma lines in the 14-line STS panel: 0.35, lower than myxoid liposarcoma (P = 0.0084) and leiomyosarcoma (P = 0.024)',
        model: 'LQ: α = −ln SF2 / (2(1 + 2/(α/β))) with the panel median α/β 4.9 Gy',
        note:
          'SF2 0.35 gives α = 1.050/2.816 = 0.373 Gy⁻¹. The synovial α/β is not in the abstract; the panel median was assumed (a lower α/β would give a smaller α for the same SF2). σα 0.08 as for the panel. No clinical series confirms a subtype difference in local control.',
      },
    },
    alphaBeta: carriedOver(
      stsPanelAlphaBeta,
      'sts',
      'Synovial-specific α/β not reported in the stored abstract; the STS panel median is carried over.',
    ),
    doublingTime: carriedOver(stsDoublingTime, 'sts', 'No synovial kinetics found; high grade, so the STS assumption is kept.'),
    kickoffTime: carriedOver(stsKickoffTime, 'sts', 'No synovial data; the STS assumption is carried over.'),
    clonogenDensity: defaultClonogenDensity,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
    antigenPositiveFraction: mageA4,
  },
  antigens: { 'MAGE-A4': mageA4, 'NY-ESO-1': nyEso1 },
};
