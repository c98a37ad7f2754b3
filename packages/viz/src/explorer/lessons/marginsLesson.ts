import type { Lesson } from './Lesson.js';

/** Margins and pre- against postoperative RT, on the explorer's local-control card. */
export const marginsLesson: Lesson = {
  id: 'margins',
  title: 'Margins and pre- versus postoperative RT',
  summary: 'What the margin, the timing of RT and RT itself do to local control over ten years.',
  steps: [
    {
      title: 'A wide margin after preoperative RT',
      settings: {
        reference: { fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }, compare: [], gapAfter: 0, gapDays: 0,
        marginClass: 'R0-wide', timing: 'preop', grade: 'G3', tumourDiameter: 8, site: 'extremity', depth: 'deep', ageBand: 'over50', localControlComparison: 'margins',
      },
      text: 'An 8 cm deep grade 3 extremity sarcoma, 50 Gy in 25 fractions before a wide (R0) resection. The local-control card gives π, the chance that the resection leaves clonogenic disease, and local control over ten years for the five margin classes: control keeps falling after 2 years, because half of the modelled failures lie dormant first (docs/local-control-model.md).',
      chart: 'localControl',
      watch: [],
    },
    {
      title: 'An unplanned positive margin',
      settings: { marginClass: 'R1-unplanned' },
      text: 'A “whoops” excision elsewhere leaves a positive margin: π rises and 5-year control falls. In Toronto 31.6–37.5% of such patients recurred despite RT, against 3.6–4.2% after a planned positive margin (Gerrand et al. 2001).',
      chart: 'localControl',
      watch: [{ readout: 'lc5y', change: 'down' }],
    },
    {
      title: 'Postoperative 66 Gy instead',
      settings: { timing: 'postop', reference: { fractions: 33, dose: 2, spacing: 'perWeek', every: 5 }, localControlComparison: 'timing' },
      text: 'The same patient irradiated after surgery with 66 Gy in 33 fractions, the postoperative arm of NCIC SR2 (O’Sullivan et al. 2002). The model controls less after surgery (the residue sits in a poorly oxygenated scar), but trials found no significant difference: relative risk of local recurrence 0.84 (0.58–1.21) pre against postoperative in a meta-analysis of 15 studies (Radiat Oncol 2020).',
      chart: 'localControl',
      watch: [{ readout: 'lc5y', change: 'down' }],
    },
    {
      title: 'Surgery alone',
      settings: { timing: 'surgery-alone' },
      text: 'Without RT the residue is left to regrow. After marginal resections of grade III–IV sarcomas the Scandinavian Sarcoma Group saw local control in 12 of 19 patients without RT (63%) against 19 of 21 with it (90%).',
      chart: 'localControl',
      watch: [{ readout: 'lc5y', change: 'down' }],
    },
  ],
  question: 'Preoperative 50 Gy doubled major wound complications (35% against 17% after postoperative 66 Gy; O’Sullivan et al. 2002) but left less grade ≥ 2 fibrosis at 2 years (31.5% against 48.2%; Davis et al. 2005). For a thigh sarcoma just under the skin, which would you offer, and is the model’s gap between pre- and postoperative control larger than the trials support?',
  sources: [
    'Gerrand CH et al. Classification of positive margins after resection of soft-tissue sarcoma of the limb predicts the risk of local recurrence. J Bone Joint Surg Br 2001;83:1149–55.',
    'O’Sullivan B et al. Preoperative versus postoperative radiotherapy in soft-tissue sarcoma of the limbs. Lancet 2002;359:2235–41.',
    'Davis AM et al. Late radiation morbidity following randomization to preoperative versus postoperative radiotherapy in extremity soft tissue sarcoma. Radiother Oncol 2005;75:48–53.',
    'Preoperative versus postoperative radiotherapy for soft tissue sarcoma: a meta-analysis of 15 studies, 12,813 patients. Radiat Oncol 2020, doi 10.1186/s13014-020-01600-9.',
    'Scandinavian Sarcoma Group. Surgical margin in soft tissue sarcoma: the SSG experience (protocol 1, 185 grade III–IV extremity sarcomas).',
  ],
};
