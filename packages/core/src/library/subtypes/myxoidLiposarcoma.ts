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
 * STS in the clinic. The library α is calibrated against the clinic (docs/calibration.md).
 */
export const myxoidLiposarcoma: SubtypeEntry = {
  id: 'myxoid-liposarcoma',
  name: 'Myxoid liposarcoma',
  description:
    'FUS/EWSR1-DDIT3 translocated liposarcoma of the extremity, mostly low grade. Clinically very radioresponsive (median volume −59% after preoperative RT, Pitson et al. 2004; 5-year LRFS 97.7% vs 89.6% for other STS, Chung et al. 2009; local control in all patients after 36 Gy/18 in DOREMY), but its cell lines are among the most resistant of the STS panel.',
  parameters: {
    alpha: {
      value: { dist: 'normal', mean: 0.27, sd: 0.08, min: 0 },
      unit: '1/Gy',
      evidence: {
        kind: 'calibrated',
        grade: 'B',
        source: sources.rtsimCalibration,
        endpoint:
          '5-year local-recurrence-free survival 97.7% in 88 extremity myxoid liposarcomas after surgery with pre- (57%) or postoperative (43%) RT (Chung et al., Cancer 2009;115:3254), fitted jointly with the STS series of docs/calibration.md; DOREMY (36 Gy/18, 0 local failures in 79) held out',
        model:
          'rtsim cohort engine: LQ, Poisson control of the clonogens left by surgery (R0 94%, R1 6%) and radiotherapy, repopulation with T_d 20 d; binomial likelihood, profile-likelihood interval (calibration/sts-series.yaml)',
        note:
          'Maximum-likelihood estimate 0.269 Gy⁻¹ (rounded to 0.27), profile 95% interval 0.152–0.391 (docs/calibration.md), with the SD held at 0.08, the STS α/β carried over, the clonogen density at 10⁷ per cm³, volume median 300 cm³ and the STS residual fractions fitted on the same data. ' +
          'Held out, DOREMY (Lansu et al., JAMA Oncol 2021: 36 Gy/18, R0 94%, local control in all 79) is predicted at 95% local control at 2 years, inside the range a series of 79 allows around the prediction (85–100%), though just below the Wilson interval of 0 failures in 79 (95.4–100%). ' +
          'The interval reaches down to the cell-line value, so the data show MLS to be at least as radiosensitive as the STS mix and probably more, not by how much: 97.7% local control leaves little room for the likelihood to work with. ' +
          'Cell lines point the other way: the MLS lines of the Haas et al. panel (Radiat Res 2021, doi 10.1667/RADE-20-00226.1) have SF2 0.64–0.67, i.e. α 0.142–0.158 Gy⁻¹ at α/β 4.9 Gy, less sensitive than the other STS lines, whereas the tumours shrink under preoperative RT (Pitson et al., IJROBP 2004: 415 → 199 cm³; MFH/UPS did not shrink) and 36 Gy/18 gave ≥ 50% treatment effect in 91% (DOREMY). The in vivo radioresponse is not explained by intrinsic clonogenic survival in vitro.',
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
