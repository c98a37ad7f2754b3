import * as v from 'valibot';
import type { PathKey } from '../scenario/fieldSchemas.js';
import { formatIssuePath } from '../scenario/formatIssuePath.js';
import type { PathIssue } from '../scenario/schemaIssues.js';
import { schemaIssues } from '../scenario/schemaIssues.js';
import { validateScenario } from '../scenario/validateScenario.js';
import type { ParameterUnit, RequestedParameter } from './bindParameters.js';
import { bindParameters } from './bindParameters.js';
import type { CalibrationParameterInput } from './CalibrationInput.js';
import { duplicateIdIssues } from './duplicateIdIssues.js';
import type { EvidenceInput, EvidenceObservationInput, EvidencePartInput, EvidenceSeriesInput, EvidenceStratumInput } from './EvidenceInput.js';
import { evidenceScenario } from './evidenceScenario.js';
import { evidenceSchema, evidenceSealedRolePattern } from './evidenceSchema.js';
import { isSurvivalObservation } from './survivalObservation.js';
import type { EvidenceSeries, EvidenceSetup, EvidenceStratum } from './EvidenceSetup.js';

/** Seed and patients per part when the file gives none (docs/calibration.md). */
export const evidenceDefaults = { seed: 20261205, patients: 4096 } as const;

/** Options of {@link validateEvidence}. */
export interface EvidenceOptions {
  /** Virtual patients per part, replacing the file's. */
  readonly patients?: number;
  /** Parameters to fit in addition to the file's (from the command line). */
  readonly parameters?: readonly CalibrationParameterInput[];
}

/** What {@link validateEvidence} returns. */
export type EvidenceValidation = { readonly ok: true; readonly setup: EvidenceSetup } | { readonly ok: false; readonly issues: readonly PathIssue[] };

/** The latest time (years after treatment) an observation asks for. */
function latestYears(o: EvidenceObservationInput): number {
  return 'atYears' in o ? o.atYears : o.toYears;
}

/** The file's settings every part shares: seed, patients, default population fields. */
interface PartSettings {
  readonly seed: number;
  readonly patients: number;
  readonly defaults: EvidencePartInput;
}

/** The strata of a series: its own, or its population and observations as one stratum `all`. */
function strataOf(s: EvidenceSeriesInput): { readonly at: (j: number) => PathKey[]; readonly strata: readonly EvidenceStratumInput[] } {
  return s.strata === undefined
    ? { at: () => [], strata: [{ id: 'all', population: s.population ?? [], observations: s.observations ?? [] }] }
    : { at: (j) => ['strata', j], strata: s.strata };
}

/**
 * Every part of a series' strata as a scenario (defaults merged; follow-up 2 years beyond the latest time asked;
 * with background, metastasis and the survival times as followUp.at when the stratum reports survival),
 * appended to `units`, or its problems at the part; returns the series with its strata pointing at the units.
 */
function resolveSeries(s: EvidenceSeriesInput, i: number, settings: PartSettings, units: ParameterUnit[], issues: PathIssue[]): EvidenceSeries {
  const { at, strata } = strataOf(s);
  const resolveStratum = (stratum: EvidenceStratumInput, j: number): EvidenceStratum => {
    const years = Math.ceil(stratum.observations.reduce((latest, o) => Math.max(latest, latestYears(o)), 0)) + 2;
    // The schema holds the shares to a sum of 1 within 1e-9; dividing by it makes the weights sum to 1 exactly.
    const total = stratum.population.reduce((sum, p) => sum + (p.share ?? 0), 0);
    const survivalYears = stratum.observations.filter(isSurvivalObservation).map((o) => o.atYears);
    const parts = stratum.population.map((p, k) => {
      const where: PathKey[] = ['series', i, ...at(j), 'population', k];
      const validation = validateScenario(evidenceScenario({ ...settings.defaults, ...p }, { name: `${s.id}/${stratum.id}/${k}`, seed: settings.seed, patients: settings.patients, years, survivalYears }));
      if (!validation.ok) {
        for (const problem of validation.issues) issues.push({ path: where, message: `as a scenario, ${problem.path.join('.')}: ${problem.message}` });
      } else units.push({ id: formatIssuePath(where), scenario: validation.scenario, fit: s.role === 'fit' });
      return { part: units.length - 1, weight: (p.share ?? 0) / total };
    });
    return { id: stratum.id, parts, observations: stratum.observations };
  };
  return { id: s.id, evidence: s.evidence, role: s.role, citation: s.citation, strata: strata.map(resolveStratum) };
}

/** The file's parameters (`parameters[j]`), then the command line's (`--fit[j]`). */
function requestedParameters(input: EvidenceInput, options: EvidenceOptions): RequestedParameter[] {
  return [
    ...(input.parameters ?? []).map((p, j) => ({ input: p, at: ['parameters', j] as PathKey[] })),
    ...(options.parameters ?? []).map((p, j) => ({ input: p, at: ['--fit', j] as PathKey[] })),
  ];
}

/**
 * Validates a local-control evidence file already read into a value, and resolves it: the schema (every problem
 * with its path), unique series ids, at least one fit series when there are parameters; every population part
 * (defaults merged) as a scenario through the scenario validator (problems reported at the part), after which the
 * series of a sealed role (`sealed-holdout-NAME`) are left out of the setup (never simulated); each parameter
 * (the file's, then `options.parameters`) bound by path to every part it names (bindParameters: one value shared
 * by all, naming no number another parameter names however the path is written, acting on a fit series, and
 * keeping every part valid at both ends of its range).
 * @param value - any value (from YAML, JSON or code)
 * @param options - patients per part, extra parameters
 * @returns `{ ok: true, setup }` or `{ ok: false, issues }`
 */
export function validateEvidence(value: unknown, options: EvidenceOptions = {}): EvidenceValidation {
  const problems = schemaIssues(evidenceSchema, value);
  if (problems.length > 0) return { ok: false, issues: problems };
  const parsed = v.safeParse(evidenceSchema, value);
  if (!parsed.success) return { ok: false, issues: parsed.issues.map((issue) => ({ path: (issue.path ?? []).map((item) => item.key as PathKey), message: issue.message })) };
  const input: EvidenceInput = parsed.output;
  const settings: PartSettings = { seed: input.seed ?? evidenceDefaults.seed, patients: options.patients ?? input.patients ?? evidenceDefaults.patients, defaults: input.defaults?.population ?? {} };
  const requested = requestedParameters(input, options);
  const issues = duplicateIdIssues('series', input.series.map((s) => s.id));
  if (!input.series.some((s) => s.role === 'fit') && requested.length > 0) {
    issues.push({ path: ['series'], message: "no series has role 'fit': there is nothing to fit the parameters to" });
  }
  const units: ParameterUnit[] = [];
  const series: EvidenceSeries[] = [];
  input.series.forEach((s, i) => {
    // A sealed series is checked as scenarios like any other, into a list that is then dropped: it gets no part, so
    // nothing of it is simulated, fitted or printed until its role is renamed.
    if (evidenceSealedRolePattern.test(s.role)) resolveSeries(s, i, settings, [], issues);
    else series.push(resolveSeries(s, i, settings, units, issues));
  });
  if (issues.length > 0) return { ok: false, issues };

  const binding = bindParameters(requested, units, { unit: 'part', unbound: 'skip' });
  if (binding.issues.length > 0) return { ok: false, issues: binding.issues };
  const parts = units.map(({ id, scenario }) => ({ where: id, scenario }));
  return { ok: true, setup: { name: input.name, seed: settings.seed, patients: settings.patients, parameters: binding.parameters, parts, series } };
}
