/** What a file read by readScenarioText is meant to hold, for the messages about a file with none or several. */
export interface FileContents {
  /** The one document it holds, with its article: "one scenario". */
  readonly one: string;
  /** What that document needs, for an empty file: "a scenario needs version, name, …". */
  readonly needs: string;
}
