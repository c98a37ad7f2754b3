import { portableAtan } from '@rtsim/core';
/**
 * P(|T| ≤ t) for Student's t with ν (whole) degrees of freedom, by the finite series of Abramowitz & Stegun
 * 26.7.3–4 in θ = atan(t/√ν): odd ν, (2/π)[θ + sin θ (cos θ + ⅔cos³θ + … )]; even ν, sin θ[1 + ½cos²θ + ⅜cos⁴θ + … ].
 * All terms are positive, so the sum loses no precision to cancellation.
 */
function twoSidedProbability(t: number, degreesOfFreedom: number): number {
  // θ = atan(x) with x = t/√ν: sin θ = x/√(1 + x²) and cos θ = 1/√(1 + x²) exactly (no trigonometric call).
  const x = t / Math.sqrt(degreesOfFreedom);
  const theta = portableAtan(x);
  const hypotenuse = Math.sqrt(1 + x * x);
  const sine = hypotenuse === Infinity ? Math.sign(x) : x / hypotenuse;
  const cosine = 1 / hypotenuse;
  const cosineSquared = cosine * cosine;
  if (degreesOfFreedom % 2 === 1) {
    if (degreesOfFreedom === 1) return (2 * theta) / Math.PI;
    let term = cosine;
    let sum = cosine;
    for (let k = 3; k <= degreesOfFreedom - 2; k += 2) {
      term *= ((k - 1) / k) * cosineSquared;
      sum += term;
    }
    return (2 / Math.PI) * (theta + sine * sum);
  }
  let term = 1;
  let sum = 1;
  for (let k = 2; k <= degreesOfFreedom - 2; k += 2) {
    term *= ((k - 1) / k) * cosineSquared;
    sum += term;
  }
  return sine * sum;
}

/**
 * Quantile of Student's t distribution with a whole number of degrees of freedom: the t with P(T ≤ t) = p.
 *
 * Inverts the exact finite-series CDF (Abramowitz & Stegun 26.7.3–4) by bisection to the last bit, O(ν) per
 * evaluation: meant for the few quantiles of a confidence interval, not for sampling.
 * @param p - probability in (0, 1)
 * @param degreesOfFreedom - ν, a whole number ≥ 1 (for ν → ∞ use normalQuantile)
 * @returns t; 0 at p = ½; NaN for p ∉ (0, 1), ν not a whole number ≥ 1, or NaN input
 * @remarks Abramowitz M, Stegun IA, Handbook of Mathematical Functions, 1964, 26.7.3 and 26.7.4.
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(p > 0 && p < 1 && Number.isSafeInteger(degreesOfFreedom) && degreesOfFreedom >= 1)) return Number.NaN;
  if (p === 0.5) return 0;
  const target = Math.abs(2 * p - 1); // P(|T| ≤ t) for t = |quantile|
  let low = 0;
  let high = 1;
  while (twoSidedProbability(high, degreesOfFreedom) < target) {
    high *= 2;
    if (high > 1e300) return p > 0.5 ? Infinity : -Infinity;
  }
  for (let iteration = 0; iteration < 2000; iteration++) {
    const middle = 0.5 * (low + high);
    if (middle === low || middle === high) break;
    if (twoSidedProbability(middle, degreesOfFreedom) < target) low = middle;
    else high = middle;
  }
  const t = 0.5 * (low + high);
  return p > 0.5 ? t : -t;
}
