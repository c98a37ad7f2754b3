/**
 * The part of a scenario or results file's name that names its downloads: the name without its extension.
 * @param fileName - e.g. `default.yaml`
 * @returns e.g. `default`
 */
export function fileStem(fileName: string): string {
  return fileName.replace(/\.(ya?ml|json)$/i, '');
}
