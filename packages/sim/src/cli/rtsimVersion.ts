import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The version of `@rtsim/sim`, read once from its package.json (the same file from `src/` and from `dist/`).
 * Recorded in results and partial files, so that a result can be traced to the code that produced it.
 * @returns the version string, e.g. `0.1.0`
 */
export function rtsimVersion(): string {
  if (cached === undefined) {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    cached = String((JSON.parse(text) as { version?: unknown }).version ?? '0.0.0');
  }
  return cached;
}
