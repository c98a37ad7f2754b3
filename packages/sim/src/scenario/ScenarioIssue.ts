/**
 * One problem with a scenario file.
 * - `path`: where, as `arms[1].schedule.fractions` (`(file)` for the file as a whole: size, syntax, emptiness;
 *   `(root)` for the top-level value);
 * - `message`: what is wrong, e.g. `expected a whole number ≥ 1, got -3`;
 * - `line`, `column`: 1-based position in the file, when the problem can be placed.
 */
export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}
