// Cross-references in the docs stay true as sections are renamed: every local Markdown link points at a file that
// exists (and a heading of it, for a #fragment), and every quoted section name, `models.md, "Competing events"`,
// names a heading or a bold lead of that doc. An audit found one that had drifted ("Plans from a planning system").
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = [...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => join('docs', name)), 'README.md'];
const read = (path: string): string => readFileSync(path, 'utf8');
const words = (text: string): string => text.split(/\s+/).join(' ').trim();
const headings = (text: string): string[] => [...text.matchAll(/^#+ (.*)$/gm)].map((match) => words(match[1]));

/** GitHub's anchor of a heading: lower case, punctuation dropped (letters, digits, _, - and spaces kept), spaces as -. */
const slug = (heading: string): string => heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '').replaceAll(' ', '-');

describe('docs cross-references', () => {
  it('every local link points at an existing file, and a #fragment at one of its headings', () => {
    const broken: string[] = [];
    let links = 0;
    for (const doc of docs) {
      for (const [, link] of read(doc).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(link)) continue; // https:, mailto:
        links++;
        const [path, fragment] = link.split('#');
        const target = path === '' ? doc : normalize(join(dirname(doc), path));
        if (!existsSync(target)) broken.push(`${doc}: ${link} (no such file)`);
        else if (fragment !== undefined && target.endsWith('.md') && !headings(read(target)).map(slug).includes(fragment)) broken.push(`${doc}: ${link} (no such heading)`);
      }
    }
    expect(links).toBeGreaterThan(150);
    expect(broken).toEqual([]);
  });

  it('every quoted section name (`X.md, "Section"`) is a heading or a bold lead of X', () => {
    const broken: string[] = [];
    let references = 0;
    for (const doc of docs) {
      for (const [, file, quoted] of read(doc).matchAll(/(?:docs\/)?([a-z-]+\.md), "([^"]+)"/g)) {
        references++;
        const target = join('docs', file);
        const name = words(quoted);
        const text = existsSync(target) ? read(target) : '';
        const leads = [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => words(match[1]));
        if (![...headings(text), ...leads].some((title) => title.startsWith(name))) broken.push(`${doc}: ${file}, "${name}"`);
      }
    }
    expect(references).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});
