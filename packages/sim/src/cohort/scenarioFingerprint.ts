/**
 * A 53-bit hash of a scenario's JSON text (cyrb53, public domain), as 14 hex digits.
 *
 * Not a security hash: it only stops partial results of different scenarios (or seeds, or patient counts) from
 * being merged by mistake. Browser-safe (no `node:crypto`), and the same in every engine.
 * @param scenario - any JSON-serialisable value
 * @returns a hex string of the hash of `JSON.stringify(scenario)`
 */
export function scenarioFingerprint(scenario: unknown): string {
  const text = JSON.stringify(scenario) ?? '';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(16).padStart(14, '0');
}
