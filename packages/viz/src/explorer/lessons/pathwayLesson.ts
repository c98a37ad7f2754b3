import type { Lesson } from './Lesson.js';

/** Before the first fraction: the diagnostic pathway, on the explorer's pathway card (docs/pathway-model.md). */
export const pathwayLesson: Lesson = {
  id: 'pathway',
  title: 'Before the first fraction',
  summary: 'How the weeks from the first doctor visit to the first treatment grow the tumour, risk an unplanned excision and a wrong diagnosis, and what a cohort loses to them.',
  steps: [
    {
      title: 'Current care',
      settings: {
        tumourDiameter: 8, depth: 'deep', grade: 'G3', site: 'extremity',
        primaryCareDays: 17, secondaryCareDays: 29, sarcomaCentreDays: 17, treatmentDays: 22, referral: 'local', reviewShare: 0,
      },
      text: 'An 8 cm deep mass at the first doctor visit. Median 17 days in primary care, 29 at the local hospital, 17 at the sarcoma centre (Dyrop et al. 2016) and 22 to treatment (Curtis et al. 2018): 85 days, over which it grows to 10.3 cm at the median doubling time.',
      chart: 'pathway',
      watch: [],
    },
    {
      title: 'A slow local hospital',
      settings: { secondaryCareDays: 90 },
      text: '90 days at the local hospital instead of 29: 146 days to treatment and 11.9 cm. In the cohort table the larger tumours lower local control and survival a little.',
      chart: 'pathway',
      watch: [{ readout: 'pathwayDays', change: 'up' }, { readout: 'pathwayDiameter', change: 'up' }],
    },
    {
      title: 'Fast track to a sarcoma centre',
      settings: { primaryCareDays: 3, secondaryCareDays: 14, sarcomaCentreDays: 15, referral: 'reference-centre' },
      text: 'Urgent referral (3 days), then 14 and 15 days as after a suspicious MRI (BMC Health Serv Res 2022): 54 days and 9.4 cm. Referred before any operation, the patient has no unplanned excision.',
      chart: 'pathway',
      watch: [{ readout: 'pathwayDays', change: 'down' }, { readout: 'pathwayDiameter', change: 'down' }, { readout: 'pathwayExcision', change: 'down' }],
    },
    {
      title: 'A small superficial lump, operated locally',
      settings: { tumourDiameter: 4, depth: 'superficial', primaryCareDays: 17, secondaryCareDays: 29, sarcomaCentreDays: 17, referral: 'local' },
      text: 'A 4 cm superficial lump, first operated at the local hospital. 64 of 203 high-grade sarcomas came after an unplanned excision (Potter et al. 2008; 21% for a deep tumour ≥ 5 cm in the model); with the assumed odds ratios 3 (superficial) and 2 (under 5 cm), 62% here.',
      chart: 'pathway',
      watch: [{ readout: 'pathwayDays', change: 'up' }, { readout: 'pathwayExcision', change: 'up' }],
    },
    {
      title: 'Expert review of every diagnosis',
      settings: { reviewShare: 1 },
      text: 'On expert review 121 of 1463 diagnoses (8.3%) were the wrong class of tumour (Ray-Coquard et al. 2012), and in the model 6.0% another subtype: 14.3% misdiagnosed. Review corrects them; the table’s arms treat every diagnosis alike, so no endpoint moves.',
      chart: 'pathway',
      watch: [{ readout: 'pathwayMisdiagnosis', change: 'down' }],
    },
    {
      title: 'An awareness campaign (a what-if)',
      settings: { patientIntervalShare: 0.5 },
      text: 'Half the usual wait from the first symptom: seen after 46 days instead of 91, at 3.3 cm, not 4; treated at 5.0 cm instead of 5.9. Excision stays at 62%: seen sooner, still shelled out locally. A what-if: no campaign measured it.',
      chart: 'pathway',
      watch: [{ readout: 'pathwayDiameter', change: 'down' }],
    },
  ],
  question: 'A region can afford one change: halve the local hospital’s 29 days, refer every deep mass over 5 cm to a sarcoma centre before any operation, review every diagnosis, or run an awareness campaign. Which would you choose, and which outcome in the table would you expect it to move most?',
  sources: [
    'Dyrop HB et al. Sarcoma 2016:8639272 (G3: median intervals of 102 sarcoma patients, Danish consecutive referrals).',
    'Curtis GL et al. J Surg Oncol 2018;117(8):1776–85 (G8: diagnosis to first treatment, 41,529 patients, US NCDB).',
    'BMC Health Serv Res 2022, doi 10.1186/s12913-022-07891-w (G20: 14.1 and 14.8 days after an MRI suspicious of malignancy).',
    'Potter BK et al. Clin Orthop Relat Res 2008, doi 10.1007/s11999-008-0529-4 (G11: unplanned excision in 64 of 203 high-grade STS).',
    'Ray-Coquard I et al. Ann Oncol 2012;23(9):2442–9 (G1: expert review of 1463 sarcomas).',
  ],
};
