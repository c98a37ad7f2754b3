const superscripts: Readonly<Record<string, string>> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/**
 * `10ᵏ` in Unicode superscripts, for tick labels of log axes: `1` for k = 0, `10` for k = 1, `10⁻¹²` for k = −12.
 * @param exponent - the decade k, a whole number
 * @returns the label
 */
export function powerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${String(exponent).replace(/[-0-9]/g, (character) => superscripts[character] ?? character)}`;
}
