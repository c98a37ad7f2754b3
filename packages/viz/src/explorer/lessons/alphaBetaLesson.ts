import type { Lesson } from './Lesson.js';

/** α/β and fraction size: when do fewer, larger fractions pay off? */
export const alphaBetaLesson: Lesson = {
  id: 'alpha-beta',
  title: 'α/β and fraction size',
  summary: 'Why 5 × 6 Gy can equal 25 × 2 Gy for a sarcoma, and how much that rests on an uncertain α/β.',
  steps: [
    {
      title: 'The conventional course',
      settings: { reference: { fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }, compare: [], alpha: 0.3, alphaBeta: 4, repopulation: false, model: 'lq', gapAfter: 0, gapDays: 0 },
      text: 'Preoperative 50 Gy in 25 fractions of 2 Gy, the standard of the NCIC SR2 trial (O’Sullivan et al. 2002); repopulation is off for now. At α/β = 4 Gy, BED = nd(1 + d/(α/β)) = 50 × 1.5 = 75 Gy, and EQD2 = 50 Gy by definition.',
      chart: 'tcp',
      watch: [],
    },
    {
      title: 'Five fractions of 6 Gy',
      settings: { reference: { fractions: 5, dose: 6, spacing: 'perWeek', every: 5 }, compare: [{ fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }] },
      text: 'The UCLA five-day course, 30 Gy in 5 × 6 Gy (Kalbasi et al. 2020). The total falls by 20 Gy, yet BED = 30 × (1 + 6/4) = 75 Gy: at α/β = 4 Gy the two courses are equivalent, so BED, EQD2 and TCP stay where they were while the overall time shrinks from 32 days (five weeks of weekdays) to 4.',
      chart: 'tcp',
      watch: [{ readout: 'bed', change: 'same' }, { readout: 'eqd2', change: 'same' }, { readout: 'tcp', change: 'same' }, { readout: 'overallTime', change: 'down' }],
    },
    {
      title: 'If α/β were 10 Gy',
      // α rises with α/β so that a 2 Gy fraction kills as before (SF2 kept): with α fixed, β would fall and 25 × 2 Gy
      // itself would lose its TCP (84% to 0%), hiding the comparison the text makes.
      settings: { alphaBeta: 10, alpha: 0.375 },
      text: 'With a carcinoma-like α/β of 10 Gy (head-and-neck fit 10.6 Gy, Pedicini et al. 2015), and α = 0.375 Gy⁻¹ so that a 2 Gy fraction kills as before (αd + βd² = 0.75 + 0.15 = 0.9) and 25 × 2 Gy keeps its TCP, the same 5 × 6 Gy has BED = 30 × 1.6 = 48 Gy and EQD2 = 48/1.2 = 40 Gy, 10 Gy short of 25 × 2 Gy, and its TCP drops far below that of 25 × 2 Gy. The late-tissue EQD2 (α/β = 3 Gy) does not move: large fractions only pay off when the tumour’s α/β is low.',
      chart: 'tcp',
      watch: [{ readout: 'eqd2', change: 'down' }, { readout: 'tcp', change: 'down' }, { readout: 'eqd2Late', change: 'same' }],
    },
    {
      title: 'The sarcoma range',
      settings: { alphaBeta: 3.3, alpha: 0.28 },
      text: 'Sarcoma’s α/β is uncertain: median 4.9 Gy in 14 cell lines, 6 of them below 4 Gy (Haas et al. 2021); 3.29 Gy in genomically radioresistant tumours against 5.98 Gy in sensitive ones (Yang et al. 2021); “4 to 5 Gy” in clinical practice (Mattmann et al. 2024). At 3.3 Gy (α = 0.28 Gy⁻¹, again about 0.9 per 2 Gy fraction), 5 × 6 Gy gives EQD2 = 30 × (1 + 6/3.3)/(1 + 2/3.3) ≈ 52.6 Gy, a little more than 25 × 2 Gy, but the late tissue’s EQD2 is 30 × 3/(5/3) = 54 Gy: the iso-effect curves of tumour and late tissue nearly coincide.',
      chart: 'isoeffect',
      watch: [{ readout: 'eqd2', change: 'up' }, { readout: 'tcp', change: 'up' }, { readout: 'eqd2Late', change: 'same' }],
    },
  ],
  question: 'If the α/β of a sarcoma were 10 Gy, how many 6 Gy fractions would match 25 × 2 Gy (solve n × 6 × 1.6 = 60 Gy of BED, or read the iso-effect chart), and what would those extra fractions do to the late-reacting normal tissue?',
  sources: [
    'O’Sullivan B et al. Preoperative versus postoperative radiotherapy in soft-tissue sarcoma of the limbs. Lancet 2002;359:2235–41.',
    'Kalbasi A et al. A phase II trial of 5-day neoadjuvant radiotherapy for patients with high-risk primary soft tissue sarcoma. Clin Cancer Res 2020;26:1829–36.',
    'Pedicini P, Caivano R, Fiorentino A, Strigari L. Clinical radiobiology of head and neck cancer. Clin Transl Oncol 2015.',
    'Haas RL et al. Cellular radiosensitivity of soft tissue sarcoma. Radiat Res 2021, doi 10.1667/RADE-20-00226.1.',
    'Yang G et al. Genomic radiosensitivity of soft tissue sarcoma (RSI-derived α/β 3.29 and 5.98 Gy). Transl Oncol 2021.',
    'Mattmann A et al. Adv Radiat Oncol 2024;9:101562 (“low α/β of 4 to 5 Gy”).',
  ],
};
