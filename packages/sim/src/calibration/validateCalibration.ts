import * as v from 'valibot';
import type { PathKey } from '../scenario/fieldSchemas.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { PathIssue } from '../scenario/schemaIssues.js';
import { scenarioProblems } from '../scenario/scenarioProblems.js';
import { schemaIssues } from '../scenario/schemaIssues.js';
import { validateScenario } from '../scenario/validateScenario.js';
import { bindParameters } from './bindParameters.js';
import type { CalibrationInput } from './CalibrationInput.js';
import { calibrationSchema } from './calibrationSchema.js';
import type { CalibrationCohort, CalibrationSetup } from './CalibrationSetup.js';
import { duplicateIdIssues } from './duplicateIdIssues.js';
import { observedControl } from './observedControl.js';

/** A validated and resolved calibration, or every problem found. */
export type CalibrationValidation =
  | { readonly ok: true; readonly input: CalibrationInput; readonly setup: CalibrationSetup }
  | { readonly ok: false; readonly issues: readonly PathIssue[] };

/** Options of {@link validateCalibration}. */
export interface CalibrationOptions {
  /** Virtual patients per series and evaluation, replacing the file's `patients`. */
  readonly patients?: number;
}

/** Where a problem of a series as a scenario sits in the DATA file. */
function scenarioIssuePath(cohort: number, path: readonly PathKey[]): PathKey[] {
  const [first, ...rest] = path;
  if (first === 'cohort' || first === 'arms') return ['cohorts', cohort, first, ...rest];
  if (first === 'followUp') return ['cohorts', cohort, 'observed', 'atYears'];
  return ['cohorts', cohort];
}

/**
 * The schema's problems, with the cross-field checks of each series as a scenario (library refs, ids, required
 * parameters) run on the raw value too, so that they are reported together with the schema's problems.
 */
function rawProblems(value: unknown): PathIssue[] {
  const problems = schemaIssues(calibrationSchema, value);
  const rawCohorts = typeof value === 'object' && value !== null ? (value as { cohorts?: unknown }).cohorts : undefined;
  if (!Array.isArray(rawCohorts)) return problems;
  const seen = new Set(problems.map((issue) => JSON.stringify([issue.path, issue.message])));
  rawCohorts.forEach((series: unknown, i) => {
    if (typeof series !== 'object' || series === null) return;
    const { cohort, arms } = series as { cohort?: unknown; arms?: unknown };
    for (const issue of scenarioProblems({ cohort, arms })) {
      const mapped = { path: scenarioIssuePath(i, issue.path), message: issue.message };
      const key = JSON.stringify([mapped.path, mapped.message]);
      if (!seen.has(key)) problems.push(mapped);
      seen.add(key);
    }
  });
  return problems;
}

/** Unique series ids and at least one series to fit. */
function seriesIssues(input: CalibrationInput): PathIssue[] {
  const issues = duplicateIdIssues('cohorts', input.cohorts.map((series) => series.id));
  if (!input.cohorts.some((series) => series.role === 'fit')) {
    issues.push({ path: ['cohorts'], message: "no series has role 'fit': there is nothing to fit the parameters to" });
  }
  return issues;
}

/** Each series as a scenario (the calibration's seed and patients, follow-up to atYears), or its problems under `cohorts[i]`. */
function seriesScenarios(input: CalibrationInput, patients: number, issues: PathIssue[]): (ResolvedScenario | undefined)[] {
  return input.cohorts.map((series, i) => {
    const validation = validateScenario({
      version: 1,
      name: `${input.name}: ${series.id}`,
      references: [series.reference],
      seed: input.seed,
      patients,
      cohort: series.cohort,
      arms: series.arms,
      followUp: { years: series.observed.atYears },
    });
    if (validation.ok) return validation.scenario;
    for (const issue of validation.issues) {
      const path = scenarioIssuePath(i, issue.path);
      const message = path.length === 2 ? `as a scenario, ${issue.path.join('.')}: ${issue.message}` : issue.message;
      issues.push({ path, message, ...(issue.atKey === true ? { atKey: true } : {}) });
    }
    return undefined;
  });
}

/** The resolved series: scenario, arm shares (equal by default), observation as the likelihood reads it. */
function resolvedCohorts(input: CalibrationInput, scenarios: readonly ResolvedScenario[]): CalibrationCohort[] {
  return input.cohorts.map((series, i) => ({
    id: series.id,
    reference: series.reference,
    role: series.role,
    ...(series.note === undefined ? {} : { note: series.note }),
    scenario: scenarios[i],
    armShares: series.armShares ?? series.arms.map(() => 1 / series.arms.length),
    observed: observedControl(series.observed),
  }));
}

/**
 * Validates a calibration DATA file already read into a value, and resolves it: the schema (every problem with
 * its path), unique series ids, at least one series with role `fit`; each series as a scenario (the
 * calibration's seed and patients, its cohort and arms, follow-up to `atYears`) through the scenario validator,
 * its problems reported under `cohorts[i]`; each parameter path bound to every series that has the subtype or
 * arm it names (bindParameters: one common value across them, since a series that overrides a library value
 * would otherwise be silently refitted; acting on at least one fitted series; naming no number another
 * parameter names; keeping every series valid at both ends of its search range).
 * @param value - any value (from YAML, JSON or code)
 * @param options - patients per series replacing the file's
 * @returns `{ ok: true, input, setup }` or `{ ok: false, issues }` with paths as key lists
 */
export function validateCalibration(value: unknown, options: CalibrationOptions = {}): CalibrationValidation {
  const problems = rawProblems(value);
  if (problems.length > 0) return { ok: false, issues: problems };
  const parsed = v.safeParse(calibrationSchema, value);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => ({ path: (issue.path ?? []).map((item) => item.key as PathKey), message: issue.message })) };
  }
  const input = parsed.output;
  const patients = options.patients ?? input.patients;
  const issues = seriesIssues(input);
  const scenarios = seriesScenarios(input, patients, issues);
  if (issues.length > 0) return { ok: false, issues };
  const resolved = scenarios as ResolvedScenario[];

  const units = resolved.map((scenario, i) => ({ id: input.cohorts[i]?.id ?? String(i), scenario, fit: input.cohorts[i]?.role === 'fit' }));
  const requested = input.parameters.map((p, j) => ({ input: p, at: ['parameters', j] as PathKey[] }));
  const binding = bindParameters(requested, units, { unit: 'series', unbound: 'refuse' });
  if (binding.issues.length > 0) return { ok: false, issues: binding.issues };
  const setup: CalibrationSetup = {
    name: input.name,
    ...(input.description === undefined ? {} : { description: input.description }),
    seed: input.seed,
    patients,
    parameters: binding.parameters,
    cohorts: resolvedCohorts(input, resolved),
  };
  return { ok: true, input, setup };
}
