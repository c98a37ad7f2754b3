import type { PathKey } from '../scenario/fieldSchemas.js';
import { formatIssuePath } from '../scenario/formatIssuePath.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { PathIssue } from '../scenario/schemaIssues.js';
import { applyParameterValues } from '../scenario/applyParameterValues.js';
import type { ParameterPath } from '../scenario/parameterPath.js';
import { parseParameterPath } from '../scenario/parameterPath.js';
import { parameterSetProblems } from '../scenario/parameterSetProblems.js';
import type { ParameterTarget, UncertainParameter } from '../scenario/uncertainParameters.js';
import { parameterTargets } from '../scenario/uncertainParameters.js';
import type { CalibrationParameterInput } from './CalibrationInput.js';
import type { CalibrationParameter } from './CalibrationSetup.js';

/** A scenario that fitted parameters may act on: a series of a DATA file, or a population part of an evidence file. */
export interface ParameterUnit {
  /** Names the unit in messages, after the word of {@link BindingRules.unit}: a series id, a part's path. */
  readonly id: string;
  readonly scenario: ResolvedScenario;
  /** Whether the unit enters the likelihood (its series has role fit). */
  readonly fit: boolean;
}

/** A parameter as requested, with the path of the request for messages (`parameters[2]`, `--fit[0]`). */
export interface RequestedParameter {
  readonly input: CalibrationParameterInput;
  readonly at: readonly PathKey[];
}

/** How {@link bindParameters} words its messages and treats a path that does not bind in a unit. */
export interface BindingRules {
  /** What a unit is called in messages: `series`, `part`. */
  readonly unit: string;
  /**
   * `refuse`: a path that names something the unit has (an arm, subtype, surgery) but does not bind there is a
   * problem (DATA files: the author wrote that series). `skip`: the parameter simply does not act on that unit,
   * and the first reason is shown if it then acts on no fit unit (evidence files: the parts are generated).
   */
  readonly unbound: 'refuse' | 'skip';
}

/** What {@link bindParameters} returns: the bound parameters when `issues` is empty. */
export interface ParameterBinding {
  readonly parameters: CalibrationParameter[];
  readonly issues: PathIssue[];
}

/** Whether a path can name anything in this scenario (else the parameter simply does not act on it). */
function appliesTo(scenario: ResolvedScenario, path: ParameterPath): boolean {
  if (path.kind === 'localControlModel') return scenario.arms.some((arm) => arm.localControl !== undefined);
  if (path.kind === 'metastasisModel') return scenario.metastasis !== undefined;
  if (path.kind === 'subtype' || path.kind === 'marker') return path.selector === '*' || scenario.subtypes.some((subtype) => subtype.id === path.selector);
  if (path.selector !== '*') return scenario.arms.some((arm) => arm.id === path.selector);
  if (path.kind === 'modifier') return scenario.arms.some((arm) => (arm.modifiers ?? []).some((modifier) => modifier.agent === path.agent));
  return path.kind === 'doseModifyingFactor' || scenario.arms.some((arm) => arm.surgery !== undefined);
}

/** A request's path as people read it: `parameters[2]`, or `--fit item 1` for an option's (1-based) item. */
function requestName(at: readonly PathKey[]): string {
  const [first, item] = at;
  return typeof first === 'string' && first.startsWith('--') ? `${first} item ${Number(item) + 1}` : formatIssuePath(at);
}

/** A parameter bound to one scenario, in the form the uncertainty module's helpers take (they read `targets`). */
function fixedAt(path: string, targets: readonly ParameterTarget[], value: number): UncertainParameter {
  return { path, label: path, distribution: { dist: 'fixed', value }, targets, nominal: value };
}

/**
 * Which numbers (unit, target) earlier parameters already fit, keyed `unit:target`, with the request that fits
 * each: two spellings of one number (`cohort.subtypes[*]…` and `cohort.subtypes[sts]…`) meet here.
 */
type Owners = Map<string, readonly PathKey[]>;

/** The targets of one parameter in every unit, with its common value, or nothing when a problem was reported. */
function bindOne(request: RequestedParameter, path: ParameterPath, units: readonly ParameterUnit[], owners: Owners, rules: BindingRules, issues: PathIssue[]): { targets: ParameterTarget[][]; nominal: number; unbound?: string } | undefined {
  const at: PathKey[] = [...request.at, 'path'];
  const targets: ParameterTarget[][] = [];
  let nominal = Number.NaN;
  let nominalUnit = '';
  let unbound: string | undefined;
  let problem = false;
  units.forEach((unit, i) => {
    if (rules.unbound === 'refuse' && !appliesTo(unit.scenario, path)) {
      targets.push([]);
      return;
    }
    const binding = parameterTargets(unit.scenario, path);
    if (!binding.ok) {
      if (rules.unbound === 'skip') unbound ??= binding.message;
      else {
        issues.push({ path: at, message: `in ${rules.unit} '${unit.id}': ${binding.message}` });
        problem = true;
      }
      targets.push([]);
      return;
    }
    if (Number.isNaN(nominal)) {
      nominal = binding.nominal;
      nominalUnit = unit.id;
    } else if (binding.nominal !== nominal && !problem) {
      issues.push({
        path: at,
        message: `names ${nominal} in ${rules.unit} '${nominalUnit}' but ${binding.nominal} in '${unit.id}': a fitted parameter is one number shared by every ${rules.unit}, so no ${rules.unit} may set its own value`,
      });
      problem = true;
    }
    for (const target of binding.targets) {
      const key = `${i}:${JSON.stringify(target)}`;
      const owner = owners.get(key);
      if (owner !== undefined && !problem) {
        issues.push({ path: at, message: `names a number that ${requestName(owner)} already fits (${rules.unit} '${unit.id}')` });
        problem = true;
      }
      owners.set(key, request.at);
    }
    targets.push([...binding.targets]);
  });
  if (problem) return undefined;
  return unbound === undefined ? { targets, nominal } : { targets, nominal, unbound };
}

/** Problems of every unit the parameter acts on with the parameter at either end of its range. */
function rangeEndIssues(request: RequestedParameter, units: readonly ParameterUnit[], targets: readonly (readonly ParameterTarget[])[], rules: BindingRules): PathIssue[] {
  const issues: PathIssue[] = [];
  for (const end of ['min', 'max'] as const) {
    const x = request.input[end];
    units.forEach((unit, i) => {
      const list = targets[i] ?? [];
      if (list.length === 0) return;
      const one = fixedAt(request.input.path, list, x);
      const problems = parameterSetProblems(applyParameterValues(unit.scenario, [one], [x]), [one]);
      if (problems.length > 0) issues.push({ path: [...request.at, end], message: `${x} would make ${rules.unit} '${unit.id}' invalid (${problems.join('; ')})` });
    });
  }
  return issues;
}

/**
 * Binds the parameters of a calibration to its units (series or population parts), as docs/calibration.md states
 * for both kinds of file: each path is parsed and bound (parameterTargets) in every unit that has what it names;
 * it must hold one common value in all of them (a unit that overrides a library value would otherwise be silently
 * refitted), name no number that an earlier parameter names (however the path is written: `*` or an id), act on
 * at least one fit unit, and keep every unit it acts on valid at both ends of its range [min, max]. The start is
 * the request's, else the common value clamped into the range.
 * @param requested - the parameters in order (the file's, then the command line's)
 * @param units - the scenarios, in the order of CalibrationParameter.targets
 * @param rules - what a unit is called, and whether a path that does not bind in a unit is refused or skipped
 * @returns the bound parameters and every problem, each at its request's path (`parameters[j].path`, `.min`, `.max`)
 */
export function bindParameters(requested: readonly RequestedParameter[], units: readonly ParameterUnit[], rules: BindingRules): ParameterBinding {
  const owners: Owners = new Map();
  const issues: PathIssue[] = [];
  const parameters: CalibrationParameter[] = [];
  for (const request of requested) {
    const p = request.input;
    const parsed = parseParameterPath(p.path);
    if (!parsed.ok) {
      issues.push({ path: [...request.at, 'path'], message: parsed.message });
      continue;
    }
    const bound = bindOne(request, parsed.path, units, owners, rules, issues);
    if (bound === undefined) continue;
    if (!bound.targets.some((list, i) => list.length > 0 && units[i]?.fit === true)) {
      const reason = bound.unbound === undefined ? '' : ` (${bound.unbound})`;
      issues.push({ path: [...request.at, 'path'], message: `acts on no series with role fit${reason}: the data cannot inform it` });
      continue;
    }
    for (const issue of rangeEndIssues(request, units, bound.targets, rules)) issues.push(issue);
    const start = p.start ?? Math.min(p.max, Math.max(p.min, bound.nominal));
    parameters.push({ path: p.path, label: p.label ?? p.path, min: p.min, max: p.max, scale: p.scale ?? 'linear', start, nominal: bound.nominal, targets: bound.targets });
  }
  return { parameters, issues };
}
