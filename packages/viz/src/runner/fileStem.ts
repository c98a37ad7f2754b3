/**
 * The part of a scenario or results file's name that names its downloads: the name without its folder (a bundled
 * `multimodal/…` scenario) and its extension.
 * @param fileName - e.g. `default.yaml` or `multimodal/chemoradiotherapy.yaml`
 * @returns e.g. `default` or `chemoradiotherapy`
 */
export function fileStem(fileName: string): string {
  return fileName.slice(fileName.lastIndexOf('/') + 1).replace(/\.(ya?ml|json)$/i, '');
}
