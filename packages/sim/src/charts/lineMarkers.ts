import type { ScaleLinear } from 'd3-scale';
import { chartInk } from './chartInk.js';
import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/** A dot with an optional label, e.g. the prescribed dose on a dose–response curve. */
export interface LineMarker {
  /** Position, data units. */
  readonly x: number;
  readonly y: number;
  readonly label?: string;
  /** CSS colour; default the chart ink. */
  readonly colour?: string;
  /** Put the label below the dot (default above, or below when the dot is near the top). */
  readonly labelBelow?: boolean;
}

/**
 * Dots with white halos and labels, in plot coordinates (px from the plot's top left corner). A label is anchored
 * away from the nearer side edge and put below a dot near the top, so that it stays inside the chart (text width
 * estimated at 0.56 em a character).
 * @param markers - the dots (non-finite positions are skipped)
 * @param x - x scale, data units to px
 * @param y - y scale, data units to px
 * @param size - plot width (px), left and right margins (px) and the font size (px)
 * @returns `<g class="marker">` elements as text
 */
export function lineMarkers(
  markers: readonly LineMarker[],
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  size: { readonly plotWidth: number; readonly marginLeft: number; readonly marginRight: number; readonly fontSize: number },
): string {
  return markers
    .filter((marker) => Number.isFinite(marker.x) && Number.isFinite(marker.y))
    .map((marker) => {
      const px = x(marker.x);
      const py = y(marker.y);
      const dot = `<circle r="6" fill="${escapeXml(marker.colour ?? chartInk.text)}" stroke="#ffffff" stroke-width="2"/>`;
      return `<g class="marker" transform="translate(${svgNumber(px)},${svgNumber(py)})">${dot}${markerLabel(marker, px, py, size)}</g>`;
    })
    .join('');
}

function markerLabel(marker: LineMarker, px: number, py: number, size: Parameters<typeof lineMarkers>[3]): string {
  if (marker.label === undefined || marker.label === '') return '';
  const textWidth = marker.label.length * size.fontSize * 0.56;
  const rightward = px + 10 + textWidth <= size.plotWidth + size.marginRight - 4 || px - 10 - textWidth < -size.marginLeft + 4;
  const below = marker.labelBelow === true || py < size.fontSize * 1.5;
  return (
    `<text x="${rightward ? 10 : -10}" y="${svgNumber(below ? size.fontSize + 6 : -10)}" text-anchor="${rightward ? 'start' : 'end'}" ` +
    `fill="${chartInk.text}" paint-order="stroke" stroke="#ffffff" stroke-width="4">${escapeXml(marker.label)}</text>`
  );
}
