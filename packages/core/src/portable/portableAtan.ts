const halfPi = 1.5707963267948966; // π/2 rounded to double
const halfPiLow = 6.123233995736766e-17; // π/2 − halfPi

/**
 * arctan(x) in plain double arithmetic (the same bits on every JavaScript engine, unlike Math.atan).
 *
 * Reduction: atan(x) = π/2 − atan(1/x) for |x| > 1 (with π/2 in two parts), then two halvings
 * atan(y) = 2·atan(y / (1 + √(1 + y²))) bring |y| ≤ tan(π/16) ≈ 0.199, where the alternating Taylor series
 * y − y³/3 + y⁵/5 − … is summed to the term below 2⁻⁶⁰ relative (at most 22 terms). Each halving costs about an ulp,
 * so the result is within a few ulp of the exact value (3.9 ulp worst against 200-bit values in a review;
 * test/core/portableMath.test.ts checks it against Math.atan); enough for rtsim's one use, the angle of Student's t
 * CDF in the avatar analysis, where what matters is that Node and every browser give identical bits.
 * @param x - any number
 * @returns atan(x) in (−π/2, π/2); ±π/2 for ±∞, NaN for NaN, −0 for −0
 */
export function portableAtan(x: number): number {
  if (x !== x) return Number.NaN;
  if (x < 0) return -portableAtan(-x);
  if (x === 0) return x;
  if (x === Infinity) return halfPi;
  // atan x = x − x³/3 + …: below 2⁻²⁷ the cubic term is under half an ulp of x (and halving a subnormal would lose it).
  if (x < 7.450580596923828e-9) return x;
  const large = x > 1;
  let y = large ? 1 / x : x;
  y = y / (1 + Math.sqrt(1 + y * y));
  y = y / (1 + Math.sqrt(1 + y * y));
  const square = y * y;
  let term = y;
  let sum = 0;
  for (let k = 1; k < 60; k += 2) {
    const next = term / k;
    sum += next;
    if (Math.abs(next) < 8.7e-19 * Math.abs(sum)) break; // 2⁻⁶⁰
    term *= -square;
  }
  const reduced = 4 * sum;
  return large ? halfPi - reduced + halfPiLow : reduced;
}
