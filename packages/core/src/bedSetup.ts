import type { BedParameters } from './BedParameters.js';
import { repopulationLogGain } from './repopulationLogGain.js';
import type { SurvivalModel } from './survivalModel.js';

/**
 * Internal (not in the barrel): what BED needs, checked once. BED = −ln S(α_ref, β_ref)/α_ref − time(T) with
 * β_ref = α_ref/(α/β); α_ref = 1 for LQ and LQ-L, whose −ln S/α is α/β-only, and the given α for USC.
 */
export interface BedSetup {
  readonly alpha: number;
  readonly beta: number;
  readonly model: SurvivalModel;
  readonly repairHalfTimeHours: number | undefined;
  readonly alphaBeta: number;
  /** True when α, T_d and T_k are all given, so BED has a time term. */
  readonly hasTimeTerm: boolean;
  /** Time term ln 2·max(0, T − T_k)/(αT_d) in Gy for an overall time T in days; 0 without kinetics. */
  readonly timeTerm: (overallTime: number) => number;
}

/** Validates BED parameters once; undefined when any is NaN or out of its domain (see {@link BedParameters}). */
export function bedSetup(p: BedParameters): BedSetup | undefined {
  const { alphaBeta, alpha, doublingTime, kickoffTime, model = { model: 'lq' }, repairHalfTimeHours } = p;
  if (!(alphaBeta > 0)) return undefined;
  if (alpha !== undefined && !(alpha > 0 && alpha < Infinity)) return undefined;
  if (repairHalfTimeHours !== undefined && !(repairHalfTimeHours > 0)) return undefined;
  let reference = 1;
  if (model.model === 'usc') {
    if (alpha === undefined) return undefined;
    reference = alpha;
  } else if (model.model !== 'lq' && model.model !== 'lq-l') {
    return undefined;
  }
  let timeTerm = (_overallTime: number): number => 0;
  const hasTimeTerm = alpha !== undefined && doublingTime !== undefined && kickoffTime !== undefined;
  if (hasTimeTerm) {
    if (!(doublingTime > 0 && kickoffTime >= 0)) return undefined;
    const kinetics = { doublingTime, kickoffTime };
    timeTerm = (overallTime) => repopulationLogGain(overallTime, kinetics) / alpha;
  }
  return { alpha: reference, beta: reference / alphaBeta, model, repairHalfTimeHours, alphaBeta, hasTimeTerm, timeTerm };
}
