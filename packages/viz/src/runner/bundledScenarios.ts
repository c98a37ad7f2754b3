/**
 * A scenario file shipped with the toolkit (`scenarios/` at the repository root and its `multimodal/` folder),
 * bundled as text.
 */
export interface BundledScenario {
  /**
   * Path under `scenarios/`, e.g. `default.yaml` or `multimodal/chemoradiotherapy.yaml` (also the `scenario` URL
   * parameter).
   */
  readonly fileName: string;
  readonly text: string;
}

// Vite inlines each file's text at build time (`?raw`), so the static site needs no fetch.
// `scenarios/avatars/` holds avatar inputs, not trial scenarios, so only the top level and `multimodal/` are listed.
const files = import.meta.glob<string>(['../../../../scenarios/*.{yaml,yml,json}', '../../../../scenarios/multimodal/*.{yaml,yml,json}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const root = '/scenarios/';

/** The bundled scenarios, the top level first, then `multimodal/`, each sorted by file name. */
export const bundledScenarios: readonly BundledScenario[] = Object.entries(files)
  .map(([path, text]) => ({ fileName: path.slice(path.lastIndexOf(root) + root.length), text }))
  .sort((a, b) => Number(a.fileName.includes('/')) - Number(b.fileName.includes('/')) || a.fileName.localeCompare(b.fileName));
