/** One reason a DVH file is refused: the 1-based line of a text file (absent for a DICOM file or the file as a whole) and why. */
export interface DvhIssue {
  readonly line?: number;
  readonly message: string;
}
