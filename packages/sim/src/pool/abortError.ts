/**
 * The error a cancelled run rejects with: the signal's reason when it is already an AbortError, otherwise a
 * `DOMException` named AbortError (so callers can test `error.name === 'AbortError'` whatever was passed to `abort`).
 * @param signal - the run's abort signal; when it is absent, the generic AbortError
 * @returns an error named AbortError
 */
export function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('the run was cancelled', 'AbortError');
}
