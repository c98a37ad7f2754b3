import * as v from 'valibot';
import { mapping } from './fieldSchemas.js';
import { nameField } from './modifierSchema.js';

const gradeTarget = (grade: number): v.ExactOptionalSchema<v.GenericSchema<string>, undefined> =>
  v.exactOptional(nameField(`Id of the arm whose treatment patients diagnosed with FNCLCC grade ${grade} receive.`));

/**
 * An arm's `treatmentByGrade` (docs/scenarios.md, "The diagnostic pathway"): diagnosed FNCLCC grade (1, 2, 3) → the arm
 * whose treatment a patient with that grade receives. Grades not listed are treated by this arm; which arms exist is
 * checked across the scenario (treatmentByDiagnosisProblems).
 */
export const treatmentByGradeSchema: v.GenericSchema<{ '1'?: string; '2'?: string; '3'?: string }> = mapping(
  { '1': gradeTarget(1), '2': gradeTarget(2), '3': gradeTarget(3) },
  'a mapping of diagnosed FNCLCC grades (1, 2, 3) to arm ids, e.g. { 1: surgery-alone }',
  'Treatment chosen by the diagnosed grade: a patient whose diagnosis is a sarcoma of the cohort with this FNCLCC grade is treated as the named arm treats them, keeping the true biology; other grades, and a patient sent elsewhere by treatmentBySubtype, are not. The grade is the true one unless the arm\'s pathway has misdiagnosis (an adjacent grade, docs/pathway-model.md).',
);
