import type { FieldProblem } from './fieldSchemas.js';
import type { ArmInput } from './ScenarioInput.js';

/**
 * Joint constraints of an arm that treats lesions (docs/scenarios.md, "SBRT of metastases at lesion level"):
 * `target: lesions` and `lesions` come together, only with `localControl: residual-disease` (the lesion law is that
 * model's gross-disease law) and without surgery (the lesions are irradiated, not resected).
 * @param arm - an arm whose fields each passed their own checks
 * @returns the problems, each at its key relative to the arm
 */
export function lesionArmProblems(arm: ArmInput): FieldProblem[] {
  if (arm.target === undefined) {
    return arm.lesions === undefined ? [] : [{ keys: ['lesions'], message: 'lesions need target: lesions on this arm' }];
  }
  const problems: FieldProblem[] = [];
  if (arm.lesions === undefined) problems.push({ keys: ['target'], message: 'target: lesions needs lesions: { count, diameter } on this arm' });
  if (arm.localControl === undefined) problems.push({ keys: ['target'], message: 'target: lesions needs localControl: residual-disease on this arm' });
  if (arm.surgery !== undefined) problems.push({ keys: ['surgery'], message: 'an arm with target: lesions irradiates its lesions without surgery: remove surgery' });
  return problems;
}
