/**
 * Most arms in one scenario. A fractionation sweep needs dozens (e.g. 1–40 fractions, or ten doses per fraction at
 * each of a few fraction counts); 100 keeps every output small and linear in the arms: per arm a table row and its
 * curves, per compared pair a row (99 pairs by default, 4950 with `comparisons: all`), and a block's totals well
 * under a megabyte. A larger sweep is several scenarios.
 */
export const maxArms = 100;

/**
 * The problem of a scenario with too many arms, at path `arms` (the schema and the cross-field checks both report
 * it, with this one message, so that it is listed once whatever else is wrong).
 * @param count - arms in the file (> maxArms)
 */
export function tooManyArmsMessage(count: number): string {
  return `expected at most ${maxArms} arms, got ${count}: split a larger sweep into several scenarios`;
}
