import { chartInk } from './chartInk.js';
import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/** Optional parts of a {@link svgFrame}. */
export interface SvgFrameOptions {
  /** Class of the root element (default `chart`). */
  readonly className?: string;
  /** Accessible description (`<desc>`, escaped); default none. */
  readonly description?: string;
  /**
   * Prefix of the ids of `<title>` and `<desc>` (`ID-title`, `ID-desc`), which `aria-labelledby` then names; must
   * be unique within the page. Default: no ids (the `<title>` alone is the accessible name).
   */
  readonly id?: string;
  /** Base font size, px (default 11). */
  readonly fontSize?: number;
}

/**
 * Wraps chart content in a standalone `<svg>` element: SVG namespace, viewBox and size in px, `role="img"`, an
 * accessible `<title>` (and `<desc>`), a white background and the chart font, so the chart renders the same inline
 * in HTML, as an `.svg` or `.png` file or in the viewer.
 * @param width - width, px
 * @param height - height, px
 * @param title - accessible title (also shown by browsers on hover); escaped
 * @param content - the chart's markup
 * @param frame - class, description, ids, font size (px)
 * @returns the SVG as text
 */
export function svgFrame(width: number, height: number, title: string, content: string, frame: SvgFrameOptions = {}): string {
  const w = svgNumber(width);
  const h = svgNumber(height);
  const id = frame.id === undefined ? undefined : escapeXml(frame.id);
  const hasDescription = frame.description !== undefined;
  const labelledBy = id === undefined ? '' : ` aria-labelledby="${id}-title${hasDescription ? ` ${id}-desc` : ''}"`;
  const titleId = id === undefined ? '' : ` id="${id}-title"`;
  const description = hasDescription ? `<desc${id === undefined ? '' : ` id="${id}-desc"`}>${escapeXml(frame.description ?? '')}</desc>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeXml(frame.className ?? 'chart')}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img"${labelledBy} ` +
    `font-family="${escapeXml(chartInk.font)}" font-size="${svgNumber(frame.fontSize ?? 11)}"><title${titleId}>${escapeXml(title)}</title>${description}` +
    `<rect class="background" width="${w}" height="${h}" fill="#ffffff"/>${content}</svg>`
  );
}
