/** One output file of a trial: a plain name (no directories) and its text (UTF-8). */
export interface TrialFile {
  readonly name: string;
  readonly content: string;
}
