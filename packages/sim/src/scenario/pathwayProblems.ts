import type { PathIssue } from './schemaIssues.js';
import { isMapping } from './isMapping.js';

/** The problem of arm `index` under a pathway, or undefined: it must treat the tumour with the local-control model. */
function armProblem(arm: Record<string, unknown>, index: number, own: boolean): PathIssue | undefined {
  const id = typeof arm.id === 'string' ? `arm '${arm.id}'` : `arm ${index + 1}`;
  const path = own ? ['arms', index, 'pathway'] : ['arms', index];
  if (arm.target === 'lesions') {
    return { path, message: `a diagnostic pathway leads to the treatment of a primary tumour: ${id} treats lesions (metastatic patients); remove ${own ? 'its pathway' : 'the pathway or the arm'}` };
  }
  if (arm.localControl === undefined) {
    return { path, message: `a diagnostic pathway acts through the local-control model (tumour size, margins after an unplanned excision): ${id} has no localControl: residual-disease; add it, or remove ${own ? 'its pathway' : 'the scenario\'s pathway'}` };
  }
  return undefined;
}

/**
 * With a `pathway` (the scenario's, or an arm's), each arm it applies to must treat the tumour with the local-control
 * model (the pathway changes the tumour's size and the margins after an unplanned excision, which only that model
 * reads), and the cohort's covariate share of unplanned excisions must be 0: the pathway draws them itself.
 * @param value - the parsed scenario file, any value
 * @returns one problem per arm that cannot take its pathway, and one for a covariate share of unplanned excisions
 */
export function pathwayProblems(value: Record<string, unknown>): PathIssue[] {
  if (!Array.isArray(value.arms)) return [];
  const arms: unknown[] = value.arms;
  const shared = value.pathway !== undefined;
  const issues = arms.flatMap((arm, index): PathIssue[] => {
    if (!isMapping(arm) || (!shared && arm.pathway === undefined)) return [];
    const problem = armProblem(arm, index, !shared);
    return problem === undefined ? [] : [problem];
  });
  const any = shared || arms.some((arm) => isMapping(arm) && arm.pathway !== undefined);
  const cohort = isMapping(value.cohort) ? value.cohort : undefined;
  const covariates = isMapping(cohort?.covariates) ? cohort.covariates : undefined;
  const share = covariates?.unplannedExcision;
  if (any && typeof share === 'number' && share > 0) {
    issues.push({
      path: ['cohort', 'covariates', 'unplannedExcision'],
      message: 'a diagnostic pathway draws each patient\'s unplanned excision (pathway.unplannedExcision): remove this share, or the pathway',
    });
  }
  return issues;
}
