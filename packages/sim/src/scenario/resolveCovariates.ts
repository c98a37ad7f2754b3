import type { MarginClassName } from './localControlSchema.js';
import type { ResolvedCovariates } from './ResolvedScenario.js';
import type { CovariatesInput, MarginClassesInput } from './ScenarioInput.js';

/**
 * Default covariate mix of the local-control model (docs/local-control-model.md, "Engine wiring"; the example
 * YAML there): age normal 58 ± 15 y truncated to [18, 95], G1/G2/G3 0.2/0.35/0.45, deep 0.7, extremity 0.75,
 * trunk wall 0.1, retroperitoneum 0.1, head and neck 0.05, primary 0.9, no unplanned excision. An assumption
 * (grade D): a plausible adult referral-centre cohort, not fitted to a series; results of a scenario that gives no
 * `cohort.covariates` depend on it, and so does the metastasis model's constant recurrence seeding (docs/models.md).
 */
export const defaultCovariates: ResolvedCovariates = {
  age: { dist: 'normal', mean: 58, sd: 15, min: 18, max: 95 },
  grade: { G1: 0.2, G2: 0.35, G3: 0.45 },
  depth: { deep: 0.7, superficial: 0.3 },
  site: { extremity: 0.75, 'trunk-wall': 0.1, retroperitoneum: 0.1, 'head-neck': 0.05 },
  presentation: { primary: 0.9, recurrent: 0.1 },
  unplannedExcision: 0,
};

/**
 * Margin-class shares with every class present (absent ones 0).
 * @param shares - graded shares as written
 * @returns the five shares
 */
export function marginClassShares(shares: MarginClassesInput): Record<MarginClassName, number> {
  return {
    'R0-wide': shares['R0-wide'] ?? 0,
    'R0-close': shares['R0-close'] ?? 0,
    'R1-planned': shares['R1-planned'] ?? 0,
    'R1-unplanned': shares['R1-unplanned'] ?? 0,
    R2: shares.R2 ?? 0,
  };
}

/**
 * The covariates of a scenario with defaults ({@link defaultCovariates}) for each field not given; within a
 * given share mapping, absent levels are 0.
 * @param input - cohort.covariates, or undefined
 * @returns the resolved covariates (plain data)
 */
export function resolveCovariates(input: CovariatesInput | undefined): ResolvedCovariates {
  const d = defaultCovariates;
  const g = input?.grade;
  const depth = input?.depth;
  const site = input?.site;
  const presentation = input?.presentation;
  return {
    age: input?.age ?? d.age,
    grade: g === undefined ? d.grade : { G1: g.G1 ?? 0, G2: g.G2 ?? 0, G3: g.G3 ?? 0 },
    depth: depth === undefined ? d.depth : { deep: depth.deep ?? 0, superficial: depth.superficial ?? 0 },
    site:
      site === undefined
        ? d.site
        : { extremity: site.extremity ?? 0, 'trunk-wall': site['trunk-wall'] ?? 0, retroperitoneum: site.retroperitoneum ?? 0, 'head-neck': site['head-neck'] ?? 0 },
    presentation: presentation === undefined ? d.presentation : { primary: presentation.primary ?? 0, recurrent: presentation.recurrent ?? 0 },
    unplannedExcision: input?.unplannedExcision ?? d.unplannedExcision,
  };
}
