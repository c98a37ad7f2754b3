/**
 * A plain-text table: columns padded to their widest cell, numbers right-aligned.
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 * @param {readonly ('left' | 'right')[]} align
 * @returns {string}
 */
export function formatTable(header, rows, align) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * A number with a few significant digits and an SI-style suffix for large values (1.23 M).
 * @param {number} x
 * @param {number} [digits=3]
 */
export function formatValue(x, digits = 3) {
  if (!Number.isFinite(x)) return String(x);
  const magnitude = Math.abs(x);
  if (magnitude >= 1e9) return `${(x / 1e9).toPrecision(digits)} G`;
  if (magnitude >= 1e6) return `${(x / 1e6).toPrecision(digits)} M`;
  if (magnitude >= 1e4) return `${(x / 1e3).toPrecision(digits)} k`;
  return x.toPrecision(digits);
}
