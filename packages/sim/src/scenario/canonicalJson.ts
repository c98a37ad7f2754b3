/**
 * Canonical JSON text of plain data: object keys sorted (by UTF-16 code units), no whitespace, numbers as
 * `JSON.stringify` writes them (shortest round-trip form, so equal numbers give equal text), `undefined`
 * object members left out. Two values give the same text exactly when they are equal as JSON data.
 * @param value - plain JSON data (objects, arrays, strings, finite numbers, booleans, null)
 * @returns the text; non-finite numbers become `null`, as in `JSON.stringify`
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}
