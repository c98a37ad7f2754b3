import type { PathIssue } from './schemaIssues.js';
import { isMapping } from './isMapping.js';

/** The cohort's subtype ids as written (`id`, else `ref`). */
function subtypeIds(value: Record<string, unknown>): string[] {
  const cohort = isMapping(value.cohort) ? value.cohort : undefined;
  const subtypes: unknown[] = Array.isArray(cohort?.subtypes) ? cohort.subtypes : [];
  return subtypes.flatMap((subtype) => {
    if (!isMapping(subtype)) return [];
    const id = typeof subtype.id === 'string' ? subtype.id : subtype.ref;
    return typeof id === 'string' ? [id] : [];
  });
}

/** The pathway intervals that act before the diagnosis (with the referral, unplanned excision and patient interval). */
const beforeDiagnosis = ['primaryCare', 'secondaryCare', 'sarcomaCentre'] as const;

/**
 * What an arm's pathway does before the diagnosis, as written (the arm's fields over the scenario's; absent fields
 * take the same defaults in every arm): a patient's waits, tumour and unplanned excision up to the diagnosis cannot
 * depend on it, so an arm and the arms its table names must agree on them.
 */
function beforeDiagnosisOf(scenarioPathway: unknown, arm: Record<string, unknown>): string {
  const shared = isMapping(scenarioPathway) ? scenarioPathway : undefined;
  const own = isMapping(arm.pathway) ? arm.pathway : undefined;
  if (shared === undefined && own === undefined) return 'no pathway';
  const interval = (name: string): unknown => {
    const mine = isMapping(own?.intervals) ? own.intervals[name] : undefined;
    return mine ?? (isMapping(shared?.intervals) ? shared.intervals[name] : undefined);
  };
  // The scalar fields with their defaults (resolvePathway's), so that writing a default equals leaving it out.
  const referral = own?.referral ?? shared?.referral ?? 'local';
  const unplanned = own?.unplannedExcision ?? shared?.unplannedExcision ?? 'model';
  const patientInterval = own?.patientInterval ?? shared?.patientInterval ?? 1;
  return JSON.stringify([...beforeDiagnosis.map(interval), referral, unplanned, patientInterval]);
}

/** The problems of one target arm id of arm `index`'s table, at the key's path. */
function targetProblems(arms: Map<string, Record<string, unknown>>, router: Record<string, unknown>, key: string, target: string, path: (string | number)[], before: (arm: Record<string, unknown>) => string): PathIssue[] {
  const arm = arms.get(target);
  if (arm === undefined) return [{ path, message: `unknown arm '${target}'; arm ids: ${[...arms.keys()].join(', ')}` }];
  if (arm === router || target === router.id) return [{ path, message: `'${key}' names this arm itself: leave it out (diagnoses not listed are treated by this arm)` }];
  if (arm.treatmentBySubtype !== undefined || arm.treatmentByGrade !== undefined) return [{ path, message: `arm '${target}' chooses its treatment by diagnosis itself: name an arm with one treatment` }];
  if (arm.localControl === undefined) return [{ path, message: `arm '${target}' has no localControl: residual-disease; a treatment chosen by diagnosis is taken from an arm on the local-control model` }];
  if (arm.target === 'lesions') return [{ path, message: `arm '${target}' treats lesions (metastatic patients): a treatment chosen by diagnosis treats the primary tumour` }];
  if (before(router) !== before(arm)) {
    return [{ path, message: `arm '${target}' has another pathway before the diagnosis (intervals primaryCare, secondaryCare, sarcomaCentre, referral, unplannedExcision or patientInterval): what comes before the diagnosis cannot depend on it; give both arms the same (they may differ in the treatment interval, misdiagnosis and review)` }];
  }
  return [];
}

/** The problems of the arm itself: a table needs the local-control model (it draws the grade) and the primary tumour. */
function routerProblems(arm: Record<string, unknown>, at: (string | number)[]): PathIssue[] {
  const issues: PathIssue[] = [];
  if (arm.localControl === undefined) issues.push({ path: at, message: 'a treatment chosen by diagnosis needs the local-control model: add localControl: residual-disease to this arm' });
  if (arm.target === 'lesions') issues.push({ path: at, message: 'a treatment chosen by diagnosis treats the primary tumour: this arm treats lesions (metastatic patients); remove one of them' });
  return issues;
}

/** The problems of one key of a `treatmentBySubtype`: a cohort subtype id, or `other` when no subtype has that id. */
function subtypeKeyProblems(key: string, subtypes: readonly string[], path: (string | number)[]): PathIssue[] {
  if (key === 'other' && subtypes.includes('other')) {
    return [{ path, message: "'other' is both a cohort subtype and the key for diagnoses outside the cohort: rename the subtype" }];
  }
  if (key !== 'other' && !subtypes.includes(key)) {
    return [{ path, message: `unknown subtype '${key}'; cohort subtypes: ${subtypes.join(', ')}, or 'other' for a diagnosis outside them` }];
  }
  return [];
}

/** What the checks of one table need of the scenario: the arms by id, the cohort's subtype ids, the pathway before diagnosis. */
interface TableContext {
  readonly arms: Map<string, Record<string, unknown>>;
  readonly subtypes: readonly string[];
  readonly before: (arm: Record<string, unknown>) => string;
}

/** The problems of one table of arm `router` at `at`: empty, and per entry its key (subtype tables) and its target. */
function tableProblems(field: 'treatmentBySubtype' | 'treatmentByGrade', table: Record<string, unknown>, router: Record<string, unknown>, at: (string | number)[], context: TableContext): PathIssue[] {
  const issues: PathIssue[] = [];
  if (Object.keys(table).length === 0) issues.push({ path: at, message: 'an empty table chooses nothing: name at least one diagnosis and its arm, or remove it' });
  for (const [key, target] of Object.entries(table)) {
    const path = [...at, key];
    if (field === 'treatmentBySubtype') for (const issue of subtypeKeyProblems(key, context.subtypes, path)) issues.push(issue);
    if (typeof target === 'string') for (const issue of targetProblems(context.arms, router, key, target, path, context.before)) issues.push(issue);
  }
  return issues;
}

/**
 * Checks every arm's `treatmentBySubtype` and `treatmentByGrade` across the scenario: the arm treats the primary
 * tumour with the local-control model (reported once, at its first table); each subtype key is a cohort subtype id or
 * `other` (refused as ambiguous when a subtype is named `other`; the grade keys 1–3 are the schema's); each value names
 * another arm that treats the primary tumour on the local-control model, without a table of its own, and with the same
 * pathway before the diagnosis (its intervals up to it, referral, unplanned excision, patient interval). Lookups go
 * through a Map, never an object's prototype.
 * @param value - the parsed scenario file, any value
 * @returns the problems, each at its path
 */
export function treatmentByDiagnosisProblems(value: Record<string, unknown>): PathIssue[] {
  if (!Array.isArray(value.arms)) return [];
  const list: unknown[] = value.arms;
  const arms = new Map<string, Record<string, unknown>>();
  for (const arm of list) if (isMapping(arm) && typeof arm.id === 'string' && !arms.has(arm.id)) arms.set(arm.id, arm);
  const context: TableContext = { arms, subtypes: subtypeIds(value), before: (a) => beforeDiagnosisOf(value.pathway, a) };
  return list.flatMap((arm, index): PathIssue[] => {
    if (!isMapping(arm)) return [];
    const fields = (['treatmentBySubtype', 'treatmentByGrade'] as const).filter((field) => isMapping(arm[field]));
    const [first] = fields;
    if (first === undefined) return [];
    // The arm's own problems once, at its first table.
    const issues = routerProblems(arm, ['arms', index, first]);
    for (const field of fields) {
      const table = arm[field];
      if (isMapping(table)) for (const issue of tableProblems(field, table, arm, ['arms', index, field], context)) issues.push(issue);
    }
    return issues;
  });
}
