/**
 * One radiotherapy fraction.
 * - `dose`: physical dose of the fraction, Gy (≥ 0).
 * - `day`: start time of the fraction, days (fractional days allowed); builders put the first fraction at day 0.
 * - `durationMinutes`: beam-on time, minutes (≥ 0); absent means instantaneous delivery. Only used by the
 *   Lea–Catcheside factor when a repair half-time is given.
 */
export interface Fraction {
  readonly dose: number;
  readonly day: number;
  readonly durationMinutes?: number;
}

/**
 * A radiotherapy schedule: fractions ordered by `day` (ties keep their order). An invalid schedule is the
 * one-element sentinel `[{ dose: NaN, day: NaN }]`, so every quantity computed from it is NaN. The empty
 * schedule (no fractions) is valid: zero dose, zero overall time, no cell kill.
 */
export type Schedule = readonly Fraction[];

/**
 * An interruption: every fraction after the `afterFraction`-th (1-based, integer in 1…n) is shifted later by
 * `days` calendar days (≥ 0, fractional allowed). Shifts are literal calendar days, so a gap in a Monday–Friday
 * course may move fractions onto a weekend; use multiples of 7 to keep weekdays.
 */
export interface ScheduleGap {
  readonly afterFraction: number;
  readonly days: number;
}

/**
 * What {@link schedule} builds from.
 *
 * Regular courses: `fractions` n (integer ≥ 0) of `dose` d Gy (≥ 0), on either
 * - a weekly calendar, `perWeek` p ∈ {1…7} (default 5 when neither `perWeek` nor `everyDays` is given):
 *   treatment weekdays 1: Mon; 2: Mon Thu; 3: Mon Wed Fri; 4: Mon Tue Thu Fri; 5: Mon–Fri; 6: Mon–Sat; 7: every day.
 *   `startWeekday` (integer 0 = Monday … 6 = Sunday, default 0) is the weekday the course starts; the first
 *   fraction falls on the first treatment weekday on or after it, and that fraction is day 0;
 * - or every `everyDays` k days (k > 0, fractional allowed): treatment days 0, k, 2k, … (`startWeekday` is ignored).
 *
 * `perDay` m (integer ≥ 1, default 1) fractions per treatment day, the later ones `intervalHours` apart (> 0,
 * required when m > 1, and (m − 1)·interval must stay under 24 h, or under k days for `everyDays`); the last
 * treatment day may be partial. `durationMinutes` (≥ 0) is copied onto every fraction. `gaps` shift later fractions.
 *
 * Explicit lists: `{ list }` keeps each fraction's day as given (they need not start at 0), applies `gaps` in list
 * order, then sorts by day.
 */
export type ScheduleSpec =
  | {
      readonly fractions: number;
      readonly dose: number;
      readonly perWeek?: number;
      readonly everyDays?: number;
      readonly perDay?: number;
      readonly intervalHours?: number;
      readonly startWeekday?: number;
      readonly gaps?: readonly ScheduleGap[];
      readonly durationMinutes?: number;
    }
  | { readonly list: readonly Fraction[]; readonly gaps?: readonly ScheduleGap[] };

const invalid: Schedule = Object.freeze([Object.freeze({ dose: Number.NaN, day: Number.NaN })]);

// Treatment weekdays (0 = Monday) for p fractions a week: spread as clinics do (Mon/Wed/Fri for 3).
const weekdayPatterns: readonly (readonly number[])[] = [
  [],
  [0],
  [0, 3],
  [0, 2, 4],
  [0, 1, 3, 4],
  [0, 1, 2, 3, 4],
  [0, 1, 2, 3, 4, 5],
  [0, 1, 2, 3, 4, 5, 6],
];

const isInteger = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const isNonNegative = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x < Infinity;

/** Calendar days of the first `count` treatment days, first one = day 0. */
function treatmentDays(count: number, perWeek: number | undefined, everyDays: number | undefined, startWeekday: number): number[] {
  const days: number[] = [];
  if (everyDays !== undefined) {
    for (let j = 0; j < count; j++) days.push(j * everyDays);
    return days;
  }
  const pattern = weekdayPatterns[perWeek ?? 5] ?? [];
  const isTreatmentWeekday = (weekday: number): boolean => pattern.includes(weekday % 7);
  let offset = 0;
  while (!isTreatmentWeekday(startWeekday + offset)) offset++;
  for (let calendar = 0; days.length < count; calendar++) {
    if (isTreatmentWeekday(startWeekday + offset + calendar)) days.push(calendar);
  }
  return days;
}

/** Cumulative shift of fraction k (0-based) from the gaps, or undefined when a gap is invalid. */
function gapShifts(count: number, gaps: readonly ScheduleGap[] | undefined): number[] | undefined {
  const added = new Array<number>(count + 1).fill(0);
  if (gaps !== undefined) {
    if (!Array.isArray(gaps)) return undefined;
    for (const gap of gaps) {
      if (!(isInteger(gap.afterFraction) && gap.afterFraction >= 1 && gap.afterFraction <= count)) return undefined;
      if (!isNonNegative(gap.days)) return undefined;
      added[gap.afterFraction] = (added[gap.afterFraction] ?? 0) + gap.days;
    }
  }
  const shifts: number[] = [];
  let shift = 0;
  for (let k = 0; k < count; k++) {
    shift += added[k] ?? 0; // fraction k (0-based) comes after fractions 1…k
    shifts.push(shift);
  }
  return shifts;
}

function fromList(list: readonly Fraction[], gaps: readonly ScheduleGap[] | undefined): Schedule {
  if (!Array.isArray(list)) return invalid;
  const shifts = gapShifts(list.length, gaps);
  if (shifts === undefined) return invalid;
  const fractions: Fraction[] = [];
  for (const [k, f] of list.entries()) {
    if (typeof f !== 'object' || f === null) return invalid;
    if (!isNonNegative(f.dose) || !(typeof f.day === 'number' && Number.isFinite(f.day))) return invalid;
    const day = f.day + (shifts[k] ?? 0);
    if (f.durationMinutes === undefined) fractions.push({ dose: f.dose, day });
    else if (isNonNegative(f.durationMinutes)) fractions.push({ dose: f.dose, day, durationMinutes: f.durationMinutes });
    else return invalid;
  }
  return fractions.sort((a, b) => a.day - b.day); // Array.prototype.sort is stable
}

/**
 * Builds a schedule (fraction doses in Gy, days from the first fraction) from a {@link ScheduleSpec}.
 *
 * Day of fraction k = day of its treatment day + (position within the day)·intervalHours/24 + the sum of the
 * gaps before it. With 5 a week from a Monday: 25 × 2 Gy ends on day 32, 30 fractions on day 39; 5 fractions
 * `everyDays: 1` end on day 4, 3 fractions `everyDays: 2` on day 4 (models.md).
 *
 * @param spec - the course (see {@link ScheduleSpec} for units and domains)
 * @returns the fractions ordered by day; for an invalid spec (non-integer or negative fractions, negative or
 *   non-finite dose, NaN anywhere, `perWeek` and `everyDays` both given, `perDay` > 1 without a valid
 *   `intervalHours`, a gap outside 1…n) the sentinel `[{ dose: NaN, day: NaN }]`, so NaN propagates. Never throws.
 * @remarks Calendar conventions: docs/models.md, "Schedules".
 */
export function schedule(spec: ScheduleSpec): Schedule {
  if (typeof spec !== 'object' || spec === null) return invalid;
  if ('list' in spec) return fromList(spec.list, spec.gaps);
  const { fractions, dose, perWeek, everyDays, perDay = 1, intervalHours, startWeekday = 0, durationMinutes } = spec;
  if (!(isInteger(fractions) && fractions >= 0) || !isNonNegative(dose)) return invalid;
  if (perWeek !== undefined && everyDays !== undefined) return invalid;
  if (perWeek !== undefined && !(isInteger(perWeek) && perWeek >= 1 && perWeek <= 7)) return invalid;
  if (everyDays !== undefined && !(typeof everyDays === 'number' && everyDays > 0 && everyDays < Infinity)) return invalid;
  if (!(isInteger(startWeekday) && startWeekday >= 0 && startWeekday <= 6)) return invalid;
  if (!(isInteger(perDay) && perDay >= 1)) return invalid;
  if (durationMinutes !== undefined && !isNonNegative(durationMinutes)) return invalid;
  let intervalDays = 0;
  if (perDay > 1) {
    if (!(typeof intervalHours === 'number' && intervalHours > 0)) return invalid;
    intervalDays = intervalHours / 24;
    if (!((perDay - 1) * intervalDays < (everyDays ?? 1))) return invalid; // the day's fractions must not overlap the next day's
  } else if (intervalHours !== undefined && !(typeof intervalHours === 'number' && intervalHours > 0)) {
    return invalid;
  }
  const shifts = gapShifts(fractions, spec.gaps);
  if (shifts === undefined) return invalid;
  const days = treatmentDays(Math.ceil(fractions / perDay), perWeek, everyDays, startWeekday);
  const result: Fraction[] = [];
  for (let k = 0; k < fractions; k++) {
    const day = (days[Math.floor(k / perDay)] ?? Number.NaN) + (k % perDay) * intervalDays + (shifts[k] ?? 0);
    result.push(durationMinutes === undefined ? { dose, day } : { dose, day, durationMinutes });
  }
  return result;
}
