import { normalQuantile, portableLog } from '@rtsim/core';

/** Options of {@link requiredEvents} and {@link timeToEventSampleSize}. */
export interface EventCountOptions {
  /** Two-sided significance level α in (0, 1); default 0.05. */
  readonly alpha?: number;
  /** Power 1 − β in [0.5, 1); default 0.8. */
  readonly power?: number;
  /** Share π of patients allocated to arm A, in (0, 1); default 0.5 (1:1). */
  readonly allocation?: number;
  /** 'schoenfeld' (default, log-rank / Cox score test) or 'freedman'. */
  readonly method?: 'schoenfeld' | 'freedman';
}

/**
 * Events (in both arms together) a two-arm trial needs to detect a hazard ratio ψ of arm A to arm B with the
 * log-rank test, two-sided level α and power 1 − β, with a share π of patients in arm A:
 *   Schoenfeld: D = (z_{1−α/2} + z_{1−β})² / (π(1 − π)(ln ψ)²),
 *   Freedman:   D = (z_{1−α/2} + z_{1−β})² (1 + φψ)² / (φ(1 − ψ)²), φ = π/(1 − π) (allocation ratio A:B),
 * rounded up. Freedman's is larger (more conservative) for ψ ≠ 1.
 * @param hazardRatio - ψ, hazard in arm A over hazard in arm B (> 0, finite)
 * @param options - α, power, allocation and method (see {@link EventCountOptions})
 * @returns the number of events, an integer ≥ 1; Infinity when ψ = 1 (no difference to detect); NaN outside
 *   the domain
 * @remarks Rounded up as ⌈D(1 − 10⁻¹²)⌉ like twoProportionSampleSize. Examples (α = 0.05, power 0.8, 1:1):
 *   ψ = 0.75 needs 380 events (Schoenfeld), ψ = 0.5 needs 66 (Schoenfeld) or 71 (Freedman).
 * @see Schoenfeld DA (1983) Biometrics 39:499–503; Freedman LS (1982) Stat Med 1:121–129; Collett D (2015)
 *   Modelling Survival Data in Medical Research, 3rd ed., §10.2.
 */
export function requiredEvents(hazardRatio: number, options: EventCountOptions = {}): number {
  const events = requiredEventsUnrounded(hazardRatio, options);
  if (!(events < Infinity)) return events;
  return Math.max(1, Math.ceil(events * (1 - 1e-12)));
}

/** D before rounding up: a real number, Infinity for ψ = 1, NaN outside the domain. */
function requiredEventsUnrounded(hazardRatio: number, options: EventCountOptions = {}): number {
  const { alpha = 0.05, power = 0.8, allocation = 0.5, method = 'schoenfeld' } = options;
  const valid =
    hazardRatio > 0 && hazardRatio < Infinity && alpha > 0 && alpha < 1 && power >= 0.5 && power < 1 &&
    allocation > 0 && allocation < 1 && (method === 'schoenfeld' || method === 'freedman');
  if (!valid) return NaN;
  if (hazardRatio === 1) return Infinity;
  // Upper-tail quantiles of the small probabilities, accurate for α or β near 0.
  const zSum = -normalQuantile(alpha / 2) - normalQuantile(1 - power);
  if (method === 'schoenfeld') {
    const logHazardRatio = portableLog(hazardRatio);
    return (zSum * zSum) / (allocation * (1 - allocation) * logHazardRatio * logHazardRatio);
  }
  const ratio = allocation / (1 - allocation);
  const factor = (1 + ratio * hazardRatio) / (1 - hazardRatio);
  return (zSum * zSum * factor * factor) / ratio;
}
