/** The words of the runner's progression table and curves (progressionTable, progressionPanel), as data. */
export const progressionCopy = {
  heading: 'Progression and survival after SBRT',
  /** Caption of the table; `era` the scenario's era (calendar year), `medianMonths` the median time to death from sarcoma, `perYear` the new-metastasis rate. */
  tableCaption: (era: string, medianMonths: string, perYear: string): string =>
    `Progression-free and overall survival per arm of metastatic patients after SBRT of their lesions (%, 95% CI, Wilson; era ${era}: ` +
    `new metastases elsewhere at ${perYear} per year, median time to death from sarcoma ${medianMonths} months; docs/metastasis-model.md). ` +
    "PFS: alive without local failure of a treated lesion or a new metastasis. Years from the first fraction.",
  tableHead: { arm: 'Arm', years: 'Years', progressionFreeSurvival: 'PFS', overallSurvival: 'OS' },
  charts: {
    progressionFreeSurvival: 'Progression-free survival (local failure, new metastasis or death)',
    overallSurvival: 'Overall survival',
  },
  quantities: { progressionFreeSurvival: 'Progression-free survival', overallSurvival: 'Overall survival' },
  explanation:
    'New metastases elsewhere and death from sarcoma are drawn once per patient and shared by every arm, so arms differ in PFS by their ' +
    "lesions' local failure only; overall survival differs only by the few days between the arms' ends of treatment.",
} as const;
