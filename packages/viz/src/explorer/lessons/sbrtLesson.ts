import type { Lesson } from './Lesson.js';

/** SBRT and the limits of LQ: the model, not the biology, decides what 18 Gy fractions are worth. */
export const sbrtLesson: Lesson = {
  id: 'sbrt',
  title: 'SBRT and the limits of LQ',
  summary: 'How LQ, LQ-L and USC disagree about doses per fraction far above those LQ was fitted to.',
  steps: [
    {
      title: 'Three fractions of 18 Gy under LQ',
      settings: { reference: { fractions: 3, dose: 18, spacing: 'everyDays', every: 2 }, compare: [{ fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }], alpha: 0.3, alphaBeta: 4, repopulation: false, model: 'lq', gapAfter: 0, gapDays: 0 },
      text: 'Stereotactic body RT, 54 Gy in three fractions every other day, within the 36–54 Gy in 3–4 fractions given to sarcoma lung metastases (Sarcoma 2013, PMC3807836). Plain LQ gives BED = 54 × (1 + 18/4) = 297 Gy, four times the 75 Gy of 25 × 2 Gy, and the survival curve bends down ever faster because of the βd² term.',
      chart: 'survival',
      watch: [],
    },
    {
      title: 'LQ-L: straight above D_T',
      settings: { model: 'lq-l', transitionDose: 6 },
      text: 'LQ-L (Astrahan 2008) keeps LQ up to a transition dose D_T = 6 Gy and continues on its tangent above it, so each 18 Gy fraction is worth D_T(1 + D_T/(α/β)) + (1 + 2D_T/(α/β))(d − D_T) = 15 + 4 × 12 = 63 Gy of BED: 189 Gy for the course instead of 297 Gy.',
      chart: 'survival',
      watch: [{ readout: 'bed', change: 'down' }],
    },
    {
      title: 'USC: the multi-target tail',
      settings: { model: 'usc', d0: 1.25 },
      text: 'The universal survival curve (Park et al. 2008) joins LQ to the multi-target line of slope 1/D₀ at D_T = 2D_q/(1 − αD₀), shown beside the model choice. Its line is straighter still above D_T, so BED falls again: the same cells at 2 Gy, three answers at 18 Gy. Here the choice of model, not the biology, moves the result.',
      chart: 'survival',
      watch: [{ readout: 'bed', change: 'down' }],
    },
    {
      title: 'Five fractions of 10 Gy',
      settings: { reference: { fractions: 5, dose: 10, spacing: 'everyDays', every: 2 } },
      text: 'The median course of pooled lung-metastasis series, 50 Gy in 5 fractions (Singh et al., 13 studies, 533 patients: local control 97% at 1 year, 91% at 2 years). Its BED is lower than 3 × 18 Gy under every model; one series found 1-year control of 75% above a BED (α/β = 3 Gy) of 95 Gy and 46% below it (ASTRO abstract, F7 in the evidence).',
      chart: 'survival',
      watch: [{ readout: 'bed', change: 'down' }],
    },
  ],
  question: 'Every model here predicts a TCP near 100% for both 3 × 18 Gy and 5 × 10 Gy, yet 9% of lung metastases recur within 2 years. What besides dose could explain those failures, and which model would you trust to rank the two courses?',
  sources: [
    'Astrahan M. Some implications of linear-quadratic-linear radiation dose-response with regard to hypofractionation. Med Phys 2008;35:4161–72.',
    'Park C, Papiez L, Zhang S, Story M, Timmerman RD. Universal survival curve and single fraction equivalent dose. Int J Radiat Oncol Biol Phys 2008;70:847–52.',
    'Stereotactic body radiotherapy for sarcoma lung metastases, 16 patients / 25 lesions, median 54 Gy in 3–4 fractions. Sarcoma 2013 (PMC3807836).',
    'Singh R et al. Stereotactic ablative radiotherapy for sarcoma lung metastases: a systematic review and meta-analysis. J Radiosurg SBRT.',
    'Association between biologically effective dose and local control after SBRT for metastatic sarcoma. ASTRO abstract (outcome-evidence F7).',
  ],
};
