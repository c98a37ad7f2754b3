import type { PathIssue } from './schemaIssues.js';

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * With `metastasis`, every arm must treat the tumour with the local-control model: the probability of subclinical
 * metastasis reads that model's covariates (grade, depth, presentation) and a seeded metastasis follows its local
 * recurrence, which the classic clonogen model and lesion arms (already metastatic patients) do not give. Each other
 * arm is refused at its path, by id.
 * @param value - the parsed scenario file, any value
 * @returns one problem per arm without `localControl: residual-disease` or with `target: lesions`; none without `metastasis`
 */
export function metastasisArmProblems(value: Record<string, unknown>): PathIssue[] {
  if (value.metastasis === undefined || !Array.isArray(value.arms)) return [];
  const arms: unknown[] = value.arms;
  return arms.flatMap((arm, index): PathIssue[] => {
    if (!isMapping(arm)) return [];
    const id = typeof arm.id === 'string' ? `arm '${arm.id}'` : `arm ${index + 1}`;
    if (arm.localControl === undefined) {
      return [{ path: ['arms', index], message: `metastasis needs every arm on localControl: residual-disease (its covariates give the probability of metastasis): ${id} has none; add it, or remove metastasis` }];
    }
    if (arm.target === 'lesions') {
      return [{ path: ['arms', index, 'target'], message: `metastasis models patients non-metastatic at diagnosis: ${id} treats lesions (metastatic patients); remove metastasis or the arm` }];
    }
    return [];
  });
}
