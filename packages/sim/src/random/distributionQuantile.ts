import { normalQuantile, portableExp } from '@rtsim/core';
import type { CompiledDistribution } from './compileDistribution.js';

/**
 * Inverse CDF of a compiled distribution at u: the draw that one uniform yields.
 * - normal, truncated to [min, max]: x = μ + σ·Φ⁻¹(Φ(a) + u·(Φ(b) − Φ(a))), a, b the standardised bounds;
 * - lognormal: x = median·exp(σ·Φ⁻¹(u));
 * - uniform: x = min + u·(max − min);
 * - triangular: x = min + √(u(max − min)(mode − min)) below F(mode), else max − √((1 − u)(max − min)(max − mode)).
 *
 * Inverse-CDF truncation draws exactly the truncated normal that rejection sampling would (models.md says
 * "truncated by rejection"), but always with one uniform, which the fixed slot layout needs.
 * @param compiled - from {@link compileDistribution}
 * @param u - a uniform in (0, 1); see {@link openUniform} (0 and 1 give ±∞ for the unbounded kinds)
 * @returns the draw, non-decreasing in u and inside the distribution's support; NaN for an invalid
 *   distribution or NaN u
 * @remarks Φ⁻¹ is core's `normalQuantile` (Wichura, AS 241, 1988).
 */
export function distributionQuantile(compiled: CompiledDistribution, u: number): number {
  switch (compiled.kind) {
    case 0:
      return u === u ? compiled.a : Number.NaN; // u === u rejects NaN without a call
    case 1: {
      const p = compiled.c + (compiled.e === 1 ? 1 - u : u) * compiled.d;
      const z = normalQuantile(p);
      const x = compiled.e === 1 ? compiled.a - compiled.b * z : compiled.a + compiled.b * z;
      // Φ⁻¹(Φ(a)) can miss a by an ulp: clamping keeps "min: 0" meaning α ≥ 0 exactly.
      return x < compiled.low ? compiled.low : x > compiled.high ? compiled.high : x;
    }
    case 2:
      return compiled.a * portableExp(compiled.b * normalQuantile(u));
    case 3:
      return compiled.a + u * compiled.b;
    case 4: {
      const span = compiled.b - compiled.a;
      if (u < compiled.d) return compiled.a + Math.sqrt(u * span * (compiled.c - compiled.a));
      return compiled.b - Math.sqrt((1 - u) * span * (compiled.b - compiled.c));
    }
    default:
      return Number.NaN;
  }
}
