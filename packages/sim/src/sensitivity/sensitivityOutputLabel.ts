import type { SensitivityMeasure, SensitivityOutput } from './SensitivityResults.js';

/**
 * The label of an output in tables: `control rate of preop-5x6`, `control rate of a − b`.
 * @param output - the output
 * @param measure - control rate or mean TCP
 */
export function sensitivityOutputLabel(output: SensitivityOutput, measure: SensitivityMeasure): string {
  const what = measure === 'mean-tcp' ? 'mean TCP' : 'control rate';
  return output.kind === 'arm' ? `${what} of ${output.arm}` : `difference in ${what}, ${output.a} − ${output.b}`;
}
