import { describeValue } from './describeValue.js';

/**
 * The message for a scenario whose `version` (the scenario format version) this rtsim does not read. Format 1 is
 * the only one so far; the format moves when the meaning of an existing file would change (not when optional
 * fields are added), and rtsim then reads older formats by migrating them (docs/scenarios.md, "Format version").
 * A later format gets the release to install rather than a bare "expected 1".
 * @param value - the `version` value as written
 * @returns the message, without the path
 */
export function scenarioFormatMessage(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 1) {
    return `this file is written in scenario format ${value}, newer than this rtsim reads (format 1): install a newer rtsim (npm install @rtsim/sim@latest)`;
  }
  return `expected 1 (the only scenario format version), got ${describeValue(value)}`;
}
