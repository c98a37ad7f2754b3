import { wilsonInterval } from '../stats/wilsonInterval.js';
import { binomialDeviance } from './binomialDeviance.js';
import type { CalibrationInterval, FittedParameter } from './CalibrationResults.js';
import type { EvidenceCoverage, EvidenceResults, EvidenceTermResult } from './EvidenceResults.js';
import { heldOutBias } from './heldOutBias.js';
import type { CalibrationParameter } from './CalibrationSetup.js';
import { cooperativeObjective } from './cooperativeObjective.js';
import type { EvidenceSeries, EvidenceSetup } from './EvidenceSetup.js';
import { evidenceTerms } from './evidenceTerms.js';
import type { EvidenceTerm } from './evidenceTerms.js';
import { partEventProbability } from './partEventProbability.js';
import { partLocalControl } from './partLocalControl.js';
import { simulatedSummary } from './simulatedSummary.js';
import { survivalTerms } from './survivalTerms.js';
import { fitWithProfiles } from './fitWithProfiles.js';
import { fittedParameter } from './fittedParameter.js';
import { scenarioAtValues } from './scenarioAtValues.js';
import { fromSearch, toSearch } from './searchScale.js';

/** Options of {@link runEvidenceCalibration}. */
export interface RunEvidenceOptions {
  /** Fit the setup's parameters (default true when it has any); false: predict at their nominal values (library values). */
  readonly fit?: boolean;
  /** Profile-likelihood intervals after a fit (default true). */
  readonly profile?: boolean;
  readonly version?: string;
  readonly onProgress?: (progress: { readonly stage: 'fit' | 'profile' | 'predict'; readonly evaluations: number; readonly deviance: number }) => void;
  readonly signal?: AbortSignal;
}

/** A term of a stratum with the series and stratum it belongs to. */
interface SeriesTerm {
  readonly series: EvidenceSeries;
  readonly stratum: string;
  readonly term: EvidenceTerm;
}

/** Deviance of one term: events of n against the predicted event probability. */
const termDeviance = (t: EvidenceTerm): number => binomialDeviance(t.n - t.events, t.n, 1 - t.predicted);

/** What a stratum reads of a simulated part: LC(t) after treatment, and the event probability of a survival kind. */
interface PartOutcome {
  readonly lc: (years: number) => number;
  readonly event: ReturnType<typeof partEventProbability>;
}

/** The outcome of a part at parameter values, each part simulated once per values of the parameters acting on it. */
function cachedPartControl(setup: EvidenceSetup): (part: number, values: readonly number[]) => PartOutcome {
  const cache = new Map<string, PartOutcome>();
  return (part, values) => {
    const acting = values.filter((_, j) => (setup.parameters[j]?.targets[part] ?? []).length > 0);
    const key = `${part}:${acting.join(',')}`;
    let outcome = cache.get(key);
    if (outcome === undefined) {
      const scenario = setup.parts[part]?.scenario;
      if (scenario === undefined) throw new RangeError(`no part ${part}`);
      const summary = simulatedSummary(scenarioAtValues(scenario, setup.parameters, part, values));
      outcome = { lc: partLocalControl(summary), event: partEventProbability(summary.results) };
      cache.set(key, outcome);
    }
    return outcome;
  };
}

/** The terms of every stratum of the series whose role passes `only` (all by default), LC(t) share-weighted over parts. */
function seriesTerms(setup: EvidenceSetup, partControl: ReturnType<typeof cachedPartControl>, values: readonly number[], only?: (role: string) => boolean): SeriesTerm[] {
  return setup.series.flatMap((series) => {
    if (only !== undefined && !only(series.role)) return [];
    return series.strata.flatMap((stratum) => {
      const outcomes = stratum.parts.map(({ part, weight }) => ({ outcome: partControl(part, values), weight }));
      const lc = (years: number): number => outcomes.reduce((sum, c) => sum + c.weight * c.outcome.lc(years), 0);
      // A mixture's survival is the share-weighted sum of its parts' (exact for OS and incidences; for a
      // Kaplan–Meier endpoint with censoring, DMFS or DSS, the weighted sum of the parts' estimates).
      const event: PartOutcome['event'] = (kind, years) => outcomes.reduce((sum, c) => sum + c.weight * c.outcome.event(kind, years), 0);
      return [...evidenceTerms(stratum.observations, lc), ...survivalTerms(stratum.observations, event)].map((term) => ({ series, stratum: stratum.id, term }));
    });
  });
}

/** A term observed against predicted: the Wilson 95% interval of the observation, and a miss by direction. */
function termResult({ series, stratum, term }: SeriesTerm): EvidenceTermResult {
  const ci = wilsonInterval(term.events, term.n);
  const observedCi95: CalibrationInterval = [ci[0], ci[1]];
  const above = term.predicted > observedCi95[1];
  const below = term.predicted < observedCi95[0];
  return {
    series: series.id,
    stratum,
    evidence: series.evidence,
    role: series.role,
    observation: term.label,
    events: term.events,
    n: term.n,
    observed: term.events / term.n,
    observedCi95,
    predicted: term.predicted,
    inside: !above && !below,
    miss: above ? 'above' : below ? 'below' : null,
    deviance: termDeviance(term),
  };
}

/** Per role, in the order the roles first appear: terms inside their interval, and the misses by direction. */
function coverageByRole(setup: EvidenceSetup, terms: readonly EvidenceTermResult[]): EvidenceCoverage[] {
  const roles = [...new Set(setup.series.map((s) => s.role))];
  return roles.map((role) => {
    const own = terms.filter((t) => t.role === role);
    return {
      role,
      terms: own.length,
      inside: own.filter((t) => t.inside).length,
      tooManyEvents: own.filter((t) => t.miss === 'above').length,
      tooFewEvents: own.filter((t) => t.miss === 'below').length,
    };
  });
}

/** The fit series a parameter acts on (through any part of any stratum). */
function informedBy(setup: EvidenceSetup, p: CalibrationParameter): string[] {
  return setup.series.filter((s) => s.role === 'fit' && s.strata.some((st) => st.parts.some(({ part }) => (p.targets[part] ?? []).length > 0))).map((s) => s.id);
}

/**
 * Fits parameters of the local-control model (or any parameter path) to a local-control evidence file by maximum
 * likelihood, or predicts every series with the nominal values (`fit: false`, the library defaults), and reports
 * every binomial term observed against predicted with the Wilson 95% interval of the observation, whether the
 * prediction lies inside it, and the coverage per role (fit, holdout, holdout-NAME) with the direction of the misses.
 *
 * Each population part is one scenario simulated by the cohort engine with the file's seed and patients (common
 * random numbers: every evaluation sees the same virtual patients); a stratum's LC(t) is the share-weighted sum of
 * its parts' (partLocalControl), and its observations become terms as in scripts/reference/local_control_model.py
 * (evidenceTerms); survival and competing-event observations read the engine's competing-event endpoints at their
 * times (partEventProbability, survivalTerms). −2 ln L is the sum of the binomial deviances of the fit terms; Nelder–Mead and the profile
 * likelihood are those of runCalibration.
 * @param setup - from validateEvidence
 * @param options - fit or predict, profiling, progress, abort
 * @returns (a promise of) the results (calibration.json)
 * @throws (rejects) the signal's reason when aborted; Error when a simulation is refused
 */
export async function runEvidenceCalibration(setup: EvidenceSetup, options: RunEvidenceOptions = {}): Promise<EvidenceResults> {
  const { parameters } = setup;
  const fitting = options.fit !== false && parameters.length > 0;
  const partControl = cachedPartControl(setup);
  let stage: 'fit' | 'profile' = 'fit';
  const { objective, tally } = cooperativeObjective(
    (u) => {
      const values = u.map((ui, j) => fromSearch(parameters[j], ui));
      return seriesTerms(setup, partControl, values, (role) => role === 'fit').reduce((sum, { term }) => sum + termDeviance(term), 0);
    },
    { signal: options.signal, onTally: ({ evaluations, best }) => options.onProgress?.({ stage, evaluations, deviance: best }) },
  );

  const start = parameters.map((p) => toSearch(p, fitting ? p.start : p.nominal));
  const onProfile = (): void => {
    stage = 'profile';
  };
  const fit = fitting ? await fitWithProfiles(objective, parameters, start, { profile: options.profile, onProfile }) : undefined;
  const { evaluations } = tally();
  options.onProgress?.({ stage: 'predict', evaluations, deviance: fit?.minimum ?? Number.NaN });

  const values = (fit?.estimate ?? start).map((u, j) => fromSearch(parameters[j], u));
  const terms = seriesTerms(setup, partControl, values).map(termResult);
  return {
    rtsim: { version: options.version ?? 'unknown', calibrationFormat: 1, kind: 'local-control-evidence' },
    name: setup.name,
    seed: setup.seed,
    patients: setup.patients,
    mode: fitting ? 'fitted' : 'predicted',
    fit: fit === undefined ? null : { deviance: fit.minimum, terms: terms.filter((t) => t.role === 'fit').length, evaluations, converged: fit.converged },
    parameters: parameters.map((p, j): FittedParameter => fittedParameter(p, values[j] ?? p.nominal, fit?.profiles[j], informedBy(setup, p))),
    terms,
    coverage: coverageByRole(setup, terms),
    heldOut: heldOutBias(terms),
  };
}
