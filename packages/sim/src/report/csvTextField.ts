/**
 * Text as a CSV cell of rtsim's CSV files (arms.csv, endpoints.csv): RFC 4180 quoting when needed; text that a
 * spreadsheet would run as a formula (= + - @ tab CR first) is prefixed with ' so that opening the file never
 * evaluates anything a scenario author wrote.
 * @param value - the text (an arm id or name, a subtype or stratum id)
 * @returns the cell text
 */
export function csvTextField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
