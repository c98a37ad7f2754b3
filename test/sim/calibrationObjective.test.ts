// cooperativeObjective: the wrapper both calibrations put around −2 ln L (abort, yields, counting, progress).
import { describe, expect, it } from 'vitest';
import { cooperativeObjective } from '../../packages/sim/src/calibration/cooperativeObjective.js';

describe('cooperativeObjective(evaluate, options)', () => {
  it('returns what evaluate returns, counts the evaluations and keeps the lowest value, reported every tenth evaluation', async () => {
    const tallies: [number, number][] = [];
    const { objective, tally } = cooperativeObjective(([x = 0]) => (x - 3) ** 2, { onTally: ({ evaluations, best }) => tallies.push([evaluations, best]) });
    expect(tally()).toEqual({ evaluations: 0, best: Infinity });
    const values: number[] = [];
    for (let x = 0; x < 25; x++) values.push(await objective([x]));
    expect(values.slice(0, 5)).toEqual([9, 4, 1, 0, 1]);
    expect(tally()).toEqual({ evaluations: 25, best: 0 });
    expect(tallies).toEqual([[10, 0], [20, 0]]);
  });

  it('rejects with the signal\'s reason once aborted, without evaluating', async () => {
    const controller = new AbortController();
    let calls = 0;
    const { objective, tally } = cooperativeObjective(() => ++calls, { signal: controller.signal });
    await objective([0]);
    controller.abort(new Error('stop'));
    await expect(objective([0])).rejects.toThrow('stop');
    expect(calls).toBe(1);
    expect(tally().evaluations).toBe(1);
  });
});
