import { formatNumber } from '../../charts/formatNumber.js';
import { pathwayCohortPatients } from './pathwayScenario.js';

/** The pathway card's fixed words; data, so wording is edited apart from the layout code. */
export const pathwayCopy = {
  cohortHeading: `The cohort: ${pathwayCohortPatients.toLocaleString('en')} patients, current care against this pathway`,
  cohortNote: 'Same patients in both arms, tumours around the diameter above, preoperative 50 Gy / 25 and surgery (as scenarios/pathway-fast-track.yaml). The expert review changes no endpoint here: both arms treat every diagnosis alike.',
  tableCaption: 'Cohort outcomes: current care (the library’s pathway) and this pathway',
  milestonesLabel: 'Milestones of the chart, numbered as its rules',
  milestone: (name: string, day: number, diameterCm: number): string => `${name}: day ${formatNumber(day, 0)}, ${formatNumber(diameterCm, 1)} cm`,
  tableHead: ['Measure', 'Current care', 'This pathway'],
  waiting: 'Cohort: runs once the sliders settle with this card on screen…',
  running: 'Cohort: running in a Web Worker…',
  done: 'Cohort: up to date with the sliders.',
  failed: (message: string): string => `Cohort run failed: ${message}`,
};
