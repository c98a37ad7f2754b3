import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SensitivityOutput } from './SensitivityResults.js';

/**
 * The arms an output is made of, as indices into `scenario.arms`: one for `arm:ID`, two (A then B) for a
 * difference.
 * @param scenario - the scenario analysed
 * @param output - the output
 * @returns the arm indices, in the order the output combines them
 * @throws Error naming an arm id the scenario does not have, and the ids it has
 */
export function sensitivityOutputArms(scenario: ResolvedScenario, output: SensitivityOutput): number[] {
  const armIndex = (id: string): number => {
    const index = scenario.arms.findIndex((arm) => arm.id === id);
    if (index < 0) throw new Error(`unknown arm '${id}' (arms: ${scenario.arms.map((arm) => arm.id).join(', ')})`);
    return index;
  };
  return output.kind === 'arm' ? [armIndex(output.arm)] : [armIndex(output.a), armIndex(output.b)];
}
