import type { Lesson } from './Lesson.js';

/** Repopulation and treatment gaps: what a lost fortnight costs, and why the answer is uncertain. */
export const repopulationLesson: Lesson = {
  id: 'repopulation',
  title: 'Repopulation and treatment gaps',
  summary: 'How the kick-off time and the doubling time turn a treatment gap into lost dose.',
  steps: [
    {
      title: 'No time factor',
      settings: { reference: { fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }, compare: [], alpha: 0.3, alphaBeta: 4, repopulation: false, kickoffTime: 21, doublingTime: 10, model: 'lq', gapAfter: 0, gapDays: 0 },
      text: '25 × 2 Gy, five fractions a week, without repopulation: BED = 50 × (1 + 2/4) = 75 Gy however long the course takes. The read-out T is the overall time from the first to the last fraction.',
      chart: 'repopulation',
      watch: [],
    },
    {
      title: 'Switch repopulation on',
      settings: { repopulation: true },
      text: 'After the kick-off time T_k = 21 days the surviving clonogens double every T_d = 10 days, and BED loses ln 2 · (T − T_k)/(α T_d). No one has measured T_k or T_d in sarcoma; these are teaching values between the head-and-neck fit (T_k 19 d, T_d 3.5 d; Pedicini et al. 2015) and the glioblastoma fit (T_k 37 d, T_d 15 d; Pedicini et al. 2014).',
      chart: 'repopulation',
      watch: [{ readout: 'bed', change: 'down' }, { readout: 'tcp', change: 'down' }, { readout: 'overallTime', change: 'same' }],
    },
    {
      title: 'A two-week gap',
      settings: { gapAfter: 10, gapDays: 14 },
      text: 'A 14-day interruption after fraction 10 (a wound problem, a holiday, a broken machine): the same 50 Gy takes two weeks longer, and each day past T_k costs ln 2/(α T_d) = 0.693/(0.3 × 10) ≈ 0.23 Gy of BED, about 3.2 Gy for the fortnight.',
      chart: 'course',
      watch: [{ readout: 'overallTime', change: 'up' }, { readout: 'bed', change: 'down' }, { readout: 'tcp', change: 'down' }],
    },
    {
      title: 'Fast repopulation',
      settings: { kickoffTime: 19, doublingTime: 3.5 },
      text: 'With head-and-neck kinetics (T_k 19 d, T_d 3.5 d; Pedicini et al. 2015) the same fortnight costs 14 × 0.693/(0.3 × 3.5) ≈ 9.2 Gy of BED, and D_prolif, the dose a day that just offsets repopulation, rises with it.',
      chart: 'repopulation',
      watch: [{ readout: 'repopulationDosePerDay', change: 'up' }, { readout: 'bed', change: 'down' }, { readout: 'tcp', change: 'down' }],
    },
  ],
  question: 'Each extra 2 Gy fraction adds 3 Gy of BED at α/β = 4 Gy. How many would you add to make up the two-week gap if T_d were 10 days, and if it were 3.5 days? With no sarcoma measurement of T_d, would you compensate at all?',
  sources: [
    'Pedicini P, Caivano R, Fiorentino A, Strigari L. Clinical radiobiology of head and neck cancer. Clin Transl Oncol 2015.',
    'Pedicini P et al. Clinical radiobiology of glioblastoma multiforme. Strahlenther Onkol 2014.',
    'Fowler JF. The linear-quadratic formula and progress in fractionated radiotherapy. Br J Radiol 1989;62:679–94 (BED with a time term).',
  ],
};
