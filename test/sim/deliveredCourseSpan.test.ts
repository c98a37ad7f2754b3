import { describe, expect, it } from 'vitest';
import { deliveredCourseSpan } from '../../packages/sim/src/cohort/deliveredCourseSpan.js';

describe('deliveredCourseSpan(fractions)', () => {
  it('is the first and last fraction day of a course that gives dose, in any order', () => {
    expect(deliveredCourseSpan([{ day: 7, dose: 2 }, { day: 0, dose: 2 }, { day: 31, dose: 2 }])).toEqual([0, 31]);
    // A 0 Gy fraction beside dosed ones still belongs to the course's calendar.
    expect(deliveredCourseSpan([{ day: 0, dose: 0 }, { day: 3, dose: 5 }])).toEqual([0, 3]);
  });

  it('is undefined for a course that delivers no dose (surgery alone: one 0 Gy fraction) and for no fraction', () => {
    expect(deliveredCourseSpan([{ day: 0, dose: 0 }])).toBeUndefined();
    expect(deliveredCourseSpan([])).toBeUndefined();
  });
});
