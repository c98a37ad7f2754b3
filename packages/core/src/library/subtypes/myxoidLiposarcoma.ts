import { carriedOver } from '../carriedOver.js';
import { defaultClonogenDensity, defaultHypoxicFraction, defaultOer, defaultRepairHalfTimeHours } from '../defaultParameters.js';
import type { LibraryParameter } from '../LibraryParameter.js';
import { sources } from '../sources.js';
import type { SubtypeEntry } from '../SubtypeEntry.js';
import { stsKickoffTime, stsPanelAlphaBeta } from './sts.js';

const nyEso1: LibraryParameter = {
  value: { dist: 'triangular', min: 0.55, mode: 0.9, max: 1 },
  unit: 'fraction of patients (NY-ESO-1 IHC-positive)',
  evidence: {
    kind: 'genomic',
    grade: 'B',
    source: sources.pollack2012,
    doi: '10.1002/cncr.27446',
    endpoint: 'NY-ESO-1 immunohistochemistry of tumour samples: 25 of 25 myxoid/round cell liposarcomas positive, 18 homogeneous, 23 strong enough (2+) for trial eligibility',
    model: 'prevalence (proportion of patients positive)',
    note:
      'Other series: 16 of 18 (89%, Hemminger et al., USCAP 2012 abstract), 88.2% (Iura et al., MAGEA4/NY-ESO-1 in bone and soft tissue tumours; journal and year not verified), and 55.6% in a small high-grade series (Kakimoto et al., Oncol Lett 2019;17:3937). ' +
      'Mode 0.9 pools the larger series; the minimum is the small outlier. MAGE-A4 in MLS is inconsistent (67.7% in Iura et al., 0% in Kakimoto et al.) and is left out. HLA restriction of a TCR therapy further reduces the treatable fraction and is not included.',
  },
};

/**
 * Myxoid liposarcoma: cell lines are radioresistant (SF2 0.64–0.67), yet the tumour is the most radioresponsive
 * STS in the clinic. The library α is the cell-line value, flagged for calibration.
 */
export const myxoidLiposarcoma: SubtypeEntry = {
  id: 'myxoid-liposarcoma',
  name: 'Myxoid liposarcoma',
  description:
    'FUS/EWSR1-DDIT3 translocated liposarcoma of the extremity, mostly low grade. Clinically very radioresponsive (median volume −59% after preoperative RT, Pitson et al. 2004; 5-year LRFS 97.7% vs 89.6% for other STS, Chung et al. 2009; local control in all patients after 36 Gy/18 in DOREMY), but its cell lines are among the most resistant of the STS panel.',
  parameters: {
    alpha: {
      value: { dist: 'normal', mean: 0.15, sd: 0.08, min: 0 },
      unit: '1/Gy',
      evidence: {
        kind: 'cell-line',
        grade: 'C',
        source: sources.haas2021,
        doi: '10.1667/RADE-20-00226.1',
        endpoint: 'SF2 of the myxoid liposarcoma lines in the 14-line STS panel: 0.64–0.67, a homogeneous response',
        model: 'LQ: α = −ln SF2 / (2(1 + 2/(α/β))) with the panel median α/β 4.9 Gy',
        note:
          'SF2 0.64–0.67 gives α 0.158–0.142 Gy⁻¹; the midpoint SF2 0.655 gives 0.150. The MLS-specific α/β is not in the abstract, so the panel median was used. σα 0.08 as for the panel (Ruka et al. 1996): the lines are homogeneous, patients are not. ' +
          'Conflict with the clinic: with this α, MLS would be less curable than other STS, whereas it shrinks under radiotherapy (Pitson et al., IJROBP 2004: mean 415 → 199 cm³ after preoperative RT, while MFH/UPS did not shrink), has 97.7% 5-year LRFS (Chung et al. 2009), and 36 Gy/18 gave ≥ 50% treatment effect in 91% and local control in all patients (Lansu et al., DOREMY 2021). ' +
          'The in vivo radioresponse is not explained by intrinsic clonogenic survival in vitro. Calibrate α against DOREMY and Chung et al. before simulating MLS trials; expect the calibrated α to be well above 0.15.',
      },
    },
    alphaBeta: carriedOver(
      stsPanelAlphaBeta,
      'sts',
      'MLS-specific α/β not reported in the stored abstract; the STS panel median is carried over.',
    ),
    doublingTime: {
      value: { dist: 'lognormal', median: 20, sigma: 0.5 },
      unit: 'd',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.chung2009,
        doi: '10.1002/cncr.24375',
        endpoint: 'none measured; grade distribution: 7% of 88 MLS high grade vs 59% of other STS',
        model: 'repopulation ln 2 / T_d per day after kick-off',
        note:
          'No MLS kinetics were found. A mostly low-grade tumour is assumed to repopulate half as fast as the STS reference (10 d). Round-cell (high-grade) MLS would be faster.',
      },
    },
    kickoffTime: carriedOver(stsKickoffTime, 'sts', 'No MLS data; the STS assumption is carried over.'),
    clonogenDensity: defaultClonogenDensity,
    hypoxicFraction: defaultHypoxicFraction,
    oer: defaultOer,
    repairHalfTimeHours: defaultRepairHalfTimeHours,
    antigenPositiveFraction: nyEso1,
  },
  antigens: { 'NY-ESO-1': nyEso1 },
};
