import type { Lesson } from './Lesson.js';

/** Biomarker-guided dose: GARD from the radiosensitivity index RSI. */
export const biomarkerLesson: Lesson = {
  id: 'gard',
  title: 'Biomarker-guided dose (RSI and GARD)',
  summary: 'How a gene-expression radiosensitivity index turns into α, a GARD and a proposed personal dose, and how strong that evidence is.',
  steps: [
    {
      title: 'A radiosensitive tumour',
      settings: { reference: { fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }, compare: [], alpha: 0.299, alphaBeta: 5.98, repopulation: false, model: 'lq', gapAfter: 0, gapDays: 0, hypoxicFraction: 0 },
      text: 'GARD = nd(α + βd), the −ln S of the course (Scott et al. 2017), with α from the tumour’s radiosensitivity index: α = −ln(RSI)/2 − 2β, β = 0.05 Gy⁻². The sensitive sarcomas of Yang et al. (2021) have an RSI-derived α/β of 5.98 Gy, so α = 5.98 × 0.05 = 0.299 Gy⁻¹ (RSI ≈ 0.45), and 25 × 2 Gy gives GARD = 50 × 0.399 ≈ 20.',
      chart: 'population',
      watch: [],
    },
    {
      title: 'A radioresistant tumour',
      settings: { alpha: 0.165, alphaBeta: 3.3 },
      text: 'Most sarcomas (84%) are radioresistant by RSI, with α/β 3.29 Gy (Yang et al. 2021): α = 3.3 × 0.05 = 0.165 Gy⁻¹ (RSI ≈ 0.59). The same 50 Gy gives GARD = 50 × 0.265 ≈ 13, many more clonogens survive and the population TCP falls; 5-year local control was 76.5% against 90.8% for the sensitive group.',
      chart: 'population',
      watch: [{ readout: 'tcpPopulation', change: 'down' }, { readout: 'eqd2Late', change: 'same' }],
    },
    {
      title: 'Escalate to 60 Gy',
      settings: { reference: { fractions: 30, dose: 2, spacing: 'perWeek', every: 5 } },
      text: 'Yang et al. proposed a BED of 97 Gy (α/β = 3.29 Gy) for radioresistant sarcomas. 30 × 2 Gy gives BED = 60 × (1 + 2/3.3) ≈ 96 Gy and GARD = 60 × 0.265 = 15.9: the population TCP rises, and so does the late tissue’s EQD2.',
      chart: 'population',
      watch: [{ readout: 'bed', change: 'up' }, { readout: 'tcpPopulation', change: 'up' }, { readout: 'eqd2Late', change: 'up' }],
    },
    {
      title: 'De-escalate the sensitive tumour',
      settings: { alpha: 0.299, alphaBeta: 5.98, reference: { fractions: 18, dose: 2, spacing: 'perWeek', every: 5 } },
      text: 'The other direction: the sensitive tumour with 36 Gy in 18 fractions has GARD = 36 × 0.399 ≈ 14.4, close to the escalated resistant tumour’s 15.9, at a much lower late-tissue dose, yet the population TCP falls. With 10⁹ clonogens (ln 10⁹ ≈ 20.7) any GARD well below 21 leaves clonogens behind in this model: GARD is a relative score fitted to outcomes, not a TCP.',
      chart: 'population',
      watch: [{ readout: 'eqd2Late', change: 'down' }, { readout: 'tcpPopulation', change: 'down' }],
    },
  ],
  question: 'Pan-cancer, each unit of GARD lowered the hazard of recurrence by about 2% (HR 0.982, Scott et al. 2021), but RSI predicts measured SF2 only modestly (ρ = −0.61) and random gene sets outperform it 98% of the time (Mistry 2023). Would you change a sarcoma patient’s dose by RSI today, and what trial would settle it?',
  sources: [
    'Scott JG et al. A genome-based model for adjusting radiotherapy dose (GARD). Lancet Oncol 2017;18:202–11.',
    'Scott JG et al. Pan-cancer prediction of radiotherapy benefit using genomic-adjusted radiation dose (GARD): a cohort-based pooled analysis. Lancet Oncol 2021 (medRxiv 10.1101/2020.12.19.20248484).',
    'Yang G et al. Genomic radiosensitivity of soft tissue sarcoma (RSI-derived α/β 3.29 and 5.98 Gy; BED 97 Gy). Transl Oncol 2021.',
    'Mistry HB. Clin Oncol 2023, doi 10.1016/j.clon.2023.02.018 (RSI against measured SF2).',
  ],
};
