/** A text stream the command writes to (process.stdout / process.stderr, or a test double). */
export interface CliStream {
  write(text: string): unknown;
  /** A terminal: only then is a progress bar drawn. */
  readonly isTTY?: boolean;
  /** Terminal width in characters. */
  readonly columns?: number;
}

/** Where the command line reads and writes, so that `main` can run in-process in tests. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Aborted on Ctrl-C (the executable wires SIGINT, SIGTERM, SIGHUP and a closed stdout/stderr to it): a run stops its workers and writes nothing. */
  readonly signal?: AbortSignal;
}
