import { describe, expect, it } from 'vitest';
import { htmlCell } from '../../packages/sim/src/report/htmlCell.js';
import { htmlTable } from '../../packages/sim/src/report/htmlTable.js';
import { reportPage } from '../../packages/sim/src/report/reportPage.js';

const hostile = `<script>alert("x")</script>, 'quoted' & more`;
const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, &#39;quoted&#39; &amp; more';

describe('reportPage({ title, version, body, extraStyle })', () => {
  const page = reportPage({ title: hostile, version: hostile, body: '<p>body</p>' });

  it('is one self-contained document: doctype, charset, a CSP that forbids scripts and requests, inline CSS', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(page).toContain('<style>\n:root { color-scheme: light; }');
    expect(page.toLowerCase()).not.toContain('<script');
    expect(page.endsWith('<body>\n<p>body</p>\n</body>\n</html>\n')).toBe(true);
  });

  it('escapes the title and the version', () => {
    expect(page).toContain(`<title>${escaped}</title>`);
    expect(page).toContain(`<meta name="generator" content="rtsim ${escaped}">`);
  });

  it('appends extraStyle after the shared rules, and nothing without it', () => {
    const styled = reportPage({ title: 't', version: 'v', body: '', extraStyle: '.ranking { font-weight: 600; }' });
    expect(styled).toMatch(/break-inside: avoid; \}\n\}\n\.ranking \{ font-weight: 600; \}\n<\/style>/);
    expect(reportPage({ title: 't', version: 'v', body: '' })).toMatch(/break-inside: avoid; \}\n\}\n<\/style>/);
  });
});

describe('htmlTable(caption, head, rows) and htmlCell(text, className)', () => {
  it('escapes the caption, the headings and the cell text, keeps the rows as given, in a scrolling wrapper', () => {
    const row = `<tr>${htmlCell(hostile, 'text')}${htmlCell('1')}</tr>`;
    expect(row).toBe(`<tr><td class="text">${escaped}</td><td>1</td></tr>`);
    expect(htmlTable(hostile, [hostile, 'n'], [row])).toBe(
      `<div class="table-scroll"><table><caption class="note">${escaped}</caption><thead><tr><th scope="col" class="text">${escaped}</th><th scope="col">n</th></tr></thead><tbody>${row}</tbody></table></div>`,
    );
  });
  it('left-aligns the heading of every text column, read from the first row (the By subtype table\'s Subtype)', () => {
    const row = `<tr>${htmlCell('a', 'text')}${htmlCell('Liposarcoma', 'text')}${htmlCell('40')}</tr>`;
    expect(htmlTable('c', ['Arm', 'Subtype', 'Patients'], [row])).toContain('<th scope="col" class="text">Arm</th><th scope="col" class="text">Subtype</th><th scope="col">Patients</th>');
    expect(htmlTable('c', ['Arm'], [])).toContain('<th scope="col">Arm</th>');
    // A cell spanning two columns stands over two headings, and its class counts wherever it sits among the attributes.
    const spanning = '<tr><td colspan="2" class="text">a and b</td><td title="n" class="text">x</td><td>1</td></tr>';
    expect(htmlTable('c', ['A', 'B', 'C', 'D'], [spanning])).toContain(
      '<th scope="col" class="text">A</th><th scope="col" class="text">B</th><th scope="col" class="text">C</th><th scope="col">D</th>',
    );
    expect(reportPage({ title: 't', version: 'v', body: '' })).toContain('th.text, td.text { text-align: left; }');
  });
  it('marks a table of twelve columns or more wide, for a landscape page in print', () => {
    expect(htmlTable('c', Array.from({ length: 11 }, (_, i) => `h${i}`), [])).toMatch(/^<div class="table-scroll"><table>/);
    expect(htmlTable('c', Array.from({ length: 12 }, (_, i) => `h${i}`), [])).toMatch(/^<div class="table-scroll wide"><table>/);
  });
});
