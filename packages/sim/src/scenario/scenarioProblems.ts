import { librarySubtype, subtypeIds } from '@rtsim/core';
import { describeValue } from './describeValue.js';
import { didYouMean } from './didYouMean.js';
import type { PathKey } from './fieldSchemas.js';
import { backgroundAgeProblem } from './backgroundAgeProblem.js';
import { complicationsProblems } from './complicationsProblems.js';
import { progressionArmProblems } from './progressionArmProblems.js';
import { metastasisArmProblems } from './metastasisArmProblems.js';
import { localControlScenarioProblems } from './localControlScenarioProblems.js';
import { unknownSubtypeKeyProblems } from './unknownSubtypeKeyProblems.js';
import { pathwayProblems } from './pathwayProblems.js';
import { subtypeWeightProblems } from './subtypeWeightProblems.js';
import { treatmentByDiagnosisProblems } from './treatmentByDiagnosisProblems.js';
import { biomarkerProblems } from './biomarkerProblems.js';
import { comparisonProblems } from './comparisonProblems.js';
import { maxArms, tooManyArmsMessage } from './maxArms.js';
import { correlationProblems } from './correlationProblems.js';
import { pinnedLibraryProblems } from './pinnedLibraryProblems.js';
import { formatIssuePath } from './formatIssuePath.js';
import type { PathIssue } from './schemaIssues.js';
import { isMapping } from './isMapping.js';

const has = (value: Record<string, unknown> | undefined, key: string): boolean =>
  value !== undefined && Object.hasOwn(value, key) && value[key] !== undefined;

/** Parameters an inline subtype must have, from itself or the cohort level (the library gives them for a ref). */
const requiredInline = ['alpha', 'alphaBeta', 'doublingTime', 'kickoffTime', 'clonogenDensity'] as const;

function duplicateIds(
  items: readonly { readonly id: string; readonly path: readonly PathKey[]; readonly owner: readonly PathKey[] }[],
  what: string,
  hint: string,
): PathIssue[] {
  const first = new Map<string, readonly PathKey[]>();
  const issues: PathIssue[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, item.owner);
    else issues.push({ path: item.path, message: `duplicate ${what} id '${item.id}' (also ${formatIssuePath(earlier)})${hint}` });
  }
  return issues;
}

/**
 * The checks that look across a scenario rather than at one field: unique arm ids, unique subtype ids, a
 * `ref` that names a library subtype, the parameters an inline subtype cannot do without (alpha,
 * alphaBeta, doublingTime, kickoffTime, clonogenDensity, and a tumour size at some level), and the names and
 * pairs of `uncertainty.correlations` (correlationProblems), at most `maxArms` arms, and the arm ids and pairs of
 * `comparisons` (comparisonProblems), and what the pinned library lacks (pinnedLibraryProblems); covariates only
 * with an arm that uses the local-control model, metastasis or background; localControlModel only with such an arm;
 * with background an age covariate that cannot draw below 0 (backgroundAgeProblem); complications with an arm with
 * surgery and no GARD target (complicationsProblems); metastasis and background only with arms that treat the tumour
 * and none of the per-patient extras the local-control path does not carry (metastasisArmProblems); a pathway only on
 * arms with the local-control model, and no covariate share of unplanned excisions beside one (pathwayProblems);
 * treatment tables that name cohort subtypes and other arms on the local-control model (treatmentByDiagnosisProblems);
 * `metastasis.histology` keys that name cohort subtypes (unknownSubtypeKeyProblems); subtype weights with a finite sum
 * (subtypeWeightProblems).
 * Runs on the raw
 * value, skipping whatever has the wrong shape (the schema reports that), so its problems are reported
 * together with the schema's.
 * @param value - the parsed file, any value
 * @returns the problems, each at a path
 */
export function scenarioProblems(value: unknown): PathIssue[] {
  if (!isMapping(value)) return [];
  const issues: PathIssue[] = [];

  if (Array.isArray(value.arms)) {
    const arms = value.arms.flatMap((arm: unknown, index) =>
      isMapping(arm) && typeof arm.id === 'string' ? [{ id: arm.id, path: ['arms', index, 'id'], owner: ['arms', index] }] : [],
    );
    for (const issue of duplicateIds(arms, 'arm', '')) issues.push(issue);
    // Also here, not only in the schema (which checks a list's length once its items are fine): a 500-arm sweep
    // learns of the limit at once.
    if (value.arms.length > maxArms) issues.push({ path: ['arms'], message: tooManyArmsMessage(value.arms.length) });
  }
  for (const issue of comparisonProblems(value)) issues.push(issue);
  for (const issue of pinnedLibraryProblems(value)) issues.push(issue);
  // Correlation names and pairs are checked here too, so they are reported even when another field of the section is wrong.
  for (const problem of correlationProblems(value.uncertainty)) issues.push({ path: ['uncertainty', ...problem.keys], message: problem.message });

  const cohort = isMapping(value.cohort) ? value.cohort : undefined;
  const usesLocalControl = Array.isArray(value.arms) && value.arms.some((arm) => isMapping(arm) && arm.localControl !== undefined);
  // Metastasis reads grade, size, depth and presentation, and background the age, with any arm (classic ones too).
  const drawsCovariates = usesLocalControl || value.metastasis !== undefined || value.background !== undefined;
  if (cohort !== undefined && cohort.covariates !== undefined && !drawsCovariates) {
    issues.push({ path: ['cohort', 'covariates'], message: 'covariates act only through the local-control model, metastasis or background: give some arm localControl: residual-disease, add metastasis or background, or remove them' });
  }
  for (const issue of backgroundAgeProblem(value)) issues.push(issue);
  for (const issue of complicationsProblems(value)) issues.push(issue);
  for (const issue of metastasisArmProblems(value)) issues.push(issue);
  for (const issue of localControlScenarioProblems(value)) issues.push(issue);
  for (const issue of progressionArmProblems(value)) issues.push(issue);
  for (const issue of pathwayProblems(value)) issues.push(issue);
  for (const issue of treatmentByDiagnosisProblems(value)) issues.push(issue);
  if (value.localControlModel !== undefined && !usesLocalControl) {
    issues.push({ path: ['localControlModel'], message: 'localControlModel overrides the residual-disease model: give some arm localControl: residual-disease, or remove it' });
  }
  if (cohort === undefined || !Array.isArray(cohort.subtypes)) return issues;
  const subtypes: unknown[] = cohort.subtypes;
  const ids: { id: string; path: PathKey[]; owner: PathKey[] }[] = [];
  const withoutSize: PathKey[][] = [];
  subtypes.forEach((subtype, index) => {
    if (!isMapping(subtype)) return;
    const at: PathKey[] = ['cohort', 'subtypes', index];
    if (has(subtype, 'ref')) {
      const ref = subtype.ref;
      if (typeof ref === 'string' && ref !== '' && librarySubtype(ref) === undefined) {
        const suggestion = didYouMean(ref, subtypeIds);
        const hint = suggestion === undefined ? '' : ` did you mean '${suggestion}'?`;
        issues.push({ path: [...at, 'ref'], message: `unknown library subtype ${describeValue(ref)};${hint} library ids: ${subtypeIds.join(', ')}` });
      }
      const id = typeof subtype.id === 'string' ? subtype.id : typeof ref === 'string' ? ref : undefined;
      if (id !== undefined) ids.push({ id, path: [...at, has(subtype, 'id') ? 'id' : 'ref'], owner: at });
      const own = isMapping(subtype.override) ? subtype.override : undefined;
      if (!has(own, 'volume') && !has(own, 'diameter')) withoutSize.push(at);
    } else {
      if (typeof subtype.id === 'string') ids.push({ id: subtype.id, path: [...at, 'id'], owner: at });
      if (!isMapping(subtype.parameters)) return;
      const own = subtype.parameters;
      for (const key of requiredInline) {
        // rsi (here or at cohort level) stands in for alpha, and without alphaBeta its β is Scott's 0.05.
        const byRsi = (key === 'alpha' || key === 'alphaBeta') && (has(own, 'rsi') || has(cohort, 'rsi'));
        if (!has(own, key) && !has(cohort, key) && !byRsi) {
          issues.push({ path: [...at, 'parameters', key], message: 'required for an inline subtype, here or at cohort level, but missing' });
        }
      }
      if (!has(own, 'volume') && !has(own, 'diameter')) withoutSize.push(at);
    }
  });
  for (const issue of duplicateIds(ids, 'subtype', "; give one of them its own 'id'")) issues.push(issue);
  for (const issue of subtypeWeightProblems(subtypes)) issues.push(issue);
  for (const issue of biomarkerProblems(value, ids.map((item) => item.id))) issues.push(issue);
  const histology = isMapping(value.metastasis) ? value.metastasis.histology : undefined;
  for (const issue of unknownSubtypeKeyProblems(histology, ['metastasis', 'histology'], ids.map((item) => item.id))) issues.push(issue);
  if (withoutSize.length > 0 && !has(cohort, 'volume') && !has(cohort, 'diameter')) {
    const which = withoutSize.length === subtypes.length ? '' : ` (${withoutSize.map(formatIssuePath).join(', ')} ${withoutSize.length === 1 ? 'has' : 'have'} none)`;
    issues.push({
      path: ['cohort', 'volume'],
      message: `required, but missing: give the tumour volume (cm³) or diameter (cm) here or in every subtype${which}`,
    });
  }
  return issues;
}
