import { normalCdf, portableExp, portableLog } from '@rtsim/core';

/** Result of {@link mcnemarTest}. */
export interface McNemarResult {
  /** Exact test: the smaller discordant count min(b, c); chi-square test: max(0, |b − c| − 1)²/(b + c). */
  readonly statistic: number;
  /** Two-sided p-value in [0, 1]. */
  readonly pValue: number;
  readonly method: 'exact' | 'chi-square';
}

/** Discordant-pair total below which {@link mcnemarTest} uses the exact binomial test. */
const exactBelow = 50;

/**
 * McNemar's test of paired binary outcomes from the discordant pairs b (yes in A, no in B) and c (no in A,
 * yes in B). Under H₀, b | b + c ~ Binomial(b + c, ½).
 * - exact (default when b + c < 50): p = min(1, 2·P(X ≤ min(b, c))), the doubled smaller tail (no mid-p);
 * - chi-square (b + c ≥ 50): χ² = max(0, |b − c| − 1)²/(b + c) on 1 df (Edwards' continuity correction,
 *   not allowed to overshoot zero), p = 2(1 − Φ(√χ²)), evaluated as 2Φ(−√χ²) to keep small p accurate.
 *
 * @param discordantAB - b, pairs with the event under A only (integer ≥ 0)
 * @param discordantBA - c, pairs with the event under B only (integer ≥ 0)
 * @param options - `method`: 'auto' (default, the rule above), 'exact' or 'chi-square' to force one
 * @returns statistic, two-sided p-value and the method used; b = c = 0 gives statistic 0 and p = 1;
 *   NaN statistic and p outside the domain (negative, non-integer or non-finite counts)
 * @remarks Up to b + c = 50 the exact tail is summed in integers, so p is the exact rational. Beyond (forced
 *   with `method: 'exact'`) it is summed in log space relative to its largest term, so b + c in the thousands
 *   neither overflows the binomial coefficients nor underflows 2⁻ⁿ (relative error ~1e-13); only a p below
 *   ~5e-324 itself rounds to 0.
 * @see McNemar Q (1947) Psychometrika 12:153–157; Edwards AL (1948) Psychometrika 13:185–187;
 *   Fagerland MW et al. (2013) BMC Med Res Methodol 13:91 (the exact conditional version).
 */
export function mcnemarTest(
  discordantAB: number,
  discordantBA: number,
  options: { readonly method?: 'auto' | 'exact' | 'chi-square' } = {},
): McNemarResult {
  const b = discordantAB;
  const c = discordantBA;
  const n = b + c;
  const requested = options.method ?? 'auto';
  const method = requested === 'auto' ? (n < exactBelow ? 'exact' : 'chi-square') : requested;
  if (!(Number.isSafeInteger(b) && Number.isSafeInteger(c) && b >= 0 && c >= 0)) {
    return { statistic: NaN, pValue: NaN, method };
  }
  if (method === 'exact') {
    const k = Math.min(b, c);
    // b = c (including b = c = 0): the smaller tail holds at least half the mass, so the doubled tail ≥ 1.
    const pValue = b === c ? 1 : Math.min(1, n <= exactIntegerLimit ? doubledTailExact(k, n) : doubledTailLog(k, n));
    return { statistic: k, pValue, method };
  }
  if (n === 0) return { statistic: 0, pValue: 1, method };
  const excess = Math.max(0, Math.abs(b - c) - 1);
  const statistic = (excess * excess) / n;
  const pValue = statistic === 0 ? 1 : Math.min(1, 2 * normalCdf(-Math.sqrt(statistic)));
  return { statistic, pValue, method };
}

/**
 * Largest n for which 2·Σ_{i ≤ k} C(n, i) is accumulated in exact integer arithmetic: every intermediate
 * C(n, i − 1)·(n − i + 1) stays below 2⁵³ (at most 3.3e15 for n = 50), so p is the exact rational.
 */
const exactIntegerLimit = 50;

/** 2·P(X ≤ k) for X ~ Binomial(n, ½), 0 ≤ k < n/2, n ≤ 50: exact. */
function doubledTailExact(k: number, n: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i; // C(n, i), an exact integer
    sum += term;
  }
  return (2 * sum) / 2 ** n;
}

/** 2·P(X ≤ k) for X ~ Binomial(n, ½) and 0 ≤ k < n/2, in log space relative to the largest term C(n, k)/2ⁿ. */
function doubledTailLog(k: number, n: number): number {
  // ln C(n, k) = Σⱼ ln((n − k + j)/j), each ratio correctly rounded: error ~ √k ulp in the log.
  let logChoose = 0;
  for (let j = 1; j <= k; j++) logChoose += portableLog((n - k + j) / j);
  // Σ_{i ≤ k} C(n, i)/C(n, k), accumulated downwards from 1 with ratio i/(n − i + 1) < 1.
  let term = 1;
  let sum = 1;
  for (let i = k; i >= 1; i--) {
    term *= i / (n - i + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return portableExp(Math.LN2 + logChoose - n * Math.LN2 + portableLog(sum));
}
