/**
 * Reads one number of a DVH file: plain decimal or exponent notation (`4.23876e-005` as Eclipse writes it), with a
 * decimal comma when the file's layout leaves commas free (whitespace- or semicolon-separated values).
 * @param text - the cell, trimmed
 * @param decimalComma - accept `,` as the decimal separator
 * @returns the number; NaN for anything else (empty, words, `1,5` when commas separate values)
 */
export function parseDvhNumber(text: string, decimalComma: boolean): number {
  const normal = decimalComma ? text.replace(',', '.') : text;
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}
