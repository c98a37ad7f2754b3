import { schedule } from '@rtsim/core';
import * as v from 'valibot';
import type { PathKey } from './fieldSchemas.js';
import type { ResolvedScenario } from './ResolvedScenario.js';
import { resolveScenario } from './resolveScenario.js';
import { scenarioProblems } from './scenarioProblems.js';
import type { ScenarioInput } from './ScenarioInput.js';
import { scenarioSchema } from './scenarioSchema.js';
import type { PathIssue } from './schemaIssues.js';
import { schemaIssues } from './schemaIssues.js';
import { armCalendar } from './armCalendar.js';
import { treatmentHorizonProblems } from './treatmentHorizonProblems.js';
import { uncertaintyProblems } from './uncertaintyProblems.js';
import { uscDomainProblems } from './uscDomainProblems.js';
import type { DvhFiles } from './DvhFiles.js';
import { resolveDvhReferences } from './resolveDvhReferences.js';

/** A validated, resolved scenario, or every problem found. */
export type ScenarioValidation =
  | { readonly ok: true; readonly input: ScenarioInput; readonly scenario: ResolvedScenario }
  | { readonly ok: false; readonly issues: readonly PathIssue[] };

/**
 * Validates a scenario already read into a value (from YAML, JSON or built in code) and resolves it:
 * the schema (shapes, ranges, unknown keys, distributions), then the cross-field checks (unique ids, library
 * refs, required parameters), all reported together, then every arm's treatment and first visit within the follow-up
 * horizon (treatmentHorizonProblems), then resolution against the parameter library and the checks that need
 * it: every subtype's α within the domain of a USC arm (uscDomainProblems), and an `uncertainty` section
 * (uncertaintyProblems). The DVH files and folders it names (`dvh:`)
 * come from `dvhFiles`, read by the caller (readDvhFiles): a missing one, a structure not in its file or a malformed
 * file is an issue at the reference's path.
 * @param value - any value
 * @param dvhFiles - the DVH files the value names (dvhReferences), read and parsed; absent: none
 * @returns `{ ok: true, input, scenario }`, or `{ ok: false, issues }` with paths as key lists (no positions:
 * `parseScenario` adds them for text)
 */
export function validateScenario(value: unknown, dvhFiles?: DvhFiles): ScenarioValidation {
  const issues = [...schemaIssues(scenarioSchema, value)];
  const seen = new Set(issues.map((issue) => JSON.stringify([issue.path, issue.message])));
  for (const issue of scenarioProblems(value)) {
    const key = JSON.stringify([issue.path, issue.message]);
    if (!seen.has(key)) issues.push(issue);
    seen.add(key);
  }
  if (issues.length > 0) return { ok: false, issues };
  const parsed = v.safeParse(scenarioSchema, value);
  if (!parsed.success) {
    // Not expected (the walker above checks the same schema), but never accept what valibot rejects.
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({ path: (issue.path ?? []).map((item) => item.key as PathKey), message: issue.message })),
    };
  }
  const input = parsed.output;
  const scheduleIssues: PathIssue[] = [];
  input.arms.forEach((arm, index) => {
    const fractions = schedule(armCalendar(arm));
    if (fractions.some((f) => Number.isNaN(f.dose) || Number.isNaN(f.day))) {
      scheduleIssues.push({ path: ['arms', index, 'schedule'], message: "not a valid schedule (core's schedule() rejects it)" });
    }
  });
  if (scheduleIssues.length > 0) return { ok: false, issues: scheduleIssues };
  const horizonIssues = treatmentHorizonProblems(input);
  if (horizonIssues.length > 0) return { ok: false, issues: horizonIssues };
  const dvh = resolveDvhReferences(input, dvhFiles);
  if (dvh.issues.length > 0) return { ok: false, issues: dvh.issues };
  const scenario = resolveScenario(input, dvh.plans);
  // A USC arm's domain (αD₀ < 1) depends on every subtype's α, library values merged in.
  const uscIssues = uscDomainProblems(scenario);
  if (uscIssues.length > 0) return { ok: false, issues: uscIssues };
  // Uncertainty paths name numbers after library values are merged in: checked on the resolved scenario.
  const uncertaintyIssues = uncertaintyProblems(scenario);
  if (uncertaintyIssues.length > 0) return { ok: false, issues: uncertaintyIssues };
  return { ok: true, input, scenario };
}
