import type { NumberNeeded } from '../cohort/TrialResults.js';

const one = (value: number): string => (Math.abs(value) >= 1000 ? value.toFixed(0) : value.toFixed(1));

/**
 * A number needed to treat or harm for a table, with its 95% interval: `18.3 [17.8, 18.8]`, `−56.5 [−59.5, −53.8]`
 * (negative: the other arm has the event more often); `1562.5 [CI spans ∞]` when the difference's interval includes
 * 0; `—` when the difference is 0.
 * @param needed - patients and interval (NumberNeeded)
 * @returns the text
 */
export function formatNumberNeeded(needed: NumberNeeded): string {
  if (needed.patients === null) return '—';
  const interval = needed.patientsCi95 === null ? 'CI spans ∞' : `${one(needed.patientsCi95[0])}, ${one(needed.patientsCi95[1])}`;
  return `${one(needed.patients)} [${interval}]`;
}
