import { canonicalJson } from './canonicalJson.js';
import type { ResolvedScenario } from './ResolvedScenario.js';

/**
 * Fingerprint of a resolved scenario, recorded in results so a run can be traced to its exact inputs:
 * `sha256:` + the hex SHA-256 of {@link canonicalJson} of the scenario (UTF-8). Comments, key order,
 * formatting, YAML vs JSON and values spelled out at their defaults do not change it; any library value
 * that reaches the scenario does. The pinned library version (`library`) is left out.
 * @param scenario - a resolved scenario (plain data)
 * @returns a promise of `sha256:<64 hex digits>`
 * @remarks Uses the Web Crypto API (`crypto.subtle.digest`), present in browsers, workers and Node ≥ 20.
 */
export async function scenarioHash(scenario: ResolvedScenario): Promise<string> {
  // The pinned library is left out, as the pin is: a file pinned to library 1.0.0 reads the same values as unpinned.
  const hashed = scenario.library === undefined ? scenario : Object.fromEntries(Object.entries(scenario).filter(([key]) => key !== 'library'));
  const bytes = new TextEncoder().encode(canonicalJson(hashed));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
