import type { EvidenceObservationInput, EvidenceSurvivalObservationInput } from './EvidenceInput.js';
import { effectiveN } from './evidenceTerms.js';
import type { EvidenceTerm } from './evidenceTerms.js';
import { isSurvivalObservation } from './survivalObservation.js';

/** Label prefix of each kind: the endpoint as papers name it. */
const labels: Readonly<Record<EvidenceSurvivalObservationInput['kind'], string>> = {
  os: 'OS',
  dss: 'DSS',
  dmfs: 'DMFS',
  lrfs: 'LRFS',
  'cif-metastasis': 'CIF metastasis',
  deaths: 'deaths by',
  metastases: 'metastases by',
};

/** Events of n: a survival value S counts n(1 − S) events; a cumulative incidence F counts nF; counts as given. */
function observed(o: EvidenceSurvivalObservationInput): { events: number; n: number } {
  if ('events' in o) return { events: o.events, n: o.patients };
  const n = effectiveN(o);
  return { events: n * (o.kind === 'cif-metastasis' ? o.value : 1 - o.value), n };
}

/**
 * The binomial terms of a stratum's survival and competing-event observations, one per observation in file order,
 * each on its own (several times of one endpoint are not chained as `lc` is: a later term overlaps an earlier one,
 * so a series with several times overstates its information). A published value enters with the effective size of
 * its 95% interval (effectiveN, as for `lc`).
 * @param observations - the stratum's observations (others are skipped)
 * @param eventProbability - predicted probability of the kind's event by t years from the first treatment event
 * @returns the terms
 */
export function survivalTerms(observations: readonly EvidenceObservationInput[], eventProbability: (kind: EvidenceSurvivalObservationInput['kind'], years: number) => number): EvidenceTerm[] {
  return observations.filter(isSurvivalObservation).map((o) => {
    return { label: `${labels[o.kind]} ${o.atYears} y`, kind: o.kind, ...observed(o), predicted: eventProbability(o.kind, o.atYears) };
  });
}
