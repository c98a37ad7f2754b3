import type { Lesson } from './Lesson.js';

/** Subtype radiosensitivity and de-escalation: myxoid liposarcoma and DOREMY. */
export const subtypeLesson: Lesson = {
  id: 'myxoid-liposarcoma',
  title: 'Subtype radiosensitivity and de-escalation',
  summary: 'Why myxoid liposarcoma could be given 36 Gy instead of 50 Gy, and why that does not carry over to other subtypes.',
  steps: [
    {
      title: 'Undifferentiated pleomorphic sarcoma, 50 Gy',
      preset: 'pleomorphic-sarcoma',
      settings: { reference: { fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }, compare: [], repopulation: false, model: 'lq', gapAfter: 0, gapDays: 0 },
      text: 'Undifferentiated pleomorphic sarcoma with the biology of the parameter library (hover its preset for the sources) and 50 Gy in 25 fractions. UPS barely responds in size: its median volume grew by 7% during preoperative 50 Gy (Pitson et al. 2004).',
      chart: 'population',
      watch: [],
    },
    {
      title: 'Myxoid liposarcoma, 50 Gy',
      preset: 'myxoid-liposarcoma',
      settings: {},
      text: 'Myxoid liposarcoma with its library values and the same 50 Gy: the population TCP rises. Clinically it shrinks by a median 59% during 50 Gy (Pitson et al. 2004), and 5-year local recurrence-free survival was 97.7% against 89.6% for other sarcomas (Chung et al. 2009).',
      chart: 'population',
      watch: [{ readout: 'tcpPopulation', change: 'up' }],
    },
    {
      title: 'DOREMY: 36 Gy',
      settings: { reference: { fractions: 18, dose: 2, spacing: 'perWeek', every: 5 } },
      text: 'The DOREMY trial gave myxoid liposarcoma 36 Gy in 18 fractions of 2 Gy: 91% of resected tumours (70 of 77) showed at least 50% treatment effect, local control was 100%, and late grade ≥ 2 toxicity 14% (Lansu et al. 2021). EQD2 falls by 14 Gy and the late tissue is spared as much. The TCP read-outs collapse because they ask RT alone to sterilise every clonogen of the whole tumour; in DOREMY surgery removed the tumour, and RT had only to control what the margin left behind (see the local-control card).',
      chart: 'population',
      watch: [{ readout: 'eqd2', change: 'down' }, { readout: 'eqd2Late', change: 'down' }, { readout: 'tcpPopulation', change: 'down' }],
    },
    {
      title: 'The same 36 Gy for UPS',
      preset: 'pleomorphic-sarcoma',
      settings: {},
      text: 'Back to UPS biology with 36 Gy: the population TCP falls further. De-escalation was tested for one subtype with a distinct clinical response; the dose does not transfer with the schedule.',
      chart: 'population',
      watch: [{ readout: 'tcpPopulation', change: 'down' }],
    },
  ],
  question: 'Myxoid liposarcoma cell lines are not radiosensitive in the dish (SF2 0.64–0.67, Haas et al. 2021), yet the tumours respond strongly in patients. What could explain the difference, and what evidence would you want before giving 36 Gy to another subtype?',
  sources: [
    'Pitson G et al. Radiation response: an additional unique signature of myxoid liposarcoma. Int J Radiat Oncol Biol Phys 2004 (PMID 15380587).',
    'Chung PWM et al. Is radiation therapy more effective for myxoid liposarcoma than for other sarcomas? Cancer 2009;115:3254–61.',
    'Lansu J et al. Dose reduction of preoperative radiotherapy in myxoid liposarcoma (DOREMY). JAMA Oncol 2021;7:e205865.',
    'Haas RL et al. Cellular radiosensitivity of soft tissue sarcoma. Radiat Res 2021, doi 10.1667/RADE-20-00226.1.',
  ],
};
