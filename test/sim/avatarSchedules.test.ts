import { schedule } from '@rtsim/core';
import { describe, expect, it } from 'vitest';
import { parseScheduleList } from '../../packages/sim/src/avatar/parseScheduleList.js';
import { avatarTumour } from '../../packages/sim/src/avatar/avatarTumour.js';

const message = (text: string): string => {
  const result = parseScheduleList(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
};

describe('parseScheduleList(text) reads the schedule mini-syntax into core ScheduleSpecs', () => {
  it('NxD with options, labelled by their own text', () => {
    const result = parseScheduleList('25x2, 5x6 ,3x18:everyDays=2,10x2:gap=5+7,40×1.5:perDay=2:intervalHours=6');
    expect(result).toEqual({
      ok: true,
      schedules: [
        { label: '25x2', spec: { fractions: 25, dose: 2 } },
        { label: '5x6', spec: { fractions: 5, dose: 6 } },
        { label: '3x18:everyDays=2', spec: { fractions: 3, dose: 18, everyDays: 2 } },
        { label: '10x2:gap=5+7', spec: { fractions: 10, dose: 2, gaps: [{ afterFraction: 5, days: 7 }] } },
        { label: '40×1.5:perDay=2:intervalHours=6', spec: { fractions: 40, dose: 1.5, perDay: 2, intervalHours: 6 } },
      ],
    });
  });

  it('the specs build the schedules of models.md (25 × 2 Gy, 5 a week: T = 32 d; 3 × 18 Gy every other day: T = 4 d)', () => {
    const result = parseScheduleList('25x2,3x18:everyDays=2');
    if (!result.ok) throw new Error(result.message);
    const [conventional, sbrt] = result.schedules.map((s) => schedule(s.spec));
    expect(conventional?.at(-1)?.day).toBe(32);
    expect(sbrt?.map((f) => f.day)).toEqual([0, 2, 4]);
  });

  it('bad syntax gets a message naming the schedule', () => {
    expect(message('')).toBe('no schedules given: write them as NxD, separated by commas, e.g. "25x2,5x6"');
    expect(message('25x2,5x')).toBe('schedule 2 "5x": expected NxD (fractions x dose in Gy), e.g. 5x6, before any :options');
    expect(message('25x2,,5x6')).toBe('schedule 2 is empty (two commas in a row, or a comma at the end?)');
    expect(message('3x18:everyday=2')).toBe(
      'schedule 1 "3x18:everyday=2": unknown option "everyday"; did you mean "everyDays"? (options: perWeek, everyDays, perDay, intervalHours, startWeekday, durationMinutes, gap)',
    );
    expect(message('5x6:perWeek=9')).toBe('schedule 1 "5x6:perWeek=9": perWeek must be a whole number from 1 to 7');
    expect(message('5x6:perWeek=5:everyDays=2')).toBe('schedule 1 "5x6:perWeek=5:everyDays=2": give perWeek or everyDays, not both');
    expect(message('0x2')).toBe('schedule 1 "0x2": the number of fractions must be a whole number from 1 to 1000');
    expect(message('5x0')).toBe('schedule 1 "5x0": the dose per fraction must be more than 0 and at most 100 Gy');
    expect(message('10x2:gap=12+7')).toMatch(/^schedule 1 "10x2:gap=12\+7": expected gap=F\+G/);
    expect(message('10x2:perDay=2')).toBe('schedule 1 "10x2:perDay=2": perDay=2 needs intervalHours=H, the hours between fractions of a day');
    expect(message('10x2:perDay=3:intervalHours=12')).toMatch(/not a valid schedule/);
    expect(message('5x6,5x6')).toBe('schedule 2 "5x6" is listed twice');
    expect(message('5x6:everyDays=abc')).toBe('schedule 1 "5x6:everyDays=abc": everyDays expects a number ≥ 0, got "abc"');
  });
});

describe('avatarTumour(options) takes N₀ and kinetics from the library unless given', () => {
  it('defaults: sts, 250 cm³ at 10⁷ clonogens per cm³ (median), T_d 10 d (median), T_k 21 d (mode)', () => {
    const result = avatarTumour();
    expect(result.ok && result.tumour).toMatchObject({ subtype: 'sts', volume: 250, clonogenDensity: 1e7, clonogens: 2.5e9, doublingTime: 10, kickoffTime: 21 });
  });

  it('given values win, an unknown subtype is named with the list', () => {
    const result = avatarTumour({ clonogens: 1e8, doublingTime: Infinity, kickoffTime: 0 });
    expect(result.ok && result.tumour).toMatchObject({ clonogens: 1e8, doublingTime: Infinity, kickoffTime: 0 });
    expect(result.ok && result.tumour.sources.clonogens).toBe('given');
    const bad = avatarTumour({ subtype: 'osteosarcoma' });
    expect(bad.ok ? '' : bad.message).toMatch(/^unknown subtype "osteosarcoma"; library subtypes: sts, myxoid-liposarcoma/);
    expect(avatarTumour({ volume: -1 }).ok).toBe(false);
  });

  it('a volume above 100000 cm³ is refused with the range (the browser view shows the message), 100000 itself is accepted', () => {
    const huge = avatarTumour({ volume: 1e302 });
    expect(huge.ok ? '' : huge.message).toBe('the tumour volume must be above 0 and at most 100000 cm³, got 1e+302');
    const largest = avatarTumour({ volume: 100_000 });
    expect(largest.ok && largest.tumour.clonogens).toBe(1e12);
  });
});
