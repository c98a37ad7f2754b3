import type { OuterSummary, UncertaintyResults } from '../cohort/UncertaintyResults.js';

/** One endpoint of one arm at one follow-up time over the parameter sets, as the tables and charts list them. */
export interface UncertainEndpointRow {
  /** The arm's id; for a pair's difference `a − b`. */
  readonly arm: string;
  /**
   * The endpoint's short name: `LC` (local control), `DMFS`, `metastasis` (its cumulative incidence), `DSS`
   * (disease-specific survival), `PFS` or `OS`.
   */
  readonly endpoint: 'LC' | 'DMFS' | 'metastasis' | 'DSS' | 'PFS' | 'OS';
  readonly years: number;
  /** `arm · endpoint t y`, the label of a table row or chart row. */
  readonly label: string;
  readonly summary: OuterSummary;
}

const endpoints = [
  ['LC', 'localControl'],
  ['DMFS', 'distantMetastasisFreeSurvival'],
  ['metastasis', 'metastasisIncidence'],
  ['DSS', 'diseaseSpecificSurvival'],
  ['PFS', 'progressionFreeSurvival'],
  ['OS', 'overallSurvival'],
] as const;

/**
 * The endpoints at the follow-up times of a two-level run as rows: arm by arm, time by time, LC, then DMFS, the
 * cumulative incidence of metastasis and DSS (with `metastasis`), PFS (with `progression`) and OS (with either); an
 * endpoint beyond the
 * horizon (null) is left out. With `differences`, the compared pairs' paired differences a − b of the same endpoints
 * instead, pair by pair (`arm` is then `a − b`).
 * @param uncertainty - the `uncertainty` field of a run's results
 * @param of - `arms` (default) or `differences`
 * @returns the rows; empty without `followUp.at`
 */
export function uncertainEndpointRows(uncertainty: UncertaintyResults, of: 'arms' | 'differences' = 'arms'): UncertainEndpointRow[] {
  const groups = of === 'arms'
    ? uncertainty.arms.map((arm) => ({ id: arm.id, atTimes: arm.atTimes }))
    : uncertainty.comparisons.map((pair) => ({ id: `${pair.a} − ${pair.b}`, atTimes: pair.atTimes }));
  const rows: UncertainEndpointRow[] = [];
  for (const group of groups) {
    for (const at of group.atTimes ?? []) {
      for (const [endpoint, field] of endpoints) {
        const summary = at[field];
        if (summary === null || summary === undefined) continue;
        rows.push({ arm: group.id, endpoint, years: at.years, label: `${group.id} · ${endpoint} ${at.years} y`, summary });
      }
    }
  }
  return rows;
}
