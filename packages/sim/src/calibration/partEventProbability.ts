import type { TrialResults } from '../cohort/TrialResults.js';
import type { EvidenceSurvivalObservationInput } from './EvidenceInput.js';

/** A value of the engine's endpoints, refused when missing (a time not in `followUp.at`, or beyond the horizon). */
function present(value: number | null | undefined, what: string, years: number): number {
  if (value === null || value === undefined || !Number.isFinite(value)) throw new RangeError(`the engine gave no ${what} at ${years} years (not a followUp.at time of the part)`);
  return value;
}

/**
 * The probability of a survival kind's event in the one arm of a part's summary, read from the engine's
 * competing-event endpoints at a `followUp.at` time (years from the first treatment event; docs/scenarios.md,
 * "Metastasis and survival"): os and deaths 1 − overall survival; dss 1 − disease-specific survival; dmfs
 * 1 − distant-metastasis-free survival; lrfs 1 − local-recurrence-free survival; cif-metastasis and metastases the
 * cumulative incidence of metastasis (death a competing risk).
 * @param results - the summary of a scenario with `background` and `metastasis` and the times in `followUp.at`
 * @returns the event probability of a kind at a time
 * @throws RangeError (from the returned function) when the time is not one of the part's `followUp.at`
 */
export function partEventProbability(results: TrialResults): (kind: EvidenceSurvivalObservationInput['kind'], years: number) => number {
  const competing = results.arms[0]?.competingEvents;
  return (kind, years) => {
    if (kind === 'lrfs') {
      const at = competing?.atTimes?.find((t) => t.years === years);
      return 1 - present(at?.localRecurrenceFreeSurvival, 'local-recurrence-free survival', years);
    }
    const at = competing?.metastasis?.atTimes?.find((t) => t.years === years);
    if (kind === 'os' || kind === 'deaths') return 1 - present(at?.overallSurvival, 'overall survival', years);
    if (kind === 'dss') return 1 - present(at?.diseaseSpecificSurvival, 'disease-specific survival', years);
    if (kind === 'dmfs') return 1 - present(at?.distantMetastasisFreeSurvival, 'distant-metastasis-free survival', years);
    return present(at?.metastasisIncidence, 'cumulative incidence of metastasis', years);
  };
}
