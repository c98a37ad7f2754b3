import type { PathKey } from './fieldSchemas.js';

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A path of keys as people write it: `arms[1].schedule.fractions`; keys that are not identifiers in
 * brackets (`cohort["my key"]`); the empty path as `(root)`.
 * @param keys - object keys and list indices from the root
 */
export function formatIssuePath(keys: readonly PathKey[]): string {
  if (keys.length === 0) return '(root)';
  let text = '';
  for (const key of keys) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (identifier.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}
