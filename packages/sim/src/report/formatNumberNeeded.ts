import type { NumberNeeded } from '../cohort/TrialResults.js';
import type { Interval } from '../stats/Interval.js';

/** How a number needed is written: each number, the two ends of an interval, and the interval's brackets. */
export interface NumberNeededStyle {
  /**
   * One positive number of patients.
   * @param patients - the number
   * @param largest - the largest finite number the cell writes (estimate and interval ends), so that a style can give
   * every number of one cell the same decimals
   */
  readonly number: (patients: number, largest: number) => string;
  /** The two ends of an interval, lower first. */
  readonly ends: (lower: string, upper: string) => string;
  /** The interval after the estimate. */
  readonly bracket: (interval: string) => string;
}

/**
 * The terminal's and the report's style: `NNTB 18.1 [17.6, 18.5]`, one decimal, and whole numbers for the whole cell
 * when any of its numbers reaches 1000 (`NNTH 500 [278, 2492]`: an estimate and its interval share their decimals).
 */
export const tableNumberNeededStyle: NumberNeededStyle = {
  number: (patients, largest) => patients.toFixed(largest >= 1000 ? 0 : 1),
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
  const estimate = Math.abs(needed.patients);
  const interval = intervalNumbers(needed.patientsCi95, differenceCi95, sign);
  const largest = [estimate, ...numbersOf(interval)].filter(Number.isFinite).reduce((high, value) => Math.max(high, value), 0);
  const number = (patients: number): string => style.number(patients, largest);
  const text =
    interval.kind === 'ends'
      ? style.ends(number(interval.ends[0]), number(interval.ends[1]))
      : interval.kind === 'not estimable'
        ? 'not estimable'
        : [interval.harm === undefined ? '' : `NNTH ${number(interval.harm)}`, '∞', interval.benefit === undefined ? '' : `NNTB ${number(interval.benefit)}`].filter((part) => part !== '').join(' to ');
  return `${word} ${number(estimate)} ${style.bracket(text)}`;
}

/** The numbers of a number needed's interval: its two ends by size, or, through infinity, the NNTH and NNTB ends. */
type NumberNeededInterval =
  | { readonly kind: 'ends'; readonly ends: readonly [number, number] }
  | { readonly kind: 'through infinity'; readonly harm: number | undefined; readonly benefit: number | undefined }
  | { readonly kind: 'not estimable' };

/** The numbers an interval writes. */
function numbersOf(interval: NumberNeededInterval): number[] {
  if (interval.kind === 'ends') return [...interval.ends];
  if (interval.kind === 'not estimable') return [];
  return [interval.harm, interval.benefit].filter((value) => value !== undefined);
}

/** The interval's numbers: the reciprocal ends by size, or through infinity (Altman) when the difference's includes 0. */
function intervalNumbers(patientsCi95: Interval | null, differenceCi95: Interval, sign: number): NumberNeededInterval {
  if (patientsCi95 !== null) {
    const [near = Number.NaN, far = Number.NaN] = patientsCi95.map(Math.abs).sort((x, y) => x - y);
    return { kind: 'ends', ends: [near, far] };
  }
  const [lower, upper] = differenceCi95;
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) return { kind: 'not estimable' };
  // In benefit terms the harm end is the lower one: for a harm outcome, −upper.
  const harmEnd = sign > 0 ? lower : -upper;
  const benefitEnd = sign > 0 ? upper : -lower;
  return { kind: 'through infinity', harm: harmEnd < 0 ? -1 / harmEnd : undefined, benefit: benefitEnd > 0 ? 1 / benefitEnd : undefined };
}
