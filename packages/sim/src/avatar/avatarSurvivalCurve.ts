import { portableExp } from '@rtsim/core';
import type { AvatarFit } from './fitAvatar.js';

/** One point of the fitted survival curve with its pointwise 95% band. */
export interface AvatarCurvePoint {
  /** Dose, Gy. */
  readonly dose: number;
  /** Fitted SF = exp(−αD − βD²). */
  readonly survivingFraction: number;
  /** Band: exp(−(αD + βD²) ∓ q·sd), sd² = D² var α + 2D³ cov + D⁴ var β; upper capped at 1. */
  readonly lower: number;
  readonly upper: number;
}

/**
 * The fitted LQ survival curve on an even dose grid, with a pointwise 95% band from the fit's covariance (delta method
 * on −ln SF, which is linear in α and β, so the band is exact for the linear model on the log scale).
 * @param fit - from {@link fitAvatar}
 * @param maxDose - right end of the grid, Gy (> 0)
 * @param steps - grid intervals, a whole number ≥ 1 (default 60)
 * @returns `steps + 1` points from 0 to `maxDose`; empty for a failed fit or bad arguments
 */
export function avatarSurvivalCurve(fit: AvatarFit, maxDose: number, steps = 60): AvatarCurvePoint[] {
  if (!(fit.ok && maxDose > 0 && maxDose < Infinity && Number.isSafeInteger(steps) && steps >= 1)) return [];
  const [[varianceAlpha, covariance], [, varianceBeta]] = fit.covariance;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const dose = (maxDose * i) / steps;
    const kill = dose * (fit.alpha + fit.beta * dose);
    const sd = Math.sqrt(Math.max(0, dose * dose * (varianceAlpha + 2 * dose * covariance + dose * dose * varianceBeta)));
    return { dose, survivingFraction: portableExp(-kill), lower: portableExp(-kill - fit.quantile * sd), upper: Math.min(1, portableExp(-kill + fit.quantile * sd)) };
  });
}
