/**
 * The parsed JSON of a file that rtsim wrote (results.json, sensitivity.json: a top-level `rtsim` record), or
 * undefined for anything else, which is then read as a scenario (a scenario file has no `rtsim` key).
 * @param fileName - the file's name; only `.json` files are looked into
 * @param text - the file's text
 * @returns the parsed object, or undefined
 */
export function rtsimOutput(fileName: string, text: string): object | undefined {
  if (!/\.json$/i.test(fileName)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // the scenario parser reports the syntax error with its position
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'rtsim' in value ? value : undefined;
}
