import { escapeXml } from '../charts/escapeXml.js';

/** What a report page holds besides the shared shell; see reportPage. */
export interface ReportPageOptions {
  /** The document title, as shown in the browser's tab (escaped). */
  readonly title: string;
  /** The rtsim version, named in the generator meta element (escaped). */
  readonly version: string;
  /** Everything inside `<body>` as HTML text: header, sections and footer. */
  readonly body: string;
  /** CSS rules of this page alone, appended after the shared rules (optional). */
  readonly extraStyle?: string;
}

const style = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b1b1b; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.subtitle { color: #555; margin: 0 0 1rem; }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem 1rem; margin: 0; }
dl.meta dt { color: #555; } dl.meta dd { margin: 0; min-width: 0; overflow-wrap: anywhere; } code { font-size: .92em; word-break: break-all; }
.table-scroll { overflow-x: auto; max-width: 100%; margin: .5rem 0; container-type: inline-size;
  background: linear-gradient(to right, #fff 30%, #fff0) left / 2.5rem 100% no-repeat local, linear-gradient(to left, #fff 30%, #fff0) right / 2.5rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, #0003, #0000) left / .9rem 100% no-repeat scroll, radial-gradient(farthest-side at 100% 50%, #0003, #0000) right / .9rem 100% no-repeat scroll; }
table { border-collapse: collapse; margin: 0; font-variant-numeric: tabular-nums; }
caption { text-align: left; position: sticky; left: 0; width: min(100%, 100cqi); padding-bottom: .2rem; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid #e4e4e4; text-align: right; vertical-align: top; }
th { background: #f5f5f5; font-weight: 600; } th:first-child, td:first-child, th.text, td.text { text-align: left; } td { white-space: nowrap; } td.text { white-space: normal; }
td:first-child { position: sticky; left: 0; background: #fff; } th:first-child { position: sticky; left: 0; }
.grid { display: flex; flex-wrap: wrap; gap: 1rem; } svg { max-width: 100%; height: auto; }
.chart-scroll { overflow-x: auto; max-width: 100%; min-width: 0; } .chart-scroll > svg { display: block; max-width: none; }
.note { color: #555; font-size: .9em; } pre { background: #f7f7f7; padding: .75rem; overflow: auto; font-size: 12px; }
@page wide { size: A4 landscape; }
@media print {
  body { margin: 0; max-width: none; } details { display: none; }
  .table-scroll { overflow: visible; container-type: normal; break-inside: avoid; background: none; } .table-scroll.wide { page: wide; }
  .chart-scroll { overflow: visible; } .chart-scroll > svg { max-width: 100%; }
  table { font-size: 7.5pt; } caption, th:first-child, td:first-child { position: static; width: auto; }
  th, td { padding: .1rem .25rem; white-space: normal; overflow-wrap: break-word; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
}
`;

/**
 * The shell every self-contained HTML report of rtsim shares: doctype, charset, viewport, a
 * Content-Security-Policy that forbids scripts and every network request (only inline CSS and inline SVG
 * load), the generator, the title, and the shared CSS (tables with numbers right-aligned and `td.text` cells
 * left-aligned and wrapping; a table wider than the page scrolls sideways in its `div.table-scroll` (htmlTable) with
 * its caption held in view and a shadow at an edge with more table beyond it, and so does a chart in its `div.chart-scroll` (chartScroll), at its drawn size so that
 * its text stays legible on a phone (in print it shrinks to the page); the `dl.meta` values wrap anywhere (a hash
 * must not widen the page), and prints in small type with wrapping cells and headings, a `wide` one on a landscape
 * page; `dl.meta` grids, `.note`, `.subtitle`, `.grid` of charts, collapsed `details` left out of print). No
 * timestamp: equal options give byte-identical pages.
 * @param options - title, version, body and, when the page needs rules of its own, extraStyle
 * @returns the HTML document as text
 */
export function reportPage({ title, version, body, extraStyle }: ReportPageOptions): string {
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="generator" content="rtsim ${escapeXml(version)}">\n` +
    `<title>${escapeXml(title)}</title>\n<style>${style}${extraStyle === undefined ? '' : `${extraStyle}\n`}</style>\n</head>\n<body>\n` +
    `${body}\n</body>\n</html>\n`
  );
}
