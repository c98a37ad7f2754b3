/**
 * A short description of a value read from a scenario file, for "…, got X" in error messages: numbers as
 * written (`-3`, `Infinity`), text in double quotes (cut at 40 characters), `true`/`false`, and words for the
 * rest ("an empty value" for null, "a list", "a mapping").
 * @param value - any value produced by a YAML or JSON parser
 * @returns a non-empty string
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}
