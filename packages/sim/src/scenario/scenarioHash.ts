import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson.js';
import type { ResolvedScenario } from './ResolvedScenario.js';

/**
 * Fingerprint of a resolved scenario, recorded in results so a run can be traced to its exact inputs:
 * `sha256:` + the hex SHA-256 of {@link canonicalJson} of the scenario (UTF-8). Comments, key order,
 * formatting, YAML vs JSON and values spelled out at their defaults do not change it; any library value
 * that reaches the scenario does. The pinned library version (`library`) is left out.
 * @param scenario - a resolved scenario (plain data)
 * @returns a promise of `sha256:<64 hex digits>`
 * @remarks Hashes with `@noble/hashes` (FIPS 180-4 SHA-256 in plain JavaScript) rather than `crypto.subtle`, which
 * browsers offer only to secure pages: a viewer served over plain http from a laptop's LAN address must hash too.
 * The promise is kept so callers need not change.
 */
export function scenarioHash(scenario: ResolvedScenario): Promise<string> {
  // The pinned library is left out, as the pin is: a file pinned to library 1.0.0 reads the same values as unpinned.
  const hashed = scenario.library === undefined ? scenario : Object.fromEntries(Object.entries(scenario).filter(([key]) => key !== 'library'));
  const bytes = new TextEncoder().encode(canonicalJson(hashed));
  return Promise.resolve(`sha256:${bytesToHex(sha256(bytes))}`);
}
