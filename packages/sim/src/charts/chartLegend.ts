import { chartInk } from './chartInk.js';
import { escapeXml } from './escapeXml.js';
import type { LineChartLayout } from './lineChartLayout.js';
import { svgNumber } from './svgNumber.js';

/** One legend entry: its text and the stroke of its series. */
export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  /** SVG dash array, `''` for solid. */
  readonly dash: string;
}

/**
 * The legend of a line chart: a 28 px sample of each series' stroke and its label, in the rows of the layout,
 * below the title.
 * @param items - the entries, in the order of the layout's labels
 * @param layout - rows, item widths and sizes from {@link lineChartLayout}
 * @param lineWidth - stroke width of the samples, px
 * @returns a `<g class="legend">` element as text; labels are escaped text, never markup
 */
export function chartLegend(items: readonly LegendItem[], layout: LineChartLayout, lineWidth: number): string {
  const entries = layout.legendRows.flatMap((row, rowIndex) => {
    let offset = 12;
    const y = layout.titleSize + 14 + rowIndex * layout.lineHeight + layout.lineHeight / 2;
    return row.map((index) => {
      const item = items[index];
      const x = offset;
      offset += layout.itemWidths[index] ?? 0;
      if (item === undefined) return '';
      const dash = item.dash === '' ? '' : ` stroke-dasharray="${escapeXml(item.dash)}"`;
      return (
        `<g class="legend-item" transform="translate(${svgNumber(x)},${svgNumber(y)})">` +
        `<line x1="0" x2="28" y1="0" y2="0" stroke="${escapeXml(item.colour)}" stroke-width="${svgNumber(lineWidth)}"${dash}/>` +
        `<text x="34" dy="0.35em" fill="${chartInk.text}">${escapeXml(item.label)}</text></g>`
      );
    });
  });
  return `<g class="legend">${entries.join('')}</g>`;
}
