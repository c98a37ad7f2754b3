/** An example avatar data file shipped with the toolkit (`scenarios/avatars/` at the repository root). */
export interface AvatarExample {
  readonly fileName: string;
  readonly text: string;
}

// Vite inlines the files' text at build time (`?raw`), so the static site needs no fetch.
const files = import.meta.glob<string>('../../../../scenarios/avatars/*.csv', { query: '?raw', import: 'default', eager: true });

/** The bundled avatar examples, sorted by file name (synthetic data: see scenarios/avatars/README.md). */
export const avatarExamples: readonly AvatarExample[] = Object.entries(files)
  .map(([path, text]) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), text }))
  .sort((a, b) => a.fileName.localeCompare(b.fileName));
