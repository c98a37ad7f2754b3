// The quantile transforms and the failure day of the block kernel (issue 20), the same IEEE operations in the same
// order as packages/sim/src/cohort/distributionQuantile.ts, poissonQuantile.ts, failureDay.ts and
// poissonControlProbability (test/sim/kernelBlock.test.ts compares them bit for bit).
import { normalQuantile, portableExp, portableLog2 } from './portableMath';

@inline function f(at: usize): f64 {
  return load<f64>(at);
}

/** distributionQuantile of the compiled distribution at `at` (8 words: kind, a, b, c, d, e, low, high). */
export function distributionQuantile(at: usize, u: f64): f64 {
  const kind = <i32>f(at);
  const a = f(at + 8);
  const b = f(at + 16);
  if (kind == 0) return u == u ? a : NaN;
  if (kind == 1) {
    const c = f(at + 24);
    const d = f(at + 32);
    const reflected = f(at + 40) == 1;
    const p = c + (reflected ? 1 - u : u) * d;
    const z = normalQuantile(p);
    const x = reflected ? a - b * z : a + b * z;
    const low = f(at + 48);
    const high = f(at + 56);
    return x < low ? low : x > high ? high : x;
  }
  if (kind == 2) return a * portableExp(b * normalQuantile(u));
  if (kind == 3) return a + u * b;
  if (kind == 4) {
    const c = f(at + 24);
    const span = b - a;
    if (u < f(at + 32)) return a + Math.sqrt(u * span * (c - a));
    return b - Math.sqrt((1 - u) * span * (b - c));
  }
  return NaN;
}

/** poissonQuantileExact. */
export function poissonQuantileExact(u: f64, mean: f64, zeroProbability: f64): f64 {
  let probability = zeroProbability;
  let cumulative = probability;
  let k: f64 = 0;
  const cap = mean + 10 * Math.sqrt(mean) + 40;
  while (u >= cumulative && k < cap) {
    k++;
    probability *= mean / k;
    cumulative += probability;
  }
  return k;
}

/** poissonQuantileApproximate. */
export function poissonQuantileApproximate(u: f64, mean: f64, z: f64): f64 {
  if (mean == Infinity) return Infinity;
  const root = Math.sqrt(mean);
  const x = mean + root * z + (z * z - 1) / 6 + (z - z * z * z) / (72 * root);
  const k = Math.floor(x + 0.5);
  return k >= 1 ? k : u < portableExp(-mean) ? 0 : 1;
}

/** failureDay. */
export function failureDay(clonogens: f64, treatmentEnd: f64, postDoubling: f64, detection: f64, firstVisitDays: f64): f64 {
  const firstVisit = treatmentEnd + firstVisitDays;
  if (clonogens >= detection) return firstVisit;
  const day = treatmentEnd + postDoubling * portableLog2(clonogens == 1 ? detection : detection / clonogens);
  return day > firstVisit ? day : firstVisit;
}

/** poissonControlProbability. */
@inline export function controlProbability(m: f64): f64 {
  return m < 746 ? portableExp(-m) : m == m ? 0 : NaN;
}
