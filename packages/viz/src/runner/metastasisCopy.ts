/** The words of the runner's metastasis table and curves (metastasisTable, metastasisPanel), as data. */
export const metastasisCopy = {
  heading: 'Distant metastasis and survival',
  /** Caption of the table; `era` the scenario's metastasis era (calendar year), `medianMonths` the survival after metastasis. */
  tableCaption: (era: string, medianMonths: string): string =>
    `Distant metastasis and survival per arm (%, 95% CI; metastasis model revision 4, era ${era}: median survival after metastasis ${medianMonths} months; ` +
    'docs/metastasis-model.md). Years from the first treatment event. DMFS and DSS: Kaplan–Meier, death from other causes censored (Greenwood log–log ' +
    'interval). OS: death from sarcoma or from other causes (Wilson interval).',
  /** Caption of the compared pairs (the report's words); `tauYears` the restricted-mean horizon τ. */
  comparisonCaption: (tauYears: string): string =>
    'Arms compared on the same virtual patients: Cox hazard ratio (Efron ties) of arm a to arm b with its Wald 95% interval and the log-rank p, both treating the paired arms as independent (conservative), and the patients ' +
    `per arm a real 1:1 trial following everyone to ${tauYears} years needs to detect that hazard ratio (log-rank, α 0.05 two-sided, power 0.8).`,
  comparison: 'Comparison',
  tableHead: {
    arm: 'Arm',
    years: 'Years',
    distantMetastasisFreeSurvival: 'DMFS',
    diseaseSpecificSurvival: 'DSS',
    overallSurvival: 'OS',
  },
  charts: {
    distantMetastasisFreeSurvival: 'Distant-metastasis-free survival (death from other causes censored)',
    overallSurvival: 'Overall survival (death from sarcoma or from other causes)',
  },
  quantities: {
    distantMetastasisFreeSurvival: 'Distant-metastasis-free survival',
    overallSurvival: 'Overall survival',
  },
  /** The note above the curves: what the model does, and why an arm's earlier end of treatment shows earlier metastases. */
  explanation:
    'Some patients carry subclinical metastasis at diagnosis (more with a higher grade, a larger or deep tumour, and by histology), detected months to years after ' +
    'treatment; a detected local recurrence seeds one in some others. A better-controlled primary removes seeded metastases only. Detection runs ' +
    "from each arm's end of treatment, so an arm that ends earlier shows its metastases a few weeks earlier.",
} as const;
