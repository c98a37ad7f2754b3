import * as v from 'valibot';
import { fixedDistributionValue, metastasisDefaults } from '@rtsim/core';
import type { MetastasisModelInput } from './ScenarioInput.js';
import { mapping, numberField } from './fieldSchemas.js';
import { lognormalOverride, logOddsMapping, logOddsOverride } from './overrideSchemas.js';

/**
 * Covariate log odds ratios c_k a scenario may override, as `metastasisDefaults.covariateLogOddsRatio` names them. The
 * engine reads them in this order (MetastasisPlan.logOddsRatio, simulateBlock's evaluateMetastasis): keep it.
 */
export const overridableMetastasisCovariates = ['gradeG2', 'gradeG3', 'diameter5to10cm', 'diameterOver10cm', 'deep', 'recurrentPresentation'] as const;

/** Largest median of the detection and survival laws, days (100 years: a longer median is a typing error). */
export const maxMetastasisMedianDays = 36500;

/** The reference era of the survival law's median (calendar year), the library's. */
const referenceYear = fixedDistributionValue(metastasisDefaults.survivalEraReferenceYear.value);

/**
 * The `model` field of the `metastasis` section (docs/scenarios.md, "Metastasis and survival"): values that replace
 * the library's `metastasisDefaults` for this scenario. It sits inside `metastasis`, not beside it as
 * `localControlModel` sits beside the arms: the metastasis section is itself one per scenario and turns the model on,
 * so its overrides cannot exist without it. Every field is optional (absent: the library value); unknown names are
 * refused by the strict mappings. The histology effect has its own field, `metastasis.histology`.
 */
export const metastasisModelSchema: v.GenericSchema<MetastasisModelInput> = mapping(
  {
    interceptLogOdds: v.exactOptional(logOddsOverride('θ, log odds of subclinical metastasis at diagnosis for the reference patient (G1, superficial, < 5 cm, primary)')),
    covariateLogOddsRatio: v.exactOptional(
      logOddsMapping(
        overridableMetastasisCovariates,
        (c) => `c of ${c}, log odds ratio of subclinical metastasis`,
        'covariate log odds ratios',
        'c_k per covariate level (log odds ratio of subclinical metastasis against the reference level); absent levels keep the library value.',
      ),
    ),
    detectionTime: v.exactOptional(
      lognormalOverride('detection time T_D (days from the end of treatment to clinical detection of a metastasis)', 'Median detection time, days', maxMetastasisMedianDays, true),
    ),
    survivalAfterMetastasis: v.exactOptional(
      lognormalOverride(`survival after metastasis T_S (days from detection to death from sarcoma, at the reference era ${referenceYear})`, 'Median survival after metastasis at the reference era, days', maxMetastasisMedianDays, true),
    ),
    survivalEraLogPerYear: v.exactOptional(numberField({ min: -1, max: 1 }, 'β, change of ln(median survival after metastasis) per calendar year from the reference era (−1 to 1 per year).')),
    recurrenceSeeding: v.exactOptional(numberField({ min: 0, max: 1 }, 's, probability that a detected local recurrence seeds a metastasis in a patient who had none (0 to 1).')),
  },
  'metastasis.model: { interceptLogOdds?, covariateLogOddsRatio?, detectionTime?, survivalAfterMetastasis?, survivalEraLogPerYear?, recurrenceSeeding? }',
  'Overrides of the distant-metastasis model’s library values (metastasisDefaults, docs/metastasis-model.md) for this scenario; absent fields keep the library values. The histology effect is metastasis.histology.',
);
