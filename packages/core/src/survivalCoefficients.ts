import { leaCatchesideFactor } from './leaCatchesideFactor.js';
import type { Schedule } from './schedule.js';
import type { SurvivalModel } from './survivalModel.js';
import { portableExp } from './portable/portableExp.js';

/** Dose coefficients of α and β in −ln S, returned by {@link survivalCoefficients}. */
export interface SurvivalCoefficients {
  /** Coefficient of α, Gy: −ln S = α·alphaDose + β·betaDose. */
  readonly alphaDose: number;
  /** Coefficient of β, Gy². */
  readonly betaDose: number;
}

const notLinear: SurvivalCoefficients = Object.freeze({ alphaDose: Number.NaN, betaDose: Number.NaN });

/**
 * The cohort fast path: coefficients with −ln S = α·alphaDose + β·betaDose for every α, β ≥ 0, exactly as
 * {@link logSurvival} computes it for LQ and LQ-L without hypoxia.
 *
 * With dose scale s = DMF, Lea–Catcheside factors Gⱼ (delivery time `durationMinutes`, μ = ln 2/T½) and
 * interaction between fractions (both only when `repairHalfTimeHours` is given, otherwise Gⱼ = 1 and no pairs):
 * - alphaDose = s Σ dⱼ (also for LQ-L: its tangent continuation αD_T + βD_T² + (α + 2βD_T)(d − D_T) is
 *   αd + β(2D_T d − D_T²), still linear in α and β);
 * - betaDose = s² [Σ Gⱼ q(dⱼ) + 2 Σ_{i<j} dᵢdⱼ e^{−μ(tⱼ−tᵢ)}], q(d) = d² for LQ and for LQ-L below D_T (in dose
 *   seen by the cells, s·d), q = 2D_T d − D_T² above.
 * A cohort engine computes this once per arm and schedule, then each patient costs one multiply-add:
 * ln S = −(α·alphaDose + β·betaDose). The coefficients do not depend on α or β, which is what makes them shareable.
 *
 * USC is not linear in (α, β) (its D_q depends on both), and hypoxia mixes compartments: for those use
 * {@link logSurvival}; USC returns NaN fields here.
 * @param s - schedule (doses Gy, days, optional delivery minutes)
 * @param model - LQ (default) or LQ-L with D_T ≥ 0 Gy; USC gives NaN fields
 * @param options - `repairHalfTimeHours` T½ in hours (> 0), `doseModifyingFactor` DMF (> 0, finite, default 1)
 * @returns `{ alphaDose` in Gy`, betaDose` in Gy² `}`, both ≥ 0 and 0 for the empty schedule; NaN fields for
 *   USC, an invalid schedule or out-of-domain options
 * @remarks Same formulas as models.md, "Cell survival per fraction"; the interaction sum is a running
 *   exponentially decayed sum, O(n).
 */
export function survivalCoefficients(
  s: Schedule,
  model: SurvivalModel = { model: 'lq' },
  options: { readonly repairHalfTimeHours?: number; readonly doseModifyingFactor?: number } = {},
): SurvivalCoefficients {
  const { repairHalfTimeHours, doseModifyingFactor = 1 } = options;
  let transition: number;
  if (model.model === 'lq') transition = Infinity;
  else if (model.model === 'lq-l' && model.transitionDose >= 0) transition = model.transitionDose;
  else return notLinear;
  if (!(doseModifyingFactor > 0 && doseModifyingFactor < Infinity)) return notLinear;
  if (repairHalfTimeHours !== undefined && !(repairHalfTimeHours > 0)) return notLinear;
  for (const f of s) {
    if (!(f.dose >= 0 && f.dose < Infinity && Number.isFinite(f.day))) return notLinear;
    if (f.durationMinutes !== undefined && !(f.durationMinutes >= 0 && f.durationMinutes < Infinity)) return notLinear;
  }
  const sorted = s.every((f, k) => k === 0 || (s[k - 1]?.day ?? 0) <= f.day) ? s : [...s].sort((a, b) => a.day - b.day);
  const mu = repairHalfTimeHours === undefined ? 0 : Math.LN2 / repairHalfTimeHours; // per hour
  let alphaDose = 0;
  let betaDose = 0;
  let decayedDose = 0; // Σ_{i<j} dᵢ e^{−μ(tⱼ−tᵢ)}
  for (let j = 0; j < sorted.length; j++) {
    const f = sorted[j];
    const d = doseModifyingFactor * f.dose;
    alphaDose += d;
    const quadratic = d <= transition ? d * d : transition * (2 * d - transition);
    if (repairHalfTimeHours === undefined) {
      betaDose += quadratic;
      continue;
    }
    const minutes = f.durationMinutes ?? 0;
    betaDose += (minutes === 0 ? 1 : leaCatchesideFactor((mu * minutes) / 60)) * quadratic + 2 * d * decayedDose;
    const next = sorted[j + 1];
    if (next !== undefined) {
      const hours = 24 * (next.day - f.day);
      decayedDose = (decayedDose + d) * (hours === 0 ? 1 : portableExp(-mu * hours));
    }
  }
  return { alphaDose, betaDose };
}
