import type { FieldProblem } from './fieldSchemas.js';
import type { ArmInput } from './ScenarioInput.js';

const gradedKeys = ['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned'] as const;

/**
 * Joint constraints of an arm and the local-control model: graded margin classes only with
 * `localControl: residual-disease`, and that model (first engine slice) only with an LQ fixed course without
 * modifiers, since its kernels are LQ and it does not yet carry modifier kills or per-patient doses.
 * @param arm - an arm whose fields each passed their own checks
 * @returns the problems, each at its key relative to the arm
 */
export function localControlArmProblems(arm: ArmInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const surgery = arm.surgery;
  if (arm.localControl === undefined) {
    const graded = surgery !== undefined && gradedKeys.some((key) => surgery.margins[key] !== undefined);
    if (graded) problems.push({ keys: ['surgery', 'margins'], message: 'graded margin classes need localControl: residual-disease on this arm' });
    else if (surgery !== undefined && surgery.margins.R0 === undefined && surgery.margins.R1 === undefined) {
      problems.push({ keys: ['surgery', 'margins'], message: 'missing R0 and R1: give R0, R1 and R2 (or localControl: residual-disease with the graded margin classes)' });
    }
    if (surgery?.marginsAfterUnplannedExcision !== undefined) {
      problems.push({ keys: ['surgery', 'marginsAfterUnplannedExcision'], message: 'needs localControl: residual-disease on this arm' });
    }
    return problems;
  }
  if (arm.survival !== undefined && arm.survival.model !== 'lq') {
    problems.push({ keys: ['survival'], message: `the residual-disease local-control model uses LQ survival; got model ${arm.survival.model}` });
  }
  if ('gardTarget' in arm.schedule) problems.push({ keys: ['schedule'], message: 'a GARD prescription is not supported with localControl yet' });
  if (arm.modifiers !== undefined && arm.modifiers.length > 0) problems.push({ keys: ['modifiers'], message: 'modifiers are not supported with localControl yet' });
  if (arm.doseModifyingFactor !== undefined && arm.doseModifyingFactor !== 1) {
    problems.push({ keys: ['doseModifyingFactor'], message: 'a dose-modifying factor is not supported with localControl yet' });
  }
  return problems;
}
