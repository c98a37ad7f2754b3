import type { PoolProgress } from '../pool/PoolProgress.js';
import type { CliStream } from './CliIo.js';
import { progressLine } from './progressLine.js';

/** A progress display: `update` after each block, `clear` when the run ends (successfully or not). */
export interface ProgressBar {
  update(progress: PoolProgress): void;
  clear(): void;
}

/**
 * A progress bar redrawn in place on a terminal stream (carriage return, at most every 100 ms and at the end);
 * on a stream that is not a terminal it draws nothing, so logs and pipes stay clean.
 * @param stream - normally process.stderr
 * @param now - clock in ms (injectable for tests; default Date.now)
 * @returns the bar
 */
export function createProgressBar(stream: CliStream, now: () => number = Date.now): ProgressBar {
  if (stream.isTTY !== true) return { update: (): void => undefined, clear: (): void => undefined };
  const start = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(progress: PoolProgress): void {
      const time = now();
      if (time - last < 100 && progress.blocksDone < progress.blocksTotal) return;
      last = time;
      drawn = true;
      stream.write(`\r${progressLine(progress, time - start, stream.columns ?? 80)}\u001b[K`);
    },
    clear(): void {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
