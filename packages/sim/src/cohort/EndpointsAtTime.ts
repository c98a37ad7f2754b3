/**
 * An arm's endpoints at one `followUp.at` time, each a `T` (its proportion, that and its Monte Carlo SE in one
 * parameter set, or their summary over the sets); null beyond the horizon. Each is a proportion of the arm's patients,
 * since nobody is censored before the horizon, so its Monte Carlo SE in a set is binomial, √(p(1 − p)/n), except DMFS
 * and disease-specific survival, Kaplan–Meier estimates that censor deaths from other causes (Greenwood's SE). A scenario
 * has `metastasis` (patients without metastases at diagnosis) or `progression` (metastatic patients treated with
 * SBRT), never both. The same shape holds a compared pair's paired differences a − b of those endpoints
 * (pairEndpointsAtTimes), whose Monte Carlo SE is the paired one.
 */
export interface EndpointsAtTime<T> {
  readonly years: number;
  /**
   * Local control: the share free of local recurrence (GroupOutcome.localControlAtTimes); every arm has it, and every
   * pair (ArmComparison.localControlAtTimes); absent only in a pair's entry of results without it.
   */
  readonly localControl?: T | null;
  /** With `metastasis`: distant-metastasis-free survival, deaths from other causes censored (MetastasisAtTime). */
  readonly distantMetastasisFreeSurvival?: T | null;
  /** With `metastasis`: the cumulative incidence of distant metastasis, death a competing risk (MetastasisAtTime). */
  readonly metastasisIncidence?: T | null;
  /** With `metastasis`: disease-specific survival, deaths from other causes censored (MetastasisAtTime). */
  readonly diseaseSpecificSurvival?: T | null;
  /** With `progression` (SBRT of metastases): progression-free survival (ProgressionAtTime). */
  readonly progressionFreeSurvival?: T | null;
  /**
   * With `metastasis` or `progression`: overall survival, death from any cause the scenario models (without
   * `background`: from sarcoma only) (MetastasisAtTime, ProgressionAtTime).
   */
  readonly overallSurvival?: T | null;
}
