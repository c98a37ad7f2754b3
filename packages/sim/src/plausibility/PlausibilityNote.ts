/**
 * A value of a valid scenario that is almost certainly a slip (a total dose typed as the dose per fraction, mm³ for
 * cm³, months for years): where it is, as `arms[0].schedule`, and why it looks wrong with the value probably meant.
 * A note never refuses the file nor changes a result (docs/scenarios.md, "Plausibility notes").
 */
export interface PlausibilityNote {
  readonly path: string;
  readonly message: string;
}
