import type { Distribution } from '../distribution.js';
import { portableExp } from '../portable/portableExp.js';

const superscripts: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * A number for a reader: three significant digits, trailing zeros dropped; powers of ten (`2.5 × 10⁹`,
 * `10⁻¹¹`) outside [0.001, 10 000); `∞` for infinities. Whole numbers below 10 000 are written in full: rounding
 * 2004 (a calendar year) or 1096 (days) to three digits would change the number a reader reads.
 * @param x - any number
 * @returns the formatted string (`NaN` for NaN)
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  const sign = x < 0 ? '−' : '';
  if (Number.isInteger(magnitude) && magnitude < 1e4) return sign + String(magnitude);
  if (magnitude >= 1e-3 && magnitude < 1e4) return sign + String(Number(magnitude.toPrecision(3)));
  const [mantissa = '', exponent = ''] = magnitude.toExponential(2).split('e');
  const digits = String(Number(mantissa));
  const power = `10${[...String(Number(exponent))].map((c) => superscripts[c] ?? c).join('')}`;
  return sign + (digits === '1' ? power : `${digits} × ${power}`);
}

/**
 * A {@link Distribution} written for a reader, with its unit, as in docs/parameters.md:
 * `0.232 1/Gy`, `normal(mean 0.232, SD 0.08, ≥ 0) 1/Gy`, `lognormal(median 10, σ_ln 0.5; 95% 3.75–26.6) d`,
 * `uniform(0.53–0.82) …`, `triangular(min 14, mode 21, max 35) d`.
 * @param distribution - any {@link Distribution}
 * @param unit - unit of the parameter, appended after the distribution (omitted when empty)
 * @returns the description; invalid parameters are printed as they are (NaN shows as `NaN`)
 */
export function formatDistribution(distribution: Distribution, unit = ''): string {
  const withUnit = (text: string): string => (unit === '' ? text : `${text} ${unit}`);
  const f = formatNumber;
  if (typeof distribution === 'number') return withUnit(f(distribution));
  switch (distribution.dist) {
    case 'fixed':
      return withUnit(f(distribution.value));
    case 'normal': {
      const { mean, sd, min, max } = distribution;
      let bounds = '';
      if (min !== undefined && max !== undefined) bounds = `, within [${f(min)}, ${f(max)}]`;
      else if (min !== undefined) bounds = `, ≥ ${f(min)}`;
      else if (max !== undefined) bounds = `, ≤ ${f(max)}`;
      return withUnit(`normal(mean ${f(mean)}, SD ${f(sd)}${bounds})`);
    }
    case 'lognormal': {
      const { median, sigma } = distribution;
      // 1.96 σ either side of ln(median): the central 95% of patients.
      const low = median * portableExp(-1.96 * sigma);
      const high = median * portableExp(1.96 * sigma);
      return withUnit(`lognormal(median ${f(median)}, σ_ln ${f(sigma)}; 95% ${f(low)}–${f(high)})`);
    }
    case 'uniform':
      return withUnit(`uniform(${f(distribution.min)}–${f(distribution.max)})`);
    case 'triangular':
      return withUnit(`triangular(min ${f(distribution.min)}, mode ${f(distribution.mode)}, max ${f(distribution.max)})`);
    default:
      return withUnit('NaN');
  }
}
