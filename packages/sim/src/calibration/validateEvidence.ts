import * as v from 'valibot';
import type { PathKey } from '../scenario/fieldSchemas.js';
import { applyParameterValues } from '../scenario/applyParameterValues.js';
import { parseParameterPath } from '../scenario/parameterPath.js';
import { parameterSetProblems } from '../scenario/parameterSetProblems.js';
import type { PathIssue } from '../scenario/schemaIssues.js';
import { schemaIssues } from '../scenario/schemaIssues.js';
import type { ParameterTarget } from '../scenario/uncertainParameters.js';
import { parameterTargets } from '../scenario/uncertainParameters.js';
import { validateScenario } from '../scenario/validateScenario.js';
import type { CalibrationParameter } from './CalibrationSetup.js';
import type { CalibrationParameterInput } from './CalibrationInput.js';
import type { EvidenceInput, EvidenceObservationInput, EvidencePartInput } from './EvidenceInput.js';
import { evidenceScenario } from './evidenceScenario.js';
import { evidenceSchema } from './evidenceSchema.js';
import type { EvidenceSeries, EvidenceSetup } from './EvidenceSetup.js';

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
  return o.kind === 'lc' || o.kind === 'crude-lr' ? o.atYears : o.toYears;
}

/**
 * Validates a local-control evidence file already read into a value, and resolves it: the schema (every problem
 * with its path), unique series ids, at least one fit series; every population part (defaults merged) as a
 * scenario through the scenario validator (problems reported at the part); each parameter (the file's, then
 * `options.parameters`) bound by path to every part it names, one value shared by all, acting on a fit series,
 * and keeping every part valid at both ends of its range.
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
  const issues: PathIssue[] = [];
  const seed = input.seed ?? evidenceDefaults.seed;
  const patients = options.patients ?? input.patients ?? evidenceDefaults.patients;
  const defaults: EvidencePartInput = input.defaults?.population ?? {};

  const seen = new Map<string, number>();
  input.series.forEach((s, i) => {
    const earlier = seen.get(s.id);
    if (earlier === undefined) seen.set(s.id, i);
    else issues.push({ path: ['series', i, 'id'], message: `duplicate series id '${s.id}' (also series[${earlier}])` });
  });
  if (!input.series.some((s) => s.role === 'fit') && (input.parameters ?? []).length + (options.parameters ?? []).length > 0) {
    issues.push({ path: ['series'], message: "no series has role 'fit': there is nothing to fit the parameters to" });
  }

  const parts: { where: string; scenario: EvidenceSetup['parts'][number]['scenario']; fit: boolean }[] = [];
  const series: EvidenceSeries[] = input.series.map((s, i) => {
    const strata = s.strata ?? [{ id: 'all', population: s.population ?? [], observations: s.observations ?? [] }];
    return {
      id: s.id,
      evidence: s.evidence,
      role: s.role,
      citation: s.citation,
      strata: strata.map((stratum, j) => {
        const at: PathKey[] = s.strata === undefined ? ['series', i] : ['series', i, 'strata', j];
        const years = Math.ceil(stratum.observations.reduce((latest, o) => Math.max(latest, latestYears(o)), 0)) + 2;
        const total = stratum.population.reduce((sum, p) => sum + (p.share ?? 0), 0);
        const members = stratum.population.map((p, k) => {
          const where = [...at, 'population', k];
          const validation = validateScenario(evidenceScenario({ ...defaults, ...p }, { name: `${s.id}/${stratum.id}/${k}`, seed, patients, years }));
          if (!validation.ok) {
            for (const problem of validation.issues) issues.push({ path: where, message: `as a scenario, ${problem.path.join('.')}: ${problem.message}` });
          } else parts.push({ where: where.join('.'), scenario: validation.scenario, fit: s.role === 'fit' });
          return { part: parts.length - 1, weight: (p.share ?? 0) / total };
        });
        return { id: stratum.id, parts: members, observations: stratum.observations };
      }),
    };
  });
  if (issues.length > 0) return { ok: false, issues };

  const parameters: CalibrationParameter[] = [];
  const requested = [...(input.parameters ?? []).map((p, j) => ({ p, at: ['parameters', j] as PathKey[] })), ...(options.parameters ?? []).map((p, j) => ({ p, at: ['--fit', j] as PathKey[] }))];
  const named = new Set<string>();
  for (const { p, at } of requested) {
    const path = parseParameterPath(p.path);
    if (!path.ok) {
      issues.push({ path: [...at, 'path'], message: path.message });
      continue;
    }
    if (named.has(p.path)) {
      issues.push({ path: [...at, 'path'], message: `${p.path} is already fitted` });
      continue;
    }
    named.add(p.path);
    let nominal = Number.NaN;
    let firstProblem: string | undefined;
    let conflict: string | undefined;
    const targets: ParameterTarget[][] = parts.map(({ scenario, where }) => {
      const binding = parameterTargets(scenario, path.path);
      if (!binding.ok) {
        firstProblem ??= binding.message;
        return [];
      }
      if (Number.isNaN(nominal)) nominal = binding.nominal;
      else if (binding.nominal !== nominal) conflict ??= `names ${nominal} in one part but ${binding.nominal} in ${where}: a fitted parameter is one number`;
      return [...binding.targets];
    });
    if (conflict !== undefined) issues.push({ path: [...at, 'path'], message: conflict });
    else if (!targets.some((list, k) => list.length > 0 && parts[k]?.fit === true)) {
      issues.push({ path: [...at, 'path'], message: `acts on no fit series${firstProblem === undefined ? '' : ` (${firstProblem})`}: the data cannot inform it` });
    } else {
      for (const end of ['min', 'max'] as const) {
        const x = p[end];
        const k = targets.findIndex((list) => list.length > 0);
        const scenario = parts[k]?.scenario;
        if (scenario === undefined) continue;
        const one = { path: p.path, label: p.path, distribution: { dist: 'fixed' as const, value: x }, targets: targets[k] ?? [], nominal: x };
        const invalid = parameterSetProblems(applyParameterValues(scenario, [one], [x]), [one]);
        if (invalid.length > 0) issues.push({ path: [...at, end], message: `${x} would make the scenarios invalid (${invalid.join('; ')})` });
      }
      const start = p.start ?? Math.min(p.max, Math.max(p.min, nominal));
      parameters.push({ path: p.path, label: p.label ?? p.path, min: p.min, max: p.max, scale: p.scale ?? 'linear', start, nominal, targets });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, setup: { name: input.name, seed, patients, parameters, parts: parts.map(({ where, scenario }) => ({ where, scenario })), series } };
}
