/**
 * A number as a note prints it: 4 significant digits at most, without trailing zeros (1250, 2, 0.24, 176.7), so
 * that a note quotes the value as the file wrote it and a derived one without float noise.
 * @param value - a finite number
 * @returns the number as text
 */
export function noteNumber(value: number): string {
  return String(Number(value.toPrecision(4)));
}
