import type { ReadoutChange, WatchedReadout } from './Lesson.js';

/** The lesson bar's and narration card's fixed words; data, so wording is edited apart from the layout code. */
export const lessonCopy = {
  barLabel: 'Guided lessons',
  barNote: 'Each lesson sets the controls step by step, says what changed and ends with a question for the class.',
  stepOf: (step: number, count: number): string => `Step ${step} of ${count}`,
  watchPrefix: 'Watch: ',
  questionPrefix: 'Question for the class: ',
  previous: '← Previous',
  next: 'Next →',
  print: 'Print handout',
  close: 'Close lesson',
  sourcesHeading: 'Sources',
  handoutChartNote: 'Chart of the last step, drawn by the rtsim explorer (teaching tool, not for clinical decisions).',
  readouts: {
    bed: 'BED', eqd2: 'EQD2 (tumour)', eqd2Late: 'EQD2 (late tissue)', tcp: 'TCP (single tumour)', tcpPopulation: 'TCP (population)',
    overallTime: 'overall time', repopulationDosePerDay: 'D_prolif', lc5y: 'local control at 5 years',
    pathwayDays: 'days to treatment', pathwayDiameter: 'diameter at treatment', pathwayExcision: 'unplanned excision',
    pathwayMisdiagnosis: 'misdiagnosis',
  } satisfies Readonly<Record<WatchedReadout, string>>,
  changes: { up: 'rises', down: 'falls', same: 'unchanged' } satisfies Readonly<Record<ReadoutChange['change'], string>>,
};
