import type { OuterSummary, UncertaintyResults } from '../cohort/UncertaintyResults.js';

/** One endpoint of one arm at one follow-up time over the parameter sets, as the tables and charts list them. */
export interface UncertainEndpointRow {
  readonly arm: string;
  /** The endpoint's short name: `LC` (local control), `metastasis` (its cumulative incidence), `PFS` or `OS`. */
  readonly endpoint: 'LC' | 'metastasis' | 'PFS' | 'OS';
  readonly years: number;
  /** `arm · endpoint t y`, the label of a table row or chart row. */
  readonly label: string;
  readonly summary: OuterSummary;
}

const endpoints = [
  ['LC', 'localControl'],
  ['metastasis', 'metastasisIncidence'],
  ['PFS', 'progressionFreeSurvival'],
  ['OS', 'overallSurvival'],
] as const;

/**
 * The endpoints at the follow-up times of a two-level run as rows: arm by arm, time by time, LC, then the cumulative
 * incidence of metastasis (with `metastasis`), PFS (with `progression`) and OS (with either); an endpoint beyond the
 * horizon (null) is left out.
 * @param uncertainty - the `uncertainty` field of a run's results
 * @returns the rows; empty without `followUp.at`
 */
export function uncertainEndpointRows(uncertainty: UncertaintyResults): UncertainEndpointRow[] {
  const rows: UncertainEndpointRow[] = [];
  for (const arm of uncertainty.arms) {
    for (const at of arm.atTimes ?? []) {
      for (const [endpoint, field] of endpoints) {
        const summary = at[field];
        if (summary === null || summary === undefined) continue;
        rows.push({ arm: arm.id, endpoint, years: at.years, label: `${arm.id} · ${endpoint} ${at.years} y`, summary });
      }
    }
  }
  return rows;
}
