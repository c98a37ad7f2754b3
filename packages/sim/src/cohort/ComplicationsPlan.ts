import type { ComplicationEndpoint } from '../scenario/complicationsSchema.js';

/**
 * Uniforms per patient of the block's complications stream, one per endpoint of `complicationEndpoints` in its
 * order (wound, fibrosis, oedema, stiffness), drawn whichever the scenario scores: scoring fewer endpoints never
 * moves another endpoint's draw.
 */
export const complicationUniforms = 4;

/**
 * Uniforms per patient of the block's second complications stream, `complicationOrgans`: one per organ endpoint
 * (fracture, pneumonitis, in that order), drawn whichever is scored, only when one is. A stream of its own, so that
 * the 4 uniforms of `complicationEvents` never move: every result without an organ endpoint is unchanged.
 */
export const organComplicationUniforms = 2;

/**
 * Sphere volume of a 5 cm diameter, cm³: a tumour is large for the wound model (diameter > 5 cm) when its volume
 * exceeds this, compared without a cube root per patient.
 */
export const largeTumourVolumeCm3: number = (Math.PI / 6) * 125;

/**
 * Strata of the complication results per arm: the size band of the tumour at the arm's treatment (diameter < 5,
 * 5–10, > 10 cm, as localControlStrata), then, on the local-control path only (the covariates exist there), FNCLCC
 * grade and site. A patient counts in one stratum of each dimension.
 */
export const complicationStrata: readonly string[] = [
  'under-5cm', '5-10cm', 'over-10cm',
  'G1', 'G2', 'G3',
  'extremity', 'trunk-wall', 'retroperitoneum', 'head-neck',
];

/** Complication strata without the local-control model: the size bands only (no grade or site is drawn). */
export const complicationSizeStrata = 3;

/** Index of the first grade stratum (G1) in {@link complicationStrata}: grade index g (0–2) is at 3 + g. */
export const complicationGradeStratum = 3;

/** Index of the first site stratum (extremity) in {@link complicationStrata}: siteStratumIndex − siteStratum + 6. */
export const complicationSiteStratum = 6;

/**
 * How an arm's operation sits against its radiotherapy: the timing that decides the wound-complication model;
 * `surgery-alone` for an operation without radiotherapy (the wound model's reference without preoperative RT, and no
 * radiation late effect); `none` for an arm without an operation that scores only organ endpoints (fracture,
 * pneumonitis).
 */
export type ComplicationTiming = 'preoperative' | 'postoperative' | 'surgery-alone' | 'none';

/** One arm's complication model, compiled: its probabilities are the same for every patient but for the size. */
export interface ArmComplicationsPlan {
  readonly timing: ComplicationTiming;
  /** EQD2 of the arm's schedule at α/β 10 Gy (wound, preoperative only) and at α/β 3 Gy (late effects), Gy. */
  readonly eqd2WoundGy: number;
  readonly eqd2LateGy: number;
  /** Mean lung EQD2 at the pneumonitis α/β, Gy, when pneumonitis is scored. */
  readonly meanLungEqd2Gy?: number;
  /** Mean EQD2 of the femoral neck at the late α/β (3 Gy), Gy, when fracture is scored. */
  readonly meanFemoralNeckEqd2Gy?: number;
  /**
   * Probability of each scored endpoint (scenario order), for a tumour of diameter ≤ 5 cm at [2e] and > 5 cm at
   * [2e + 1]: only the wound complication depends on size (the organ endpoints are the same in both).
   */
  readonly probabilities: Float64Array;
}

/**
 * The `complications` section compiled (docs/toxicity-model.md, "Engine wiring"): per patient, endpoint e happens
 * in arm a when the patient's uniform of that endpoint is below the arm's probability. One uniform per endpoint
 * shared by every arm (common random numbers: an arm with a higher probability has a superset of the events).
 */
export interface ComplicationsPlan {
  readonly endpoints: readonly ComplicationEndpoint[];
  /**
   * Per scored endpoint, its uniform's index among the patient's complication uniforms: 0–3 the
   * {@link complicationUniforms} of `complicationEvents`, 4–5 the {@link organComplicationUniforms} after them.
   */
  readonly uniformIndex: Int32Array;
  /** Whether an organ endpoint is scored: only then is the `complicationOrgans` stream drawn. */
  readonly organs: boolean;
  /**
   * Per arm: its model, or undefined for an arm that cannot score every endpoint (a surgical endpoint scored and no
   * operation before or after all its fractions).
   */
  readonly arms: readonly (ArmComplicationsPlan | undefined)[];
}
