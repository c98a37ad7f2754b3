import type { NumberNeeded } from '../cohort/TrialResults.js';
import type { Interval } from '../stats/Interval.js';

/** How a number needed is written: each number, the two ends of an interval, and the interval's brackets. */
export interface NumberNeededStyle {
  /** One positive number of patients. */
  readonly number: (patients: number) => string;
  /** The two ends of an interval, lower first. */
  readonly ends: (lower: string, upper: string) => string;
  /** The interval after the estimate. */
  readonly bracket: (interval: string) => string;
}

/** The terminal's and the report's style: `NNTB 18.1 [17.6, 18.5]`, one decimal, whole numbers from 1000 up. */
export const tableNumberNeededStyle: NumberNeededStyle = {
  number: (patients) => (patients >= 1000 ? patients.toFixed(0) : patients.toFixed(1)),
  ends: (lower, upper) => `${lower}, ${upper}`,
  bracket: (interval) => `[${interval}]`,
};

/**
 * A number needed to treat as clinicians read it (Altman DG. BMJ 1998;317:1309): NNTB when arm a benefits (more
 * control, or fewer complications, than arm b), NNTH when it harms, each a positive number of patients treated with a
 * rather than b per one more patient who benefits or is harmed; the sign of results.json's 1/Δ is in the word. When
 * the difference's interval includes 0 the interval runs through infinity and is written as Altman writes it,
 * `NNTH x to ∞ to NNTB y` (from the harm end of the difference's interval to its benefit end); `—` when Δ is 0 (no
 * patient number), `not estimable` for an interval that is not finite.
 * @param needed - results.json's number needed (patients = 1/Δ, Δ = rate_a − rate_b of the outcome's event)
 * @param differenceCi95 - the 95% interval of Δ (for an interval through infinity)
 * @param outcome - `benefit` when the event is good (control), `harm` when it is a complication
 * @param style - how numbers and intervals are written (default: the terminal's and the report's)
 * @returns the text, e.g. `NNTB 18.1 [17.6, 18.5]`, `NNTH 5.2 [5.2, 5.3]`, `NNTB 20.0 [NNTH 50.0 to ∞ to NNTB 8.3]`
 */
export function formatNumberNeeded(needed: NumberNeeded, differenceCi95: Interval, outcome: 'benefit' | 'harm', style: NumberNeededStyle = tableNumberNeededStyle): string {
  if (needed.patients === null || !Number.isFinite(needed.patients)) return '—';
  // A benefit is more of a good event or less of a harmful one: flip the harms so that > 0 always means a benefits.
  const sign = outcome === 'benefit' ? 1 : -1;
  const word = sign * needed.patients > 0 ? 'NNTB' : 'NNTH';
  return `${word} ${style.number(Math.abs(needed.patients))} ${style.bracket(intervalText(needed.patientsCi95, differenceCi95, sign, style))}`;
}

/** The interval's text: the reciprocal ends by size, or through infinity (Altman) when the difference's includes 0. */
function intervalText(patientsCi95: Interval | null, differenceCi95: Interval, sign: number, style: NumberNeededStyle): string {
  if (patientsCi95 !== null) {
    const [near, far] = patientsCi95.map(Math.abs).sort((x, y) => x - y);
    return style.ends(style.number(near ?? Number.NaN), style.number(far ?? Number.NaN));
  }
  const [lower, upper] = differenceCi95;
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) return 'not estimable';
  // In benefit terms the harm end is the lower one: for a harm outcome, −upper.
  const harmEnd = sign > 0 ? lower : -upper;
  const benefitEnd = sign > 0 ? upper : -lower;
  return [harmEnd < 0 ? `NNTH ${style.number(-1 / harmEnd)}` : '', '∞', benefitEnd > 0 ? `NNTB ${style.number(1 / benefitEnd)}` : ''].filter((part) => part !== '').join(' to ');
}
