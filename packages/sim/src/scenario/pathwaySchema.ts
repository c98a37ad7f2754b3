import * as v from 'valibot';
import type { PathwayInput, PathwayIntervalInput } from './ScenarioInput.js';
import { choiceField, labelled, mapping, numberField } from './fieldSchemas.js';

/** Longest interval median or length accepted, days (ten years: longer is a typing error, not a pathway). */
export const maxIntervalDays: number = 3652.5;

function intervalField(what: string): v.GenericSchema<PathwayIntervalInput> {
  const median = numberField({ min: 0, max: maxIntervalDays }, `Median ${what}, days (0 to ${maxIntervalDays}; 0: no delay).`);
  return v.pipe(
    labelled(
      v.union([
        median,
        mapping(
          {
            median,
            sigma: v.exactOptional(numberField({ min: 0, max: 3 }, 'Log-scale SD of the lognormal between patients (0 to 3; 0: every patient waits the median). Default: the library\'s.')),
          },
          'an interval: { median, sigma? }',
          `The ${what}: lognormal between patients.`,
        ),
      ]),
      `an interval: a median in days, or { median, sigma }`,
    ),
    v.description(`The ${what}: a median in days (the library's log SD), or { median, sigma } (lognormal between patients).`),
  );
}

/**
 * The `pathway` section of a scenario and of an arm (docs/scenarios.md, "Diagnostic pathway"; docs/pathway-model.md):
 * the intervals from the first doctor visit to the first treatment, over which each patient's tumour grows; where
 * the patient is referred; and unplanned excision. An arm's `pathway` replaces the fields it gives (an interval at a
 * time); every field absent in both defaults to the library (`pathwayDefaults`). Needs the local-control model.
 */
export const pathwaySchema: v.GenericSchema<PathwayInput> = mapping(
  {
    intervals: v.exactOptional(
      mapping(
        {
          primaryCare: v.exactOptional(intervalField('primary-care interval (first doctor visit → referral to hospital)')),
          secondaryCare: v.exactOptional(intervalField('secondary-care interval (imaging at the local hospital → referral to the sarcoma centre)')),
          sarcomaCentre: v.exactOptional(intervalField('sarcoma-centre interval (biopsy and pathology → diagnosis)')),
          treatment: v.exactOptional(intervalField('treatment interval (diagnosis → first treatment)')),
        },
        'intervals: { primaryCare?, secondaryCare?, sarcomaCentre?, treatment? }',
        'The intervals from the first doctor visit to the first treatment (defaults: Dyrop et al. 2016 and Curtis et al. 2018, docs/pathway-model.md).',
      ),
    ),
    referral: v.exactOptional(
      choiceField(['local', 'reference-centre'] as const, 'Where the patient is first operated on: local (default; an unplanned excision can happen before referral) or reference-centre (referred before any operation: no unplanned excision).'),
    ),
    unplannedExcision: v.exactOptional(
      choiceField(['model', 'none'] as const, 'Unplanned ("whoops") excision before referral: model (default; logistic in depth and size at presentation, docs/pathway-model.md) or none.'),
    ),
    misdiagnosis: v.exactOptional(
      choiceField(['library', 'none'] as const, "Diagnostic errors of the subtype: library (default; complete discordance 8.3% outside the cohort's subtypes, 6.0% another subtype, Ray-Coquard et al. 2012) or none. They matter in an arm with treatmentBySubtype."),
    ),
    review: v.exactOptional(
      numberField({ min: 0, max: 1 }, 'Share of patients whose diagnosis an expert reviews before treatment (0 to 1; default 0); a review corrects the library\'s share of the errors (reviewCorrection, 1: all).'),
    ),
    patientInterval: v.exactOptional(
      numberField(
        { min: 0, exclusiveMin: true, max: 1 },
        'Share of the usual patient interval (first symptom → first doctor visit) that patients wait, (0, 1]; default 1, usual care. Below 1 (an awareness campaign) every patient comes to the doctor earlier, with the smaller tumour they had then; the cohort\'s size is the size at the visit under usual care.',
      ),
    ),
  },
  'a pathway: { intervals?, referral?, unplannedExcision?, misdiagnosis?, review?, patientInterval? }',
  'The diagnostic pathway before the first treatment (docs/pathway-model.md): each patient\'s tumour grows over its intervals (Gompertz, per-patient doubling time) and a local referral can end in an unplanned excision, whose margins follow the local-control model\'s R1-unplanned mix. The cohort\'s tumour size is the size at the first doctor visit. Needs the local-control model (localControl: residual-disease).',
);
