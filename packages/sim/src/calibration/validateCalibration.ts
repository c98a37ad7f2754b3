import * as v from 'valibot';
import type { PathKey } from '../scenario/fieldSchemas.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { PathIssue } from '../scenario/schemaIssues.js';
import { scenarioProblems } from '../scenario/scenarioProblems.js';
import { schemaIssues } from '../scenario/schemaIssues.js';
import { validateScenario } from '../scenario/validateScenario.js';
import { applyParameterValues } from '../scenario/applyParameterValues.js';
import type { ParameterPath } from '../scenario/parameterPath.js';
import { parseParameterPath } from '../scenario/parameterPath.js';
import { parameterSetProblems } from '../scenario/parameterSetProblems.js';
import type { ParameterTarget, UncertainParameter } from '../scenario/uncertainParameters.js';
import { parameterTargets } from '../scenario/uncertainParameters.js';
import type { CalibrationInput } from './CalibrationInput.js';
import { calibrationSchema } from './calibrationSchema.js';
import type { CalibrationCohort, CalibrationParameter, CalibrationSetup } from './CalibrationSetup.js';
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

/** Whether a path can name anything in this series (else the parameter simply does not act on it). */
function appliesTo(scenario: ResolvedScenario, path: ParameterPath): boolean {
  if (path.kind === 'localControlModel') return scenario.arms.some((arm) => arm.localControl !== undefined);
  if (path.kind === 'subtype' || path.kind === 'marker') return path.selector === '*' || scenario.subtypes.some((subtype) => subtype.id === path.selector);
  if (path.selector !== '*') return scenario.arms.some((arm) => arm.id === path.selector);
  if (path.kind === 'modifier') return scenario.arms.some((arm) => (arm.modifiers ?? []).some((modifier) => modifier.agent === path.agent));
  return path.kind === 'doseModifyingFactor' || scenario.arms.some((arm) => arm.surgery !== undefined);
}

/** A parameter bound to one scenario, in the form the uncertainty module's helpers take (they read `targets`). */
function bound(path: string, targets: readonly ParameterTarget[], value: number): UncertainParameter {
  return { path, label: path, distribution: { dist: 'fixed', value }, targets, nominal: value };
}

function scenarioIssuePath(cohort: number, path: readonly PathKey[]): PathKey[] {
  const [first, ...rest] = path;
  if (first === 'cohort' || first === 'arms') return ['cohorts', cohort, first, ...rest];
  if (first === 'followUp') return ['cohorts', cohort, 'observed', 'atYears'];
  return ['cohorts', cohort];
}

/**
 * Validates a calibration DATA file already read into a value, and resolves it: the schema (every problem with
 * its path), unique series ids, at least one series with role `fit`; each series as a scenario (the
 * calibration's seed and patients, its cohort and arms, follow-up to `atYears`) through the scenario validator,
 * its problems reported under `cohorts[i]`; each parameter path bound to every series that has the subtype or
 * arm it names (parameterTargets), holding one common value across them (a series that overrides a library
 * value would otherwise be silently refitted), acting on at least one fitted series, naming no number another
 * parameter names, and keeping every series valid at both ends of its search range.
 * @param value - any value (from YAML, JSON or code)
 * @param options - patients per series replacing the file's
 * @returns `{ ok: true, input, setup }` or `{ ok: false, issues }` with paths as key lists
 */
export function validateCalibration(value: unknown, options: CalibrationOptions = {}): CalibrationValidation {
  const schemaProblems = schemaIssues(calibrationSchema, value);
  // The cross-field checks of each series as a scenario (library refs, ids, required parameters) run on the raw
  // value too, so that they are reported together with the schema's problems.
  const rawCohorts = typeof value === 'object' && value !== null ? (value as { cohorts?: unknown }).cohorts : undefined;
  if (Array.isArray(rawCohorts)) {
    const seen = new Set(schemaProblems.map((issue) => JSON.stringify([issue.path, issue.message])));
    rawCohorts.forEach((series: unknown, i) => {
      if (typeof series !== 'object' || series === null) return;
      const { cohort, arms } = series as { cohort?: unknown; arms?: unknown };
      for (const issue of scenarioProblems({ cohort, arms })) {
        const mapped = { path: scenarioIssuePath(i, issue.path), message: issue.message };
        const key = JSON.stringify([mapped.path, mapped.message]);
        if (!seen.has(key)) schemaProblems.push(mapped);
        seen.add(key);
      }
    });
  }
  if (schemaProblems.length > 0) return { ok: false, issues: schemaProblems };
  const parsed = v.safeParse(calibrationSchema, value);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => ({ path: (issue.path ?? []).map((item) => item.key as PathKey), message: issue.message })) };
  }
  const input = parsed.output;
  const issues: PathIssue[] = [];
  const patients = options.patients ?? input.patients;

  const firstWithId = new Map<string, number>();
  input.cohorts.forEach((series, i) => {
    const earlier = firstWithId.get(series.id);
    if (earlier === undefined) firstWithId.set(series.id, i);
    else issues.push({ path: ['cohorts', i, 'id'], message: `duplicate series id '${series.id}' (also cohorts[${earlier}])` });
  });
  if (!input.cohorts.some((series) => series.role === 'fit')) {
    issues.push({ path: ['cohorts'], message: "no series has role 'fit': there is nothing to fit the parameters to" });
  }

  const scenarios: (ResolvedScenario | undefined)[] = input.cohorts.map((series, i) => {
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
  if (issues.length > 0) return { ok: false, issues };
  const resolved = scenarios as ResolvedScenario[];

  const owners = new Map<string, number>();
  const parameters: CalibrationParameter[] = [];
  input.parameters.forEach((p, j) => {
    const at: PathKey[] = ['parameters', j];
    const parsedPath = parseParameterPath(p.path);
    if (!parsedPath.ok) {
      issues.push({ path: [...at, 'path'], message: parsedPath.message });
      return;
    }
    const targets: ParameterTarget[][] = [];
    let nominal = Number.NaN;
    let nominalSeries = '';
    let problem = false;
    resolved.forEach((scenario, i) => {
      const series = input.cohorts[i]?.id ?? String(i);
      if (!appliesTo(scenario, parsedPath.path)) {
        targets.push([]);
        return;
      }
      const binding = parameterTargets(scenario, parsedPath.path);
      if (!binding.ok) {
        issues.push({ path: [...at, 'path'], message: `in series '${series}': ${binding.message}` });
        problem = true;
        targets.push([]);
        return;
      }
      if (Number.isNaN(nominal)) {
        nominal = binding.nominal;
        nominalSeries = series;
      } else if (binding.nominal !== nominal && !problem) {
        issues.push({
          path: [...at, 'path'],
          message: `names ${nominal} in series '${nominalSeries}' but ${binding.nominal} in '${series}': a fitted parameter is one number shared by every series, so no series may set its own value`,
        });
        problem = true;
      }
      for (const target of binding.targets) {
        const key = `${i}:${JSON.stringify(target)}`;
        const owner = owners.get(key);
        if (owner !== undefined && !problem) {
          issues.push({ path: [...at, 'path'], message: `names a number that parameters[${owner}] already fits (series '${series}')` });
          problem = true;
        }
        owners.set(key, j);
      }
      targets.push([...binding.targets]);
    });
    if (problem) return;
    if (!targets.some((list, i) => list.length > 0 && input.cohorts[i]?.role === 'fit')) {
      issues.push({ path: [...at, 'path'], message: 'acts on no series with role fit: the data cannot inform it' });
      return;
    }
    for (const end of ['min', 'max'] as const) {
      const x = p[end];
      resolved.forEach((scenario, i) => {
        const list = targets[i] ?? [];
        if (list.length === 0) return;
        const one = bound(p.path, list, x);
        const problems = parameterSetProblems(applyParameterValues(scenario, [one], [x]), [one]);
        if (problems.length > 0) {
          issues.push({ path: [...at, end], message: `${x} would make series '${input.cohorts[i]?.id}' invalid (${problems.join('; ')})` });
        }
      });
    }
    const start = p.start ?? Math.min(p.max, Math.max(p.min, nominal));
    parameters.push({ path: p.path, label: p.label ?? p.path, min: p.min, max: p.max, scale: p.scale ?? 'linear', start, nominal, targets });
  });
  if (issues.length > 0) return { ok: false, issues };

  const cohorts: CalibrationCohort[] = input.cohorts.map((series, i) => ({
    id: series.id,
    reference: series.reference,
    role: series.role,
    ...(series.note === undefined ? {} : { note: series.note }),
    scenario: resolved[i],
    armShares: series.armShares ?? series.arms.map(() => 1 / series.arms.length),
    observed: observedControl(series.observed),
  }));
  return {
    ok: true,
    input,
    setup: {
      name: input.name,
      ...(input.description === undefined ? {} : { description: input.description }),
      seed: input.seed,
      patients,
      parameters,
      cohorts,
    },
  };
}
