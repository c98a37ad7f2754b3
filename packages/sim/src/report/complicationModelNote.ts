import type { ComplicationEndpoint } from '../scenario/complicationsSchema.js';

/** The late effects calibrated together on the two SR2 arms, in the order the note names them. */
const lateEffects: readonly (readonly [ComplicationEndpoint, string])[] = [
  ['fibrosis', 'fibrosis'],
  ['oedema', 'oedema'],
  ['stiffness', 'joint stiffness'],
];

/** A list in words: `a`, `a and b`, `a, b and c`. */
function wordList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * How the report's complications table's endpoints are drawn (docs/toxicity-model.md), one clause per endpoint the
 * scenario scores and none for the others, so that a run scoring pneumonitis alone is not told about wound
 * complications it does not show.
 * @param endpoints - the scored endpoints (ArmComplications.endpoints' ids; complicationFreeControl is explained by the caller)
 * @returns the sentences, each ending with a full stop and a space
 */
export function complicationModelNote(endpoints: readonly (ComplicationEndpoint | 'complicationFreeControl')[]): string {
  const late = lateEffects.filter(([endpoint]) => endpoints.includes(endpoint)).map(([, words]) => words);
  const clauses = [
    endpoints.includes('wound')
      ? 'the major wound complication from the timing of surgery, the preoperative EQD2 at α/β 10 Gy and a diameter > 5 cm (calibrated rates, NCIC SR2 and later series)'
      : '',
    late.length === 0 ? '' : `grade ≥ 2 ${wordList(late)} from the EQD2 at α/β 3 Gy (calibrated on the two SR2 arms)`,
  ].filter((clause) => clause !== '');
  return (
    `Complications drawn per patient (docs/toxicity-model.md)${clauses.length === 0 ? '. ' : `: ${clauses.join('; ')}. `}` +
    (endpoints.includes('fracture') ? 'Femoral fracture from the femoral neck’s mean EQD2 at α/β 3 Gy (logistic derived from E8’s group summaries of conventionally fractionated courses). ' : '') +
    (endpoints.includes('pneumonitis') ? 'Grade ≥ 2 radiation pneumonitis from the mean lung EQD2 at α/β 3 Gy (LKB, Seppenwoolde 2003; for SBRT fractions the LQ conversion is an extrapolation). ' : '')
  );
}
