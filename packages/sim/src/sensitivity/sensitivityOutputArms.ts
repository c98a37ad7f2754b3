import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SensitivityOutput } from './SensitivityResults.js';

/**
 * The arms an output is made of, as indices into `scenario.arms`: one for `arm:ID`, two (A then B) for a
 * difference.
 * @param scenario - the scenario analysed
 * @param output - the output
 * @returns the arm indices, in the order the output combines them
 * @throws Error naming an arm id the scenario does not have, and the ids it has, or a difference of an arm with itself
 */
export function sensitivityOutputArms(scenario: ResolvedScenario, output: SensitivityOutput): number[] {
  const armIndex = (id: string): number => {
    const index = scenario.arms.findIndex((arm) => arm.id === id);
    if (index < 0) throw new Error(`unknown arm '${id}' (arms: ${scenario.arms.map((arm) => arm.id).join(', ')})`);
    return index;
  };
  if (output.kind === 'arm') return [armIndex(output.arm)];
  // A − A is 0 in every sample: no variance to apportion (the CLI refuses it first, parseSensitivityOutput).
  if (output.a === output.b) throw new Error(`the difference ${output.a} − ${output.b} compares arm '${output.a}' with itself: a difference needs two different arms`);
  return [armIndex(output.a), armIndex(output.b)];
}
