/** A scenario file shipped with the toolkit (`scenarios/` at the repository root), bundled as text. */
export interface BundledScenario {
  /** File name, e.g. `preop-conventional-vs-hypo.yaml` (also the `scenario` URL parameter). */
  readonly fileName: string;
  readonly text: string;
}

// Vite inlines each file's text at build time (`?raw`), so the static site needs no fetch.
const files = import.meta.glob<string>('../../../../scenarios/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true });

/** The bundled scenarios, sorted by file name. */
export const bundledScenarios: readonly BundledScenario[] = Object.entries(files)
  .map(([path, text]) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), text }))
  .sort((a, b) => a.fileName.localeCompare(b.fileName));
