import { schedule, tcpPopulation } from '@rtsim/core';

/**
 * Population TCP (Webb & Nahum 1993) as a function of the total dose D, given as `fractions` equal fractions of
 * D/n Gy, Monday to Friday, no time term; with its D₅₀ (TCP = ½) and normalised slope γ₅₀ = D₅₀·dTCP/dD there.
 *
 * D₅₀ by bisection on [1, 400] Gy to 1e−10 Gy (TCP rises with D); γ₅₀ by a central difference with h = 0.05 Gy:
 * truncation h²·TCP‴/6 is below 1e−4 of the slope for these curves, and tcpPopulation's quadrature error (bound
 * 1e−6, ~1e−8 measured) adds at most 1e−5/Gy.
 * @param p - ᾱ and σ_α (1/Gy), α/β (Gy), clonogen number N₀, number of fractions n
 * @returns `tcp(D)` (D in Gy), `d50` (Gy) and `gamma50` (dimensionless)
 */
export function populationDoseResponse({ alphaMean, alphaSd, alphaBeta, clonogens, fractions }) {
  const tcp = (dose) =>
    tcpPopulation({ schedule: schedule({ fractions, dose: dose / fractions, perWeek: 5 }), alphaMean, alphaSd, alphaBeta, clonogens });
  let lo = 1;
  let hi = 400;
  while (hi - lo > 1e-10) {
    const mid = 0.5 * (lo + hi);
    if (tcp(mid) < 0.5) lo = mid;
    else hi = mid;
  }
  const d50 = 0.5 * (lo + hi);
  const h = 0.05;
  const gamma50 = (d50 * (tcp(d50 + h) - tcp(d50 - h))) / (2 * h);
  return { tcp, d50, gamma50 };
}
