// Wide report tables scroll sideways on screen with their caption in view and print in small wrapping type, the
// widest on landscape pages (htmlTable's wrapper, reportPage's CSS). Structure, not pixels: every table of a real
// report (the widest shipped scenario's) sits in the wrapper, and the page's CSS gives the wrapper those rules.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-table-scroll-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Each table of the page with the markup just around it: the opening wrapper, the table, what follows it. */
interface TableMarkup {
  readonly before: string;
  readonly table: string;
  readonly after: string;
}

describe('report.html of scenarios/metastasis-and-survival.yaml', () => {
  let tables: TableMarkup[] = [];
  let css = '';
  beforeAll(async () => {
    const scenario = new URL('../../scenarios/metastasis-and-survival.yaml', import.meta.url).pathname;
    const run = await inProcessCli(directory)('run', scenario, '--patients', '1500', '--workers', '0', '--out', 'out');
    expect(run.status, run.stderr).toBe(0);
    const html = readFileSync(join(directory, 'out', 'report.html'), 'utf8');
    css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    // Tables do not nest in a report, so each <table>…</table> is one table.
    tables = [...html.matchAll(/<table>[\s\S]*?<\/table>/g)].map((match) => ({
      before: html.slice(Math.max(0, match.index - 40), match.index),
      table: match[0],
      after: html.slice(match.index + match[0].length, match.index + match[0].length + 6),
    }));
  });

  it('wraps every table, its caption inside it, in a div.table-scroll of its own', () => {
    expect(tables.length).toBeGreaterThan(5);
    for (const { before, table, after } of tables) {
      expect(before).toMatch(/<div class="table-scroll( wide)?">$/);
      expect(after).toBe('</div>');
      expect(table.startsWith('<table><caption class="note">')).toBe(true);
    }
  });

  it('marks the tables of twelve columns or more wide (landscape in print), and only those', () => {
    const columns = (table: string): number => table.match(/<th scope="col"/g)?.length ?? 0;
    // The paired CIF differences at 1, 2, 5 and 10 years (LR, DM and DOD: 12 columns and the comparison) among them.
    expect(tables.some(({ table }) => columns(table) >= 12)).toBe(true);
    for (const { before, table } of tables) expect(before.endsWith('<div class="table-scroll wide">')).toBe(columns(table) >= 12);
  });

  it('gives the wrapper sideways scrolling and the caption a place in view on screen', () => {
    expect(css).toMatch(/\.table-scroll \{[^}]*overflow-x: auto;[^}]*max-width: 100%;/);
    expect(css).toMatch(/caption \{[^}]*position: sticky; left: 0;/);
  });

  it('prints tables whole, in small type with wrapping cells, the wide ones on a landscape page', () => {
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.table-scroll \{[^}]*overflow: visible;/);
    expect(print).toMatch(/th, td \{[^}]*white-space: normal;/);
    expect(print).toMatch(/table \{ font-size: 7\.5pt; \}/);
    expect(print).toMatch(/\.table-scroll\.wide \{ page: wide; \}/);
    expect(css).toContain('@page wide { size: A4 landscape; }');
  });
});
