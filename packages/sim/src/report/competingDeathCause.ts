import type { TrialResults } from '../cohort/TrialResults.js';

/** The words after "death from" for the death that competes with local recurrence. */
export type CompetingDeathCause = 'other causes' | 'any cause';

/**
 * What the death competing with local recurrence is (LRFS, the cumulative incidence of death before a local
 * recurrence, LC with death censored; results.json `competingEvents`, whose `otherCause…` fields keep their names):
 * `other causes` with `background` alone, where nobody dies of sarcoma, and `any cause` once `metastasis` or
 * `progression` adds deaths from sarcoma to the same count. Titles and column heads say it so that a run with
 * sarcoma deaths is not read as one without.
 * @param results - the run's model sections (metastasis and progression)
 * @returns the words after "death from"
 */
export function competingDeathCause(results: Pick<TrialResults, 'metastasis' | 'progression'>): CompetingDeathCause {
  return results.metastasis === undefined && results.progression === undefined ? 'other causes' : 'any cause';
}
