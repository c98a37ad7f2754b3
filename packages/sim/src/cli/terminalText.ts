/**
 * Text from a scenario made safe to print on a terminal: control characters (C0 and C1, escape sequences
 * included) become `?`, so a scenario name cannot move the cursor, recolour or retitle the terminal.
 * @param text - any string
 * @returns the string with control characters replaced
 */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '?');
}
