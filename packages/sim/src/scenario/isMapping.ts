/**
 * Whether a value read from YAML or JSON is a mapping (a plain object, not a list or null): the problem checks run on
 * what the schema has not yet typed, so each looks before it reads a key.
 * @param value - any value
 * @returns true for an object that is not an array
 */
export const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
