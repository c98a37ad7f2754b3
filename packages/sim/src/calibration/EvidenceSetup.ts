import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { CalibrationParameter } from './CalibrationSetup.js';
import type { EvidenceObservationInput } from './EvidenceInput.js';

/** A stratum of a series: its parts (indices into EvidenceSetup.parts) with normalised weights, and what it reports. */
export interface EvidenceStratum {
  readonly id: string;
  readonly parts: readonly { readonly part: number; readonly weight: number }[];
  readonly observations: readonly EvidenceObservationInput[];
}

/** A series of a local-control evidence file, resolved. */
export interface EvidenceSeries {
  readonly id: string;
  readonly evidence: string;
  /** fit, holdout or holdout-NAME. */
  readonly role: string;
  readonly citation: string;
  readonly strata: readonly EvidenceStratum[];
}

/**
 * A local-control evidence file, validated and resolved (validateEvidence): every population part as a scenario,
 * the parameters to fit bound to the parts (CalibrationParameter.targets indexed by part), and the series.
 */
export interface EvidenceSetup {
  readonly name: string;
  readonly seed: number;
  /** Virtual patients per part. */
  readonly patients: number;
  readonly parameters: readonly CalibrationParameter[];
  /** One scenario per population part; `where` names it (`series[3].strata[1].population[0]`). */
  readonly parts: readonly { readonly where: string; readonly scenario: ResolvedScenario }[];
  readonly series: readonly EvidenceSeries[];
}
