import type { StratumDimension } from '@rtsim/sim';

/** The words of the local-control card's strata panel (stratumPanel), as data. */
export const stratumCopy = {
  heading: 'By stratum',
  byLabel: 'Stratify by',
  armLabel: 'Arm',
  /** What the selector, the chart title and the table caption call each dimension. */
  dimensions: {
    grade: 'FNCLCC grade',
    margin: 'Margin class',
    size: 'Tumour diameter (< 5, 5–10, > 10 cm)',
    site: 'Site',
  } satisfies Readonly<Record<StratumDimension, string>>,
  tableHead: { stratum: 'Stratum', patients: 'Patients', controlRate: 'Control rate (95% CI)' },
} as const;
