import type { SensitivityMeasure, SensitivityOutput } from './SensitivityResults.js';
import { sensitivityMeasureEndpoint } from './sensitivityMeasureEndpoint.js';

/** The measure's words: `control rate`, `mean TCP`, `LC at 5 y`, `DMFS at 5 y`, `metastasis incidence at 5 y`, `DSS at 5 y`, `PFS at 5 y`, `OS at 5 y`. */
function measureWords(measure: SensitivityMeasure): string {
  const at = sensitivityMeasureEndpoint(measure);
  if (at === undefined) return measure === 'mean-tcp' ? 'mean TCP' : 'control rate';
  const what = {
    'local-control': 'LC',
    'distant-metastasis-free-survival': 'DMFS',
    metastasis: 'metastasis incidence',
    'disease-specific-survival': 'DSS',
    'progression-free-survival': 'PFS',
    'overall-survival': 'OS',
  }[at.endpoint];
  return `${what} at ${at.years} y`;
}

/**
 * The label of an output in tables: `control rate of preop-5x6`, `difference in control rate, a − b`,
 * `OS at 5 y of preop`.
 * @param output - the output
 * @param measure - the measure
 */
export function sensitivityOutputLabel(output: SensitivityOutput, measure: SensitivityMeasure): string {
  const what = measureWords(measure);
  return output.kind === 'arm' ? `${what} of ${output.arm}` : `difference in ${what}, ${output.a} − ${output.b}`;
}
