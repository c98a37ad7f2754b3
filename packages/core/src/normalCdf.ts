import { portableExp } from './portable/portableExp.js';
const inverseSqrtTwoPi = 0.3989422804014327;
const sqrt32 = 5.656854249492381;

/**
 * e^{−y²/2}·r without losing the tail's relative accuracy: y² is split exactly into hi + lo (Dekker's product,
 * Veltkamp splitting), so exp(−hi/2) has an exact argument and the rounding lo enters as the factor 1 − lo/2.
 */
function gaussianTail(y: number, r: number): number {
  const split = 134217729 * y; // 2^27 + 1
  const high = split - (split - y);
  const low = y - high;
  const square = y * y;
  const error = high * high - square + 2 * high * low + low * low;
  return portableExp(-0.5 * square) * (1 - 0.5 * error) * r;
}

/**
 * Standard normal cumulative distribution function, Φ(x) = ∫_{−∞}^x e^{−t²/2} dt/√(2π).
 * @param x - any real number (dimensionless)
 * @returns Φ(x) in [0, 1]: 0 below x ≈ −37.5 (underflow), 1 above x ≈ 8.3 (rounding); NaN for NaN input
 * @remarks Relative error near machine precision (~1e−15) in both tails, so Φ(−30) ≈ 4.9e−198 keeps its
 *   digits; use `normalCdf(−x)` for the upper tail 1 − Φ(x). Rational Chebyshev approximations of
 *   Cody WJ, "Rational Chebyshev approximations for the error function", Math Comp 1969;23:631–637, with the
 *   coefficients of Cody WJ, "Algorithm 715: SPECFUN", ACM Trans Math Softw 1993;19:22–32 (ANORM; also R's pnorm):
 *   Φ(x) − ½ = x·P₄(x²)/Q₄(x²) for |x| ≤ 0.674 (the upper quartile), Φ(−|x|) = e^{−x²/2}·P₈(|x|)/Q₈(|x|) up to
 *   |x| = √32, and Φ(−|x|) = e^{−x²/2}(1/√(2π) − x⁻²P₅(x⁻²)/Q₅(x⁻²))/|x| beyond. The published 20-digit
 *   coefficients are written as their nearest doubles.
 */
export function normalCdf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    const s = y > 1.11e-16 ? x * x : 0;
    const numerator =
      (((0.06568233791820745 * s + 2.2352520354606837) * s + 161.02823106855587) * s + 1067.6894854603709) * s +
      18154.98125334356;
    const denominator =
      (((s + 47.202581904688245) * s + 976.0985517377767) * s + 10260.932208618979) * s + 45507.78933502673;
    return 0.5 + (x * numerator) / denominator;
  }
  let tail: number;
  if (y <= sqrt32) {
    const numerator =
      (((((((1.0765576773720192e-08 * y + 0.39894151208813466) * y + 8.883149794388377) * y +
        93.50665613217785) * y + 597.2702763948002) * y + 2494.5375852903726) * y +
        6848.190450536283) * y + 11602.65143764735) * y + 9842.714838383978;
    const denominator =
      (((((((y + 22.266688044328117) * y + 235.387901782625) * y + 1519.3775994075547) * y +
        6485.558298266761) * y + 18615.571640885097) * y + 34900.95272114598) * y +
        38912.00328609327) * y + 19685.429676859992;
    tail = gaussianTail(y, numerator / denominator);
  } else if (y < 37.5193) {
    const s = 1 / (x * x);
    const numerator =
      ((((0.023073441764940174 * s + 0.215898534057957) * s + 0.12740116116024736) * s + 0.022235277870649807) * s +
        0.0014216191932278934) * s + 2.9112874951168793e-05;
    const denominator =
      ((((s + 1.284260096144911) * s + 0.4682382124808651) * s + 0.06598813786892856) * s + 0.0037823963320275824) * s +
      7.297515550839662e-05;
    tail = gaussianTail(y, (inverseSqrtTwoPi - (s * numerator) / denominator) / y);
  } else if (y <= Infinity) {
    tail = 0;
  } else {
    return Number.NaN;
  }
  return x > 0 ? 1 - tail : tail;
}
