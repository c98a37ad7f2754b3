/**
 * A number as a CSV cell of rtsim's CSV files (arms.csv, endpoints.csv): full precision as JSON writes it
 * (`String(value)`), and an empty cell for null, undefined, NaN or ±Infinity, so that no NaN reaches a file.
 * @param value - the number, or null/undefined where the results have none
 * @returns the cell text
 */
export function csvNumberField(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}
