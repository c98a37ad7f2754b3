import { schedule } from '@rtsim/core';
import type { ScheduleGap, ScheduleSpec } from '@rtsim/core';
import { didYouMean } from '../scenario/didYouMean.js';
import { maxAvatarDose } from './maxAvatarDose.js';

/** A candidate schedule of an avatar comparison: its label (the text it was written as) and its core spec. */
export interface AvatarSchedule {
  readonly label: string;
  readonly spec: ScheduleSpec;
}

/** Result of {@link parseScheduleList}. */
export type ScheduleListResult = { readonly ok: true; readonly schedules: readonly AvatarSchedule[] } | { readonly ok: false; readonly message: string };

/** Most schedules one comparison takes. */
export const maxAvatarSchedules = 20;

const options = ['perWeek', 'everyDays', 'perDay', 'intervalHours', 'startWeekday', 'durationMinutes', 'gap'] as const;
type OptionName = (typeof options)[number];
const decimal = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads the schedule mini-syntax of `rtsim avatar --schedules` and the viewer's schedule field into core
 * {@link ScheduleSpec}s.
 *
 * Schedules are separated by commas; each is `NxD` (N fractions of D Gy, `x` or `×`), optionally followed by
 * `:name=value` options in the names of core `schedule`: `perWeek` (1–7; default 5, Monday to Friday), `everyDays`
 * (a fraction every k days), `perDay` with `intervalHours`, `startWeekday` (0 = Monday), `durationMinutes`, and
 * `gap=F+G` (after fraction F, a break of G days; repeatable). Examples: `25x2`, `5x6`, `3x18:everyDays=2`,
 * `10x2:gap=5+7`, `40x1.5:perDay=2:intervalHours=6`. Whitespace around tokens is ignored.
 * @param text - the list, e.g. `25x2,5x6,3x18:everyDays=2`
 * @returns the schedules, labelled by their own text (without spaces), or a message naming the bad piece, e.g.
 *   `schedule 2 "5x": expected NxD (fractions x dose in Gy), e.g. 5x6`
 */
export function parseScheduleList(text: string): ScheduleListResult {
  const pieces = text.split(',').map((piece) => piece.replace(/\s+/g, ''));
  if (pieces.every((piece) => piece === '')) return { ok: false, message: 'no schedules given: write them as NxD, separated by commas, e.g. "25x2,5x6"' };
  if (pieces.length > maxAvatarSchedules) return { ok: false, message: `${pieces.length} schedules given; at most ${maxAvatarSchedules} can be compared at once` };
  const schedules: AvatarSchedule[] = [];
  for (const [index, piece] of pieces.entries()) {
    const where = `schedule ${index + 1} ${JSON.stringify(piece)}`;
    if (piece === '') return { ok: false, message: `schedule ${index + 1} is empty (two commas in a row, or a comma at the end?)` };
    const [head = '', ...rest] = piece.split(':');
    const match = /^(\d+)[x×X]((?:\d+(?:\.\d*)?|\.\d+))$/.exec(head);
    if (match === null) return { ok: false, message: `${where}: expected NxD (fractions x dose in Gy), e.g. 5x6, before any :options` };
    const fractions = Number(match[1]);
    const dose = Number(match[2]);
    if (!(Number.isSafeInteger(fractions) && fractions >= 1 && fractions <= 1000)) return { ok: false, message: `${where}: the number of fractions must be a whole number from 1 to 1000` };
    if (!(dose > 0 && dose <= maxAvatarDose)) return { ok: false, message: `${where}: the dose per fraction must be more than 0 and at most ${maxAvatarDose} Gy` };
    const values: Partial<Record<Exclude<OptionName, 'gap'>, number>> = {};
    const gaps: ScheduleGap[] = [];
    for (const option of rest) {
      const [name = '', value, ...extra] = option.split('=');
      if (!(options as readonly string[]).includes(name)) {
        const guess = didYouMean(name, options);
        return { ok: false, message: `${where}: unknown option ${JSON.stringify(name)}${guess === undefined ? '' : `; did you mean ${JSON.stringify(guess)}?`} (options: ${options.join(', ')})` };
      }
      if (value === undefined || extra.length > 0) return { ok: false, message: `${where}: write the option as ${name}=value` };
      if (name === 'gap') {
        const gap = /^(\d+)\+((?:\d+(?:\.\d*)?|\.\d+))$/.exec(value);
        const after = Number(gap?.[1]);
        if (gap === null || !(after >= 1 && after < fractions)) {
          return { ok: false, message: `${where}: expected gap=F+G, a break of G days after fraction F (1 ≤ F < ${fractions}), e.g. gap=5+7` };
        }
        gaps.push({ afterFraction: after, days: Number(gap[2]) });
        continue;
      }
      const key = name as Exclude<OptionName, 'gap'>;
      if (values[key] !== undefined) return { ok: false, message: `${where}: ${name} is given twice` };
      if (!decimal.test(value)) return { ok: false, message: `${where}: ${name} expects a number ≥ 0, got ${JSON.stringify(value)}` };
      values[key] = Number(value);
    }
    if (values.perWeek !== undefined && values.everyDays !== undefined) return { ok: false, message: `${where}: give perWeek or everyDays, not both` };
    if (values.perWeek !== undefined && !(Number.isInteger(values.perWeek) && values.perWeek >= 1 && values.perWeek <= 7)) {
      return { ok: false, message: `${where}: perWeek must be a whole number from 1 to 7` };
    }
    if (values.everyDays !== undefined && !(values.everyDays > 0)) return { ok: false, message: `${where}: everyDays must be more than 0` };
    if (values.perDay !== undefined && !(Number.isInteger(values.perDay) && values.perDay >= 1 && values.perDay <= 24)) {
      return { ok: false, message: `${where}: perDay must be a whole number from 1 to 24` };
    }
    if ((values.perDay ?? 1) > 1 && values.intervalHours === undefined) return { ok: false, message: `${where}: perDay=${values.perDay} needs intervalHours=H, the hours between fractions of a day` };
    if (values.startWeekday !== undefined && !(Number.isInteger(values.startWeekday) && values.startWeekday <= 6)) {
      return { ok: false, message: `${where}: startWeekday must be a whole number from 0 (Monday) to 6 (Sunday)` };
    }
    const spec: ScheduleSpec = { fractions, dose, ...values, ...(gaps.length === 0 ? {} : { gaps }) };
    if (!Number.isFinite(schedule(spec)[0]?.day ?? 0)) {
      return { ok: false, message: `${where}: not a valid schedule (for twice-daily fractions, (perDay − 1) × intervalHours must stay under 24 h, or under everyDays days)` };
    }
    if (schedules.some((other) => other.label === piece)) return { ok: false, message: `${where} is listed twice` };
    schedules.push({ label: piece, spec });
  }
  return { ok: true, schedules };
}
