import * as v from 'valibot';
import type { ComplicationsInput } from './ScenarioInput.js';
import { checked, choiceField, list, mapping } from './fieldSchemas.js';

/**
 * The complication endpoints a scenario may score (docs/toxicity-model.md), in the engine's fixed order: the major
 * wound complication within 120 days of surgery, grade ≥ 2 late fibrosis, oedema and joint stiffness at 2 years
 * (the surgical endpoints, from the arm's schedule and the timing of its operation), then femoral fracture and grade
 * ≥ 2 radiation pneumonitis (the organ endpoints, from the arm's `organs` doses).
 */
export const complicationEndpoints = ['wound', 'fibrosis', 'oedema', 'stiffness', 'fracture', 'pneumonitis'] as const;

/** One of {@link complicationEndpoints}. */
export type ComplicationEndpoint = (typeof complicationEndpoints)[number];

/** The endpoints scored when a `complications` section lists none: the surgical ones (the organ endpoints need `organs`). */
export const defaultComplicationEndpoints: readonly ComplicationEndpoint[] = ['wound', 'fibrosis', 'oedema', 'stiffness'];

/** The organ of each organ endpoint, as named in `arms[i].organs`. */
export const organOfEndpoint: ReadonlyMap<ComplicationEndpoint, 'femoralNeck' | 'lung'> = new Map([
  ['fracture', 'femoralNeck'],
  ['pneumonitis', 'lung'],
]);

const endpointList = checked(
  list(
    choiceField(complicationEndpoints, 'wound: major wound complication ≤ 120 days after surgery; fibrosis, oedema, stiffness: grade ≥ 2 late effect at 2 years; fracture: femoral fracture from the femoral-neck mean dose (arms[i].organs.femoralNeck); pneumonitis: grade ≥ 2 radiation pneumonitis from the mean lung EQD2 (arms[i].organs.lung).'),
    'a list of complication endpoints',
    `The endpoints to score, each once (default the surgical ones: ${defaultComplicationEndpoints.join(', ')}).`,
    1,
  ),
  (endpoints) => endpoints.flatMap((endpoint, i) => (endpoints.indexOf(endpoint) < i ? [{ keys: [i], message: `'${endpoint}' is listed twice` }] : [])),
);

/**
 * The `complications` section of a scenario (docs/scenarios.md, "Complications"): the sarcoma toxicity endpoints of
 * docs/toxicity-model.md drawn per patient in every arm with an operation before or after its radiotherapy.
 */
export const complicationsSchema: v.GenericSchema<ComplicationsInput> = mapping(
  { endpoints: v.exactOptional(endpointList) },
  'complications: { endpoints }',
  'Complications of surgery and radiotherapy drawn per patient (docs/toxicity-model.md): a major wound complication (preoperative vs postoperative RT, the preoperative EQD2 at α/β 10 Gy, diameter > 5 cm) and grade ≥ 2 late fibrosis, oedema and joint stiffness (logistic in the EQD2 at α/β 3 Gy), in arms with surgery before or after all fractions; femoral fracture (logistic in the femoral-neck mean dose) and grade ≥ 2 radiation pneumonitis (LKB on the mean lung EQD2) from each arm\'s organs, when listed. Results add each rate with its 95% interval, complication-free local control, and paired comparisons.',
);
