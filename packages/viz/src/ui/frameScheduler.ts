/** Coalesces requests for work into one run per animation frame. */
export interface FrameScheduler {
  /** Asks for a run on the next frame; further requests before it add nothing. */
  request(): void;
}

/**
 * Runs `work` at most once per animation frame however often it is requested: a dragged slider fires dozens of
 * input events a frame, and only the last state can be seen.
 * @param work - the redraw
 * @returns the scheduler
 */
export function frameScheduler(work: () => void): FrameScheduler {
  let pending = false;
  return {
    request() {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        work();
      });
    },
  };
}
