import { schedule } from '@rtsim/core';
import { deliveredCourseSpan } from '../cohort/deliveredCourseSpan.js';
import { armCalendar } from '../scenario/armCalendar.js';
import { formatIssuePath } from '../scenario/formatIssuePath.js';
import type { ArmInput } from '../scenario/ScenarioInput.js';
import type { PlausibilityNote } from './PlausibilityNote.js';
import { noteNumber } from './noteNumber.js';

/** Days from the last preoperative fraction to surgery that the shipped scenarios assume: 5 weeks (NCIC SR2 operated 3–6 weeks after). */
const preoperativeIntervalDays = 35;

/**
 * A note for an arm operated on a day within its course (first fraction ≤ surgery.day ≤ last fraction): valid, and
 * run, but the arm is then neither preoperative nor postoperative, so the complications models score none of its
 * surgical complications (compileComplications); a slip more often than a split course, since day 0 is the first
 * fraction and a preoperative operation comes weeks after the last one. A course that delivers no dose (surgery alone,
 * one 0 Gy fraction) has no span to fall in.
 * @param arm - an arm that passed the schema
 * @param index - its place in `arms`
 * @returns the note at `arms[i].surgery.day`, or undefined
 */
export function surgeryTimingNote(arm: ArmInput, index: number): PlausibilityNote | undefined {
  if (arm.surgery === undefined) return undefined;
  const span = deliveredCourseSpan(schedule(armCalendar(arm)));
  if (span === undefined) return undefined;
  const [first, last] = span;
  const day = arm.surgery.day;
  if (day < first || day > last) return undefined;
  const after = day > 0 ? ` (${noteNumber(day)} days after the last: day ${noteNumber(last + day)})` : '';
  return {
    path: formatIssuePath(['arms', index, 'surgery', 'day']),
    message:
      `day ${noteNumber(day)} falls within the course (fractions on days ${noteNumber(first)}–${noteNumber(last)}): the arm counts as operated between fractions, neither preoperative nor postoperative (a complications section scores no surgical complication for it). ` +
      `Day 0 is the first fraction: surgery ${preoperativeIntervalDays} days after the last is day ${noteNumber(last + preoperativeIntervalDays)}${after}; ` +
      `postoperative radiotherapy has a negative day (-${preoperativeIntervalDays})`,
  };
}
