/**
 * A duration for a progress line: `3.1 s` under a minute, `2 min 5 s` from one minute on.
 * @param milliseconds - the duration, ms (≥ 0)
 * @returns the text
 */
export function formatDuration(milliseconds: number): string {
  return milliseconds < 60_000 ? `${(milliseconds / 1000).toFixed(1)} s` : `${Math.floor(milliseconds / 60_000)} min ${Math.round((milliseconds % 60_000) / 1000)} s`;
}
