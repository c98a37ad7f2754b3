import * as v from 'valibot';
import type { LocalControlModelInput } from './ScenarioInput.js';
import { mapping, numberField } from './fieldSchemas.js';
import { lognormalOverride, logOddsMapping } from './overrideSchemas.js';

/** Margin classes whose log odds θ a scenario may override (R2 has none of its own: its residue takes R1 unplanned's). */
export const overridableMarginClasses = ['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned'] as const;

/** Covariate log odds ratios b_k a scenario may override, as `localControlDefaults.covariateLogOddsRatio` names them. */
export const overridableCovariates = ['gradeG2', 'gradeG3', 'deep', 'diameter5to10cm', 'diameterOver10cm', 'retroperitoneumOrHeadNeck', 'recurrentPresentation', 'ageOver50'] as const;

const share = (what: string) => numberField({ min: 0, max: 1 }, `${what} (0 to 1).`);

const marginLogOdds = logOddsMapping(
  overridableMarginClasses,
  (c) => `θ of margin class ${c}, log odds of residual disease for the reference patient`,
  'margin log odds',
  'θ per margin class (log odds of clonogenic residual disease for the reference patient); absent classes keep the library value.',
);
const covariateLogOddsRatio = logOddsMapping(
  overridableCovariates,
  (c) => `b of ${c}, log odds ratio of residual disease`,
  'covariate log odds ratios',
  'b_k per covariate level (log odds ratio of residual disease against the reference level); absent levels keep the library value.',
);
/**
 * The `localControlModel` section of a scenario (docs/scenarios.md, "Overriding the model's parameters"): values
 * that replace the library's `localControlDefaults` for every arm with `localControl: residual-disease`. Every
 * field is optional (absent: the library value); unknown names are refused by the strict mappings.
 */
export const localControlModelSchema: v.GenericSchema<LocalControlModelInput> = mapping(
  {
    marginLogOdds: v.exactOptional(marginLogOdds),
    covariateLogOddsRatio: v.exactOptional(covariateLogOddsRatio),
    residualClonogens: v.exactOptional(lognormalOverride('residual clonogens n', 'Median clonogens of microscopic residual disease', 1e12)),
    tumourBedHypoxicFraction: v.exactOptional(share('h_bed, chronically hypoxic share of residual disease in the tumour bed')),
    hypoxicFractionAt8cm: v.exactOptional(share('h₈, hypoxic fraction of an 8 cm gross tumour or lesion')),
    regrowthDoublingTime: v.exactOptional(lognormalOverride('regrowth doubling time T_d (days, grade 2)', 'Median doubling time of a local failure, days', 3650)),
    regrowthGradeLogRatio: v.exactOptional(numberField({ min: -5, max: 5 }, 'γ, log ratio of the median doubling time per FNCLCC grade step (−5 to 5).')),
    dormantShare: v.exactOptional(share('q, share of local failures that are dormant first')),
    reawakeningRate: v.exactOptional(numberField({ min: 0, exclusiveMin: true, max: 100 }, 'λ, reawakening rate of a dormant residue, per year (> 0, at most 100).')),
  },
  'localControlModel: { marginLogOdds?, covariateLogOddsRatio?, residualClonogens?, tumourBedHypoxicFraction?, hypoxicFractionAt8cm?, regrowthDoublingTime?, regrowthGradeLogRatio?, dormantShare?, reawakeningRate? }',
  'Overrides of the residual-disease local-control model’s library values (localControlDefaults, docs/local-control-model.md) for every arm with localControl: residual-disease; absent fields keep the library values.',
);
