import { daysPerYear, schedule } from '@rtsim/core';
import { armCalendar } from './armCalendar.js';
import type { PathKey } from './fieldSchemas.js';
import { followUpHorizonDays } from './followUpHorizonDays.js';
import type { ArmInput, ScenarioInput } from './ScenarioInput.js';
import type { PathIssue } from './schemaIssues.js';
import { defaultFirstVisitDays } from './resolveScenario.js';

/** A dated treatment event of an arm: what it is in words, and the field that sets its day (from the arm). */
interface TreatmentEvent {
  readonly day: number;
  readonly what: string;
  readonly keys: readonly PathKey[];
}

/** An arm's treatment on the day axis: its course (first and last fraction) and the surgery and kills around it. */
interface ArmTimeline {
  readonly course: readonly TreatmentEvent[];
  readonly others: readonly TreatmentEvent[];
  readonly first: TreatmentEvent;
  readonly last: TreatmentEvent;
}

// Days as people read them: fractional days (twice daily: 0.25) to two decimals, huge ones as JavaScript writes them.
const shown = (days: number): string => (Math.abs(days) < 1e12 ? String(Math.round(days * 100) / 100) : String(days));

/**
 * The events that set an arm's treatment span, as compilePlan counts them: the first and last fraction, surgery,
 * and the day of every modifier's log kill (a kill without a day is concurrent with the fractions).
 */
function armTimeline(arm: ArmInput): ArmTimeline | undefined {
  const fractions = schedule(armCalendar(arm));
  const course: TreatmentEvent[] = [];
  const start = fractions[0];
  const end = fractions.at(-1);
  if (start !== undefined && end !== undefined) {
    // A course of one fraction is its own first and last event: call it what it is in messages.
    const [first, last] = fractions.length === 1 ? ['the fraction', 'the fraction'] : ['the first fraction', 'the last fraction'];
    course.push({ day: start.day, what: first, keys: ['schedule'] }, { day: end.day, what: last, keys: ['schedule'] });
  }
  const others: TreatmentEvent[] = [];
  if (arm.surgery !== undefined) others.push({ day: arm.surgery.day, what: 'surgery', keys: ['surgery', 'day'] });
  (arm.modifiers ?? []).forEach((modifier, index) => {
    const kill = 'logKill' in modifier ? (modifier.logKill ?? 0) : 0;
    if ('day' in modifier && modifier.day !== undefined && kill > 0) {
      others.push({ day: modifier.day, what: `the kill of modifiers[${index}]`, keys: ['modifiers', index, 'day'] });
    }
  });
  const events = [...course, ...others];
  if (events.length === 0) return undefined;
  const first = events.reduce((a, b) => (b.day < a.day ? b : a));
  const last = events.reduce((a, b) => (b.day > a.day ? b : a));
  return { course, others, first, last };
}

/** The index of the largest value (the first of equals). */
const largest = (values: readonly number[]): number => values.reduce((best, value, i) => (value > (values[best] ?? -Infinity) ? i : best), 0);

/**
 * The schedule field that stretches a course past the horizon: the longest gap when the course fits without its
 * gaps, the list fraction farthest from the list's middle, `everyDays`, else the schedule as a whole (too many
 * fractions for its calendar).
 */
function courseKeys(arm: ArmInput, horizon: number): PathKey[] {
  const spec = arm.schedule;
  if (spec.gaps !== undefined && spec.gaps.length > 0) {
    const withoutGaps = schedule({ ...armCalendar(arm), gaps: [] });
    const span = (withoutGaps.at(-1)?.day ?? 0) - (withoutGaps[0]?.day ?? 0);
    if (span <= horizon) return ['schedule', 'gaps', largest(spec.gaps.map((gap) => gap.days)), 'days'];
  }
  if ('list' in spec) {
    const days = spec.list.map((fraction) => fraction.day).sort((a, b) => a - b);
    const middle = days[Math.floor(days.length / 2)] ?? 0;
    return ['schedule', 'list', largest(spec.list.map((fraction) => Math.abs(fraction.day - middle))), 'day'];
  }
  if (spec.everyDays !== undefined) return ['schedule', 'everyDays'];
  return ['schedule'];
}

/** How far an event lies outside the course (0 inside it, or when there is no course). */
function distanceFromCourse(event: TreatmentEvent, course: readonly TreatmentEvent[]): number {
  const start = course[0]?.day;
  const end = course[1]?.day;
  if (start === undefined || end === undefined) return 0;
  return Math.max(start - event.day, event.day - end, 0);
}

/** The field to blame for a span longer than the horizon, and the message that says why. */
function spanIssue(arm: ArmInput, timeline: ArmTimeline, horizon: number, horizonText: string): { keys: PathKey[]; message: string } {
  const { course, others, first, last } = timeline;
  const span = last.day - first.day;
  const courseSpan = course.length === 2 ? (course[1]?.day ?? 0) - (course[0]?.day ?? 0) : 0;
  if (!(courseSpan <= horizon)) {
    return {
      keys: courseKeys(arm, horizon),
      message: `the course runs ${shown(courseSpan)} days (last fraction on day ${shown(course[1]?.day ?? 0)}), more than ${horizonText}`,
    };
  }
  // Surgery or a kill far from the course (a typo such as day 6700 for 67) stretches the treatment.
  const blamed = others.reduce((a, b) => (distanceFromCourse(b, course) > distanceFromCourse(a, course) ? b : a));
  const relation =
    blamed === last
      ? `${shown(span)} days after the treatment's first event (${first.what}, day ${shown(first.day)}), beyond`
      : `${shown(span)} days before the treatment's last event (${last.what}, day ${shown(last.day)}), more than`;
  return { keys: [...blamed.keys], message: `${blamed.what} on day ${shown(blamed.day)} comes ${relation} ${horizonText}` };
}

/**
 * The checks that put every arm's treatment inside the follow-up: follow-up is counted from an arm's first treatment
 * event (the first fraction, or surgery or a modifier's kill when it comes first: postoperative surgery has a negative
 * day), and the engine censors at the horizon (followUpHorizonDays), so
 * - the treatment must end within the horizon, else its outcome cannot be observed (a surgery day of 6700 for 67
 *   reported LC 100 %): refused at the field that stretches it (`arms[0].surgery.day`, `arms[0].schedule.everyDays`,
 *   `arms[0].schedule.gaps[1].days`, …);
 * - the first visit (followUp.firstVisitDays after the end of treatment) must fall before the horizon, else no local
 *   failure can be detected: refused at `followUp.firstVisitDays` (at `followUp.years` when the default is used),
 *   naming the arm whose visit comes latest.
 * @param input - a scenario that passed the schema (its schedules build: validateScenario checks that first)
 * @returns the problems, each at its path; empty when every arm fits
 */
export function treatmentHorizonProblems(input: ScenarioInput): PathIssue[] {
  const years = input.followUp.years;
  const horizon = followUpHorizonDays(years);
  const horizonText = `the follow-up horizon of ${shown(horizon)} days (followUp.years ${years} × ${daysPerYear}, counted from the first treatment event): the treatment must end within it`;
  const firstVisitDays = input.followUp.firstVisitDays ?? defaultFirstVisitDays;
  const issues: PathIssue[] = [];
  let latestVisit: { arm: ArmInput; end: number } | undefined;
  input.arms.forEach((arm, index) => {
    const timeline = armTimeline(arm);
    if (timeline === undefined) return;
    const span = timeline.last.day - timeline.first.day;
    if (!(span <= horizon)) {
      const { keys, message } = spanIssue(arm, timeline, horizon, horizonText);
      issues.push({ path: ['arms', index, ...keys], message });
    } else if (latestVisit === undefined || span > latestVisit.end) latestVisit = { arm, end: span };
  });
  if (latestVisit !== undefined && !(latestVisit.end + firstVisitDays < horizon)) {
    const given = input.followUp.firstVisitDays !== undefined;
    issues.push({
      path: ['followUp', given ? 'firstVisitDays' : 'years'],
      message:
        `the first visit of arm '${latestVisit.arm.id}' falls on day ${shown(latestVisit.end + firstVisitDays)} after its first treatment event ` +
        `(its treatment ends on day ${shown(latestVisit.end)}, then firstVisitDays ${shown(firstVisitDays)}${given ? '' : ' by default'}), ` +
        `at or after the follow-up horizon of ${shown(horizon)} days (followUp.years ${years} × ${daysPerYear}): no local failure could be detected; ` +
        `the first visit must fall before the horizon`,
    });
  }
  return issues;
}
