import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { applyParameterValues } from '../scenario/applyParameterValues.js';
import type { UncertainParameter } from '../scenario/uncertainParameters.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import { binomialDeviance } from './binomialDeviance.js';
import type { CalibrationInterval, FittedParameter } from './CalibrationResults.js';
import type { EvidenceCoverage, EvidenceResults, EvidenceTermResult } from './EvidenceResults.js';
import type { EvidenceSetup } from './EvidenceSetup.js';
import { evidenceTerms } from './evidenceTerms.js';
import type { EvidenceTerm } from './evidenceTerms.js';
import { partLocalControl } from './partLocalControl.js';
import { fitWithProfiles } from './fitWithProfiles.js';
import { fittedParameter } from './fittedParameter.js';
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

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A part's scenario with the parameters that act on it set to `values` (natural units). */
function partScenario(setup: EvidenceSetup, part: number, values: readonly number[]): ResolvedScenario {
  const scenario = setup.parts[part]?.scenario;
  if (scenario === undefined) throw new RangeError(`no part ${part}`);
  const acting: UncertainParameter[] = [];
  const actingValues: number[] = [];
  setup.parameters.forEach((p, j) => {
    const targets = p.targets[part] ?? [];
    if (targets.length === 0) return;
    acting.push({ path: p.path, label: p.label, distribution: { dist: 'fixed', value: values[j] ?? p.nominal }, targets, nominal: p.nominal });
    actingValues.push(values[j] ?? p.nominal);
  });
  return acting.length === 0 ? scenario : applyParameterValues(scenario, acting, actingValues);
}

/** Deviance of one term: events of n against the predicted event probability. */
const termDeviance = (t: EvidenceTerm): number => binomialDeviance(t.n - t.events, t.n, 1 - t.predicted);

/**
 * Fits parameters of the local-control model (or any parameter path) to a local-control evidence file by maximum
 * likelihood, or predicts every series with the nominal values (`fit: false`, the library defaults), and reports
 * every binomial term observed against predicted with the Wilson 95% interval of the observation, whether the
 * prediction lies inside it, and the coverage per role (fit, holdout, holdout-NAME) with the direction of the misses.
 *
 * Each population part is one scenario simulated by the cohort engine with the file's seed and patients (common
 * random numbers: every evaluation sees the same virtual patients); a stratum's LC(t) is the share-weighted sum of
 * its parts' (partLocalControl), and its observations become terms as in scripts/reference/local_control_model.py
 * (evidenceTerms). −2 ln L is the sum of the binomial deviances of the fit terms; Nelder–Mead and the profile
 * likelihood are those of runCalibration.
 * @param setup - from validateEvidence
 * @param options - fit or predict, profiling, progress, abort
 * @returns (a promise of) the results (calibration.json)
 * @throws (rejects) the signal's reason when aborted; Error when a simulation is refused
 */
export async function runEvidenceCalibration(setup: EvidenceSetup, options: RunEvidenceOptions = {}): Promise<EvidenceResults> {
  const { parameters } = setup;
  const k = parameters.length;
  const fitting = options.fit !== false && k > 0;
  const cache = new Map<string, (years: number) => number>();
  const partControl = (part: number, values: readonly number[]): ((years: number) => number) => {
    const acting = values.filter((_, j) => (parameters[j]?.targets[part] ?? []).length > 0);
    const key = `${part}:${acting.join(',')}`;
    let lc = cache.get(key);
    if (lc === undefined) {
      lc = partLocalControl(partScenario(setup, part, values));
      cache.set(key, lc);
    }
    return lc;
  };
  const seriesTerms = (values: readonly number[], only?: (role: string) => boolean): { series: EvidenceSetup['series'][number]; stratum: string; term: EvidenceTerm }[] =>
    setup.series.flatMap((series) => {
      if (only !== undefined && !only(series.role)) return [];
      return series.strata.flatMap((stratum) => {
        const curves = stratum.parts.map(({ part, weight }) => ({ lc: partControl(part, values), weight }));
        const lc = (years: number): number => curves.reduce((sum, c) => sum + c.weight * c.lc(years), 0);
        return evidenceTerms(stratum.observations, lc).map((term) => ({ series, stratum: stratum.id, term }));
      });
    });

  let evaluations = 0;
  let best = Infinity;
  let stage: 'fit' | 'profile' = 'fit';
  let lastYield = Date.now();
  const objective = async (u: readonly number[]): Promise<number> => {
    options.signal?.throwIfAborted();
    if (Date.now() - lastYield >= 50) {
      await nextTask();
      lastYield = Date.now();
      options.signal?.throwIfAborted();
    }
    const values = u.map((ui, j) => fromSearch(parameters[j], ui));
    evaluations++;
    const total = seriesTerms(values, (role) => role === 'fit').reduce((sum, { term }) => sum + termDeviance(term), 0);
    if (total < best) best = total;
    if (evaluations % 10 === 0) options.onProgress?.({ stage, evaluations, deviance: best });
    return total;
  };

  const start = parameters.map((p) => toSearch(p, fitting ? p.start : p.nominal));
  const fit = fitting
    ? await fitWithProfiles(objective, parameters, start, {
        profile: options.profile,
        onProfile: () => {
          stage = 'profile';
        },
      })
    : undefined;
  const estimate = fit?.estimate ?? start;
  const profiles = fit?.profiles ?? [];
  const fitEvaluations = evaluations;
  options.onProgress?.({ stage: 'predict', evaluations, deviance: fit?.minimum ?? Number.NaN });

  const values = estimate.map((u, j) => fromSearch(parameters[j], u));
  const terms: EvidenceTermResult[] = seriesTerms(values).map(({ series, stratum, term }) => {
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
  });
  const roles = [...new Set(setup.series.map((s) => s.role))];
  const coverage: EvidenceCoverage[] = roles.map((role) => {
    const own = terms.filter((t) => t.role === role);
    return {
      role,
      terms: own.length,
      inside: own.filter((t) => t.inside).length,
      tooManyEvents: own.filter((t) => t.miss === 'above').length,
      tooFewEvents: own.filter((t) => t.miss === 'below').length,
    };
  });
  const fitted: FittedParameter[] = parameters.map((p, j) => fittedParameter(p, values[j] ?? p.nominal, profiles[j], setup.series.filter((s) => s.role === 'fit' && s.strata.some((st) => st.parts.some(({ part }) => (p.targets[part] ?? []).length > 0))).map((s) => s.id)));
  return {
    rtsim: { version: options.version ?? 'unknown', calibrationFormat: 1, kind: 'local-control-evidence' },
    name: setup.name,
    seed: setup.seed,
    patients: setup.patients,
    mode: fitting ? 'fitted' : 'predicted',
    fit: fit === undefined ? null : { deviance: fit.minimum, terms: terms.filter((t) => t.role === 'fit').length, evaluations: fitEvaluations, converged: fit.converged },
    parameters: fitted,
    terms,
    coverage,
  };
}
