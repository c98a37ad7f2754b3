import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the root package.json scripts', () => {
  it('every `node FILE` a script runs exists (pnpm demo pointed at a missing scripts/demo.js)', () => {
    const files = Object.values(scripts).flatMap((command) => [...command.matchAll(/\bnode\s+(\S+\.m?js)\b/g)].map((match) => match[1] ?? ''));
    expect(files.length).toBeGreaterThan(2);
    // Built files (dist/) exist only after pnpm build; the rest are checked in.
    const missing = files.filter((file) => !file.includes('/dist/') && !existsSync(new URL(file, root)));
    expect(missing).toEqual([]);
    expect(Object.hasOwn(scripts, 'demo')).toBe(false);
  });

  it('pnpm viewer serves the production build, pnpm viewer:dev the dev server', () => {
    const viz = (JSON.parse(readFileSync(new URL('packages/viz/package.json', root), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['viewer']).toBe('pnpm --filter @rtsim/viz serve');
    expect(viz['serve']).toBe('vite build && vite preview');
    expect(scripts['viewer:dev']).toBe('pnpm --filter @rtsim/viz dev');
    expect(viz['dev']).toBe('vite');
  });
});
