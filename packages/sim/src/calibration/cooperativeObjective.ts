/** Hand the event loop back this often, so that Ctrl-C (an abort) and progress output get through. */
const yieldEveryMilliseconds = 50;

/** Resolves on the next macrotask: timers, I/O and signal handlers run in between. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What a {@link cooperativeObjective} has done so far. */
export interface ObjectiveTally {
  /** Evaluations of the objective. */
  readonly evaluations: number;
  /** The lowest value returned (Infinity before the first). */
  readonly best: number;
}

/** An objective for the optimisers (nelderMead, profileLikelihood) and what it has done so far. */
export interface CooperativeObjective {
  readonly objective: (u: readonly number[]) => Promise<number>;
  readonly tally: () => ObjectiveTally;
}

/**
 * Wraps a synchronous objective (−2 ln L of a calibration, each call simulating its series) for the asynchronous
 * optimisers: before each evaluation it throws the signal's reason when aborted, and at most every 50 ms it first
 * yields to the event loop, so that an abort and progress output get through a long fit without slowing it down
 * (a yield per evaluation would cost a timer tick each). It counts the evaluations, keeps the lowest value, and
 * reports both every 10 evaluations.
 * @param evaluate - the objective at a point of the search scale
 * @param options - abort signal; onTally, called after every tenth evaluation
 * @returns the wrapped objective and its tally
 */
export function cooperativeObjective(evaluate: (u: readonly number[]) => number, options: { readonly signal?: AbortSignal | undefined; readonly onTally?: (tally: ObjectiveTally) => void } = {}): CooperativeObjective {
  const { signal } = options;
  let evaluations = 0;
  let best = Infinity;
  let lastYield = Date.now();
  const objective = async (u: readonly number[]): Promise<number> => {
    signal?.throwIfAborted();
    if (Date.now() - lastYield >= yieldEveryMilliseconds) {
      await nextTask();
      lastYield = Date.now();
      signal?.throwIfAborted();
    }
    evaluations++;
    const value = evaluate(u);
    if (value < best) best = value;
    if (evaluations % 10 === 0) options.onTally?.({ evaluations, best });
    return value;
  };
  return { objective, tally: () => ({ evaluations, best }) };
}
