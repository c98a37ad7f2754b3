import { describe, expect, it } from 'vitest';
import { localControlShown } from '../../packages/sim/src/report/localControlShown.js';

// Hand-made groups: the values are arbitrary probabilities, chosen distinct so that a cell read from the wrong field
// or the wrong time shows.
const fixed = { year1: 0.91, year2: 0.82, year5: null };
const atTimes = [
  { years: 1, localControl: 0.95, localRecurrence: 0.05, localControlCi95: [0.9, 0.97] as const },
  { years: 2, localControl: 0.88, localRecurrence: 0.12, localControlCi95: [0.83, 0.92] as const },
  { years: 3, localControl: null, localRecurrence: null, localControlCi95: null },
];
const group = { localControl: fixed, localControlAtTimes: atTimes };

describe('localControlShown(results, preferred)', () => {
  it('without followUp.at: the preferred fixed times within the follow-up, each cell without an interval', () => {
    const shown = localControlShown({ followUp: {}, arms: [group] }, [2, 5]);
    // year5 is null in every arm, so 5 years is beyond the horizon and left out (fixedYearsShown).
    expect(shown.years).toEqual([2]);
    expect(shown.cells(group)).toEqual([{ localControl: 0.82, localControlCi95: null }]);
  });

  it('with followUp.at: those times, each cell the group’s LC at that time with its Wilson interval', () => {
    const shown = localControlShown({ followUp: { at: [1, 2, 3] }, arms: [group] }, [2, 5]);
    expect(shown.years).toEqual([1, 2, 3]);
    expect(shown.cells(group)).toEqual([
      { localControl: 0.95, localControlCi95: [0.9, 0.97] },
      { localControl: 0.88, localControlCi95: [0.83, 0.92] },
      { localControl: null, localControlCi95: null },
    ]);
  });

  it('with followUp.at, a group that lacks a time reads as beyond the horizon there, so the columns stay aligned', () => {
    const shown = localControlShown({ followUp: { at: [1, 2] }, arms: [group] }, [2, 5]);
    const partial = { localControl: fixed, localControlAtTimes: [atTimes[1]] };
    expect(shown.cells(partial)).toEqual([
      { localControl: null, localControlCi95: null },
      { localControl: 0.88, localControlCi95: [0.83, 0.92] },
    ]);
    expect(shown.cells({ localControl: fixed })).toEqual([
      { localControl: null, localControlCi95: null },
      { localControl: null, localControlCi95: null },
    ]);
  });
});
