import type { PathwayMilestoneName } from './pathwayTimeline.js';

/** Names of the milestones, as the list beside the chart gives them (the chart numbers them 1–6 in this order). */
export const pathwayMilestoneLabels: Readonly<Record<PathwayMilestoneName, string>> = {
  symptom: 'First symptom',
  firstDoctor: 'First doctor visit',
  localHospital: 'Referred to hospital (imaging)',
  sarcomaCentre: 'Referred to the sarcoma centre (biopsy)',
  diagnosis: 'Diagnosis',
  treatment: 'First treatment',
};
