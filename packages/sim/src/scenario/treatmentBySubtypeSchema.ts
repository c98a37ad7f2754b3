import * as v from 'valibot';
import { labelled } from './fieldSchemas.js';
import { nameField } from './modifierSchema.js';

/**
 * An arm's `treatmentBySubtype` (docs/scenarios.md, "The diagnostic pathway"): diagnosed subtype → the arm whose
 * treatment a patient with that diagnosis receives. Keys are cohort subtype ids or `other` (a diagnosis outside the
 * cohort's subtypes: benign, another tumour); values arm ids. Which keys and arms exist is checked across the
 * scenario (treatmentByDiagnosisProblems).
 */
export const treatmentBySubtypeSchema: v.GenericSchema<Record<string, string>> = v.pipe(
  labelled(
    v.record(
      nameField("A diagnosed subtype: a cohort subtype id, or 'other' (a diagnosis outside the cohort's subtypes)."),
      nameField('Id of the arm whose treatment patients with this diagnosis receive.'),
    ),
    'a mapping of diagnosed subtypes to arm ids, e.g. { myxoid-liposarcoma: preop-36x18 }',
  ),
  v.description(
    "Treatment chosen by the diagnosis: a patient diagnosed as the subtype is treated as the named arm treats them (its schedule, surgery and pathway), keeping the true biology; other diagnoses are treated by this arm. The diagnosis is the true subtype unless the arm's pathway has misdiagnosis (docs/pathway-model.md).",
  ),
);
