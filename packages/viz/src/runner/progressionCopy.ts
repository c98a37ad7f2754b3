/** The words of the runner's progression table and curves (progressionTable, progressionPanel), as data. */
export const progressionCopy = {
  heading: 'Progression and survival after SBRT',
  /** Caption of the table; `era` the scenario's era (calendar year), `medianMonths` the median time to death from sarcoma, `perYear` the new-metastasis rate. */
  tableCaption: (era: string, medianMonths: string, perYear: string): string =>
    `Progression-free and overall survival per arm of metastatic patients after SBRT of their lesions (%, 95% CI, Wilson; era ${era}: ` +
    `new metastases elsewhere at ${perYear} per year, median time to death from sarcoma ${medianMonths} months; docs/metastasis-model.md). ` +
    "PFS: alive without local failure of a treated lesion or a new metastasis. Years from the first fraction.",
  tableHead: { arm: 'Arm', stratum: 'Stratum', patients: 'Patients', years: 'Years', progressionFreeSurvival: 'PFS', overallSurvival: 'OS' },
  stratumCaption:
    "Progression-free and overall survival by stratum (%, 95% CI, Wilson): the patient's FNCLCC grade, and the number of lesions the arm " +
    'treats (a patient progresses when any of them fails). Grade and lesion count do not change the time to a new metastasis or to death in the model.',
  /** The label of a stratum: `Grade G2`, `1 lesion`, `3 lesions`. */
  stratumLabel: (by: 'grade' | 'lesions', stratum: string): string => (by === 'grade' ? `Grade ${stratum}` : `${stratum} ${stratum === '1' ? 'lesion' : 'lesions'}`),
  charts: {
    progressionFreeSurvival: 'Progression-free survival (local failure, new metastasis or death)',
    overallSurvival: 'Overall survival',
  },
  quantities: { progressionFreeSurvival: 'Progression-free survival', overallSurvival: 'Overall survival' },
  explanation:
    'New metastases elsewhere and death from sarcoma are drawn once per patient, from the first fraction, and shared by every arm, so arms ' +
    "differ in PFS by their lesions' local failure only, and overall survival is the same in every arm.",
} as const;
