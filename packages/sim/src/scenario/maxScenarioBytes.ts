/** Largest scenario file accepted, in bytes of UTF-8 (1 MiB): far above any real scenario, small enough to parse at once. */
export const maxScenarioBytes = 1_048_576;
