/**
 * An error in what the user asked for (command line, scenario, partial results): `main` prints its message and
 * exits with status 2 (invalid input), without a stack trace.
 */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}
